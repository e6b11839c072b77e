// Which version of an employer record is in force on a day.
#include <hashigo/case/employer.hpp>

namespace hashigo::cases {

const employer_record* employer_in_force(const std::vector<employer_record>& versions, const std::string& id, date day) {
  const employer_record* found = nullptr;
  for (const auto& v : versions)
    if (v.id == id && v.since <= day && (!found || found->since < v.since)) found = &v;
  return found;
}

void add_filled_places(const case_state& s, filled_places& filled) {
  for (const auto& p : s.placements)
    if (p.active && !p.task_id.empty()) ++filled[{p.employer_id, p.task_id}];
}

}  // namespace hashigo::cases
