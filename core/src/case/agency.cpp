// The agency directory: which version of an agency record is in force on a day, and what a case
// sees of the agencies holding it.
#include <hashigo/case/agency.hpp>

#include <algorithm>
#include <tuple>

namespace hashigo::cases {

bool agency_record::takes(const std::string& target) const {
  return serves.empty() || std::find(serves.begin(), serves.end(), target) != serves.end();
}

std::optional<bool> agency_record::serves_area(const std::string& municipality) const {
  if (areas.empty()) return true;
  if (municipality.empty()) return std::nullopt;
  return std::find(areas.begin(), areas.end(), municipality) != areas.end();
}

agency_book::agency_book(std::vector<agency_record> records) : records_(std::move(records)) {
  std::stable_sort(records_.begin(), records_.end(),
                   [](const agency_record& a, const agency_record& b) { return std::tie(a.id, a.since) < std::tie(b.id, b.since); });
}

const agency_record* agency_book::in_force(const std::string& id, date day) const {
  const auto first = std::lower_bound(records_.begin(), records_.end(), id,
                                      [](const agency_record& r, const std::string& key) { return r.id < key; });
  const agency_record* found = nullptr;
  for (auto it = first; it != records_.end() && it->id == id && it->since <= day; ++it) found = &*it;
  return found;
}

const agency_record* agency_book::supervisor(const std::string& id, date day) const {
  // Records by id, so two 基幹型 centres naming one partner give the first id, whatever the input order.
  for (const auto& v : records_)
    if (v.kikan && std::find(v.partners.begin(), v.partners.end(), id) != v.partners.end() && in_force(v.id, day) == &v) return &v;
  return nullptr;
}

void link_agencies(case_state& s, const agency_book& book) {
  for (auto& a : s.agencies) {
    a.link.reset();
    const auto* r = book.in_force(a.agency_id, s.as_of);
    if (!r) continue;
    agency_link link;
    link.name = r->name;
    link.role = r->role;
    link.kikan = r->kikan;
    if (const auto* sup = book.supervisor(r->id, s.as_of)) link.supervised_by = sup->id;
    link.in_area = r->serves_area(s.header.household.municipality);
    a.link = std::move(link);
  }
}

}  // namespace hashigo::cases
