#include <hashigo/app/agencies.hpp>
#include <hashigo/app/households.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/agency_json.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>


namespace hashigo::app {

std::vector<cases::agency_record> stored_agencies(store::database& db) {
  std::vector<cases::agency_record> out;
  for (const auto& row : db.agencies())
    out.push_back(store::read_stored(row.payload_json, "agency '" + row.id + "' since " + row.since, format::agency_record_from_json));
  return out;
}

void record_agencies(store::database& db, const std::vector<cases::agency_record>& records, bool change) {
  auto all = stored_agencies(db);
  all.insert(all.end(), records.begin(), records.end());
  const cases::agency_book book(std::move(all));
  std::vector<store::agency_row> rows;
  for (const auto& a : records) {
    for (std::size_t i = 0; i < a.partners.size(); ++i)
      if (!book.in_force(a.partners[i], a.since))
        throw input_error(fmt::format("agency '{}': partners[{}]", a.id, i), message("error.partner_unknown", a.partners[i], a.since.to_string()));
    rows.push_back({a.id, a.since.to_string(), format::to_json(a).dump()});
  }
  db.write_agencies(rows, change);
}

std::shared_ptr<const cases::agency_book> store_agencies(store::database& db) {
  auto records = stored_agencies(db);
  if (records.empty()) return nullptr;
  return std::make_shared<const cases::agency_book>(std::move(records));
}

void link_stored_agencies(store::database& db, cases::case_state& s) {
  if (s.agencies.empty()) return;
  if (const auto book = store_agencies(db)) cases::link_agencies(s, *book);
}

void link_store(engine::engine& eng, store::database& db) {
  eng.set_household_source(store_households(db));
  eng.set_agency_source(store_agencies(db));
}

std::map<std::string, std::vector<held_case>> cases_held(store::database& db, date day) {
  std::map<std::string, std::vector<held_case>> held;
  store::case_repository repo(db);
  for (const auto& id : db.case_ids()) {
    auto events = repo.readable_events(id);
    if (events.empty() || day < events.front().on) continue;
    const auto state = cases::fold(repo.header(id), events, day);
    if (state.status == cases::process_status::closed) continue;
    for (const auto& a : state.agencies)
      if (!a.left_on) held[a.agency_id].push_back({id, a.lead});
  }
  return held;
}

nlohmann::json agencies_json(store::database& db, std::optional<date> day) {
  const cases::agency_book book(stored_agencies(db));
  const auto held = day ? cases_held(db, *day) : std::map<std::string, std::vector<held_case>>{};
  nlohmann::json all = nlohmann::json::array();
  for (const auto& a : book.records()) {
    if (day && book.in_force(a.id, *day) != &a) continue;  // with a day, the version in force then
    auto j = format::to_json(a);
    if (day) {
      j["cases_held"] = nlohmann::json::array();
      if (const auto h = held.find(a.id); h != held.end())
        for (const auto& c : h->second) j["cases_held"].push_back({{"case", c.case_id}, {"lead", c.lead}});
    }
    all.push_back(std::move(j));
  }
  return all;
}

}  // namespace hashigo::app
