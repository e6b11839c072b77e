#include <hashigo/app/households.hpp>
#include <hashigo/format/household_json.hpp>
#include <hashigo/store/case_repository.hpp>

namespace hashigo::app {

std::vector<cases::household_record> stored_households(store::database& db) {
  std::vector<cases::household_record> out;
  for (const auto& row : db.households())
    out.push_back(store::read_stored(row.payload_json, "household '" + row.id + "' since " + row.since, format::household_record_from_json));
  return out;
}

std::shared_ptr<cases::household_book> store_households(store::database& db) {
  auto records = stored_households(db);
  if (records.empty()) return nullptr;
  return std::make_shared<cases::household_book>(std::move(records), [&db](const std::string& id) -> std::optional<cases::member_case> {
    store::case_repository repo(db);
    // A member case that does not fold stops the evaluation that needs it, naming that case.
    return cases::member_case{repo.header(id), repo.readable_events(id)};
  });
}

void record_household(store::database& db, const cases::household_record& h, bool change) {
  std::vector<std::string> case_ids;
  for (const auto& m : h.members) case_ids.push_back(m.case_id);
  db.write_household({h.id, h.since.to_string(), format::to_json(h).dump()}, case_ids, change);
}

}  // namespace hashigo::app
