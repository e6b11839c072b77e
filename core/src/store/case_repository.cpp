#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace hashigo::store {

using nlohmann::json;

namespace {

new_event to_row(const cases::event& e) {
  const json j = format::to_json(e);
  return new_event{j["type"].get<std::string>(), e.on.to_string(), j.dump()};
}

}  // namespace

std::vector<std::int64_t> case_repository::create(const format::case_file& file) {
  auto sorted = file.events;
  cases::sort_events(sorted);
  if (!sorted.empty()) (void)cases::fold(file.header, sorted, sorted.back().on);
  case_row row{file.header.id, file.header.region, format::to_json(file.header.person).dump(),
               format::to_json(file.header.household).dump()};
  // Stored in fold order, so that seq order and fold order agree.
  std::vector<new_event> rows;
  for (const auto& e : sorted) rows.push_back(to_row(e));
  return db_.create_case(row, rows);
}

cases::case_header case_repository::header(const std::string& id) const {
  auto row = db_.find_case(id);
  if (!row) throw input_error("case", fmt::format("no case '{}' in the database", id));
  json doc = {{"id", row->id}, {"region", row->region}, {"person", json::parse(row->person_json)},
              {"household", json::parse(row->household_json)}};
  return format::header_from_json(doc, fmt::format("case {}", id));
}

std::vector<cases::event> case_repository::events(const std::string& id) const {
  std::vector<cases::event> out;
  for (const auto& row : db_.events(id)) {
    auto e = format::event_from_json(json::parse(row.payload_json), fmt::format("event #{}", row.seq));
    e.seq = row.seq;
    out.push_back(std::move(e));
  }
  cases::sort_events(out);
  return out;
}

format::case_file case_repository::file(const std::string& id) const { return {header(id), events(id)}; }

cases::case_state case_repository::fold(const std::string& id, date as_of) const {
  return cases::fold(header(id), events(id), as_of);
}

std::vector<std::int64_t> case_repository::append(const std::string& id, const std::vector<cases::event>& incoming) {
  const auto h = header(id);
  cases::check_appendable(h, events(id), incoming);
  std::vector<new_event> rows;
  for (const auto& e : incoming) rows.push_back(to_row(e));
  return db_.append_events(id, rows);
}

std::pair<std::int64_t, std::int64_t> case_repository::commit_step(const std::string& id, cases::event change,
                                                                   const receipt_row& receipt) {
  const auto h = header(id);
  cases::check_appendable(h, events(id), {change});
  return db_.append_event_with_receipt(id, to_row(change), receipt);
}

std::size_t case_repository::rebuild_snapshots() {
  db_.drop_snapshots();
  std::size_t n = 0;
  for (const auto& id : db_.case_ids()) {
    const auto evs = events(id);
    if (evs.empty()) continue;
    const date last = evs.back().on;
    const auto state = cases::fold(header(id), evs, last);
    db_.put_snapshot(snapshot_row{id, state.last_seq, last.to_string(), format::to_json(state).dump()});
    ++n;
  }
  return n;
}

}  // namespace hashigo::store
