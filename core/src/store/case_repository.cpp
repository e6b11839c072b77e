#include <hashigo/case/agency.hpp>
#include <hashigo/case/employer.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/case/links.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/agency_json.hpp>
#include <hashigo/format/employer_json.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <exception>
#include <map>

namespace hashigo::store {

using nlohmann::json;

nlohmann::json parse_stored_json(const std::string& text, const std::string& what) {
  try {
    return format::parse_json(text, what);
  } catch (const input_error& e) {
    throw storage_error(message("error.stored_invalid", what, message::nested(e.placed_message())), "E_CORRUPT");
  }
}

namespace {

new_event to_row(const cases::event& e) {
  const json j = format::to_json(e);
  return new_event{j["type"].get<std::string>(), e.on.to_string(), j.dump()};
}

std::vector<cases::event> typed(const std::vector<event_row>& rows) {
  std::vector<cases::event> out;
  out.reserve(rows.size());
  for (const auto& row : rows) {
    const std::string where = fmt::format("event #{}", row.seq);
    auto e = format::event_from_json(parse_stored_json(row.payload_json, where + " of case '" + row.case_id + "'"), where);
    e.seq = row.seq;
    out.push_back(std::move(e));
  }
  cases::sort_events(out);
  return out;
}

// A fold failure of stored events is the record's fault, not the command's: a storage error that
// says how to repair it.
[[noreturn]] void unreadable(const database& db, const std::string& id, const input_error& e, bool writing) {
  throw storage_error(message(writing ? "error.case_unreadable_unwritten" : "error.case_unreadable", db.path(), id,
                              message::both(e.text("ja"), e.what())),
                      "E_UNREADABLE_CASE");
}

bool names_event(const input_error& e, const std::string& origin) {
  const std::string& where = e.where();
  return where == origin || where.rfind(origin + ".", 0) == 0;
}

// check_appendable refused `incoming`; decide whose fault that is. When the stored events fold on
// their own, the new ones are wrong (the original input error). When they do not, the case was
// unreadable already: a correction among the new events gets a refusal saying the case still
// does not fold after it, anything else gets E_UNREADABLE_CASE.
[[noreturn]] void explain_refusal(const database& db, const std::string& id, const cases::case_header& h,
                                  const std::vector<cases::event>& existing,
                                  const std::vector<cases::event>& incoming, const input_error& refusal) {
  try {
    if (!existing.empty()) (void)cases::fold(h, existing, existing.back().on);
  } catch (const input_error& stored) {
    for (const auto& e : incoming) {
      if (!std::holds_alternative<cases::event_voided_event>(e.body)) continue;
      if (names_event(refusal, e.origin)) throw refusal;  // the correction itself is wrong
      throw input_error(e.origin, message("error.still_unfolded", message::both(refusal.text("ja"), refusal.what())));
    }
    unreadable(db, id, stored, true);
  }
  throw refusal;
}

// Every link an event makes to a record outside the case (a carved task, an agency), looked up in
// the store; a stored record that no longer reads is E_CORRUPT naming it.
void check_links(const database& db, const std::vector<cases::event>& events) {
  cases::record_lookup lookup;
  lookup.employer_versions = [&db](const std::string& id) {
    std::vector<cases::employer_record> out;
    for (const auto& row : db.employer_versions(id))
      out.push_back(read_stored(row.payload_json, fmt::format("employer '{}' since {}", row.id, row.since), format::employer_record_from_json));
    return out;
  };
  lookup.agency_versions = [&db](const std::string& id) {
    std::vector<cases::agency_record> out;
    for (const auto& row : db.agency_versions(id))
      out.push_back(read_stored(row.payload_json, fmt::format("agency '{}' since {}", row.id, row.since), format::agency_record_from_json));
    return out;
  };
  cases::check_links(events, lookup);
}

}  // namespace

std::int64_t last_seq(const std::vector<cases::event>& events) {
  std::int64_t last = 0;
  for (const auto& e : events) last = std::max(last, e.seq);
  return last;
}

std::vector<std::int64_t> case_repository::create(const format::case_file& file) {
  auto sorted = file.events;
  cases::sort_events(sorted);
  // Folding checks every correction names an earlier event of the file, so the loop below has
  // stored each voided event before the correction that names it.
  if (!sorted.empty()) (void)cases::fold(file.header, sorted, sorted.back().on);
  case_row row{file.header.id, file.header.region, format::to_json(file.header.person).dump(),
               format::to_json(file.header.household).dump()};
  std::vector<std::int64_t> seqs;
  db_.write_new_case(row, [&](case_writer& writer) {
    check_links(db_, sorted);
    std::map<std::int64_t, std::int64_t> stored_seq;  // file index -> seq in the store
    // Stored in fold order, so that seq order and fold order agree.
    for (auto e : sorted) {
      if (auto* v = std::get_if<cases::event_voided_event>(&e.body)) {
        const auto found = stored_seq.find(v->voids);
        if (found == stored_seq.end())
          throw input_error(e.origin + ".voids", message("error.void_not_earlier", v->voids));
        v->voids = found->second;
      }
      const std::int64_t seq = writer.insert_event(to_row(e));
      stored_seq.emplace(e.seq, seq);
      seqs.push_back(seq);
    }
  });
  return seqs;
}

cases::case_header case_repository::header(const std::string& id) const {
  auto row = db_.find_case(id);
  if (!row) throw input_error("case", message("error.unknown_case", id));
  json doc = {{"id", row->id}, {"region", row->region},
              {"person", parse_stored_json(row->person_json, fmt::format("person of case '{}'", id))},
              {"household", parse_stored_json(row->household_json, fmt::format("household of case '{}'", id))}};
  return format::header_from_json(doc, fmt::format("case {}", id));
}

std::vector<cases::event> case_repository::events(const std::string& id) const { return typed(db_.events(id)); }

format::case_file case_repository::file(const std::string& id) const {
  auto evs = events(id);
  std::map<std::int64_t, std::int64_t> index;  // seq in the store -> index in the file
  for (std::size_t i = 0; i < evs.size(); ++i) index.emplace(evs[i].seq, static_cast<std::int64_t>(i));
  for (std::size_t i = 0; i < evs.size(); ++i) {
    if (auto* v = std::get_if<cases::event_voided_event>(&evs[i].body)) {
      const auto found = index.find(v->voids);
      if (found != index.end()) v->voids = found->second;  // else unreadable: left for the fold to name
    }
    evs[i].seq = static_cast<std::int64_t>(i);
  }
  return {header(id), std::move(evs)};
}

cases::case_state case_repository::fold(const std::string& id, date as_of) const {
  const auto h = header(id);
  try {
    return cases::fold(h, events(id), as_of);
  } catch (const input_error& e) {
    unreadable(db_, id, e, false);
  }
}

std::vector<cases::event> case_repository::readable_events(const std::string& id) const {
  const auto h = header(id);
  try {
    auto evs = events(id);
    if (!evs.empty()) (void)cases::fold(h, evs, evs.back().on);
    return evs;
  } catch (const input_error& e) {
    unreadable(db_, id, e, false);
  }
}

std::optional<unreadable_case> case_repository::check(const std::string& id) const {
  try {
    const auto h = header(id);
    const auto evs = events(id);
    if (!evs.empty()) (void)cases::fold(h, evs, evs.back().on);
    return std::nullopt;
  } catch (const input_error& e) {
    return unreadable_case{id, e.where(), e.detail()};
  }
}

std::vector<std::int64_t> case_repository::append(const std::string& id, const std::vector<cases::event>& incoming) {
  std::vector<std::int64_t> seqs;
  db_.write_case(
      id,
      [&](case_writer& writer) {
        const auto h = header(id);
        std::vector<cases::event> existing;
        try {
          existing = typed(writer.events());
        } catch (const input_error& e) {
          unreadable(db_, id, e, true);
        }
        try {
          cases::check_appendable(h, existing, incoming);
        } catch (const input_error& refusal) {
          explain_refusal(db_, id, h, existing, incoming, refusal);
        }
        check_links(db_, incoming);
        for (const auto& e : incoming) seqs.push_back(writer.insert_event(to_row(e)));
      },
      message("store.append_events", id));
  return seqs;
}

std::pair<std::int64_t, std::int64_t> case_repository::commit_step(const std::string& id, const cases::event& change,
                                                                   const receipt_row& receipt,
                                                                   std::int64_t seen_last_seq) {
  std::pair<std::int64_t, std::int64_t> ids;
  db_.write_case(
      id,
      [&](case_writer& writer) {
        const auto rows = writer.events();  // in seq order
        const std::int64_t now_last = rows.empty() ? 0 : rows.back().seq;
        if (now_last != seen_last_seq) {
          // The decision was computed from fewer events than the case has now: committing it
          // could record a step from a position the case has left.
          const auto newer = std::find_if(rows.begin(), rows.end(), [&](const event_row& r) { return r.seq > seen_last_seq; });
          const message what = newer != rows.end() ? message("error.event_added_by_other", newer->seq)
                                                   : message("error.last_event_moved", now_last, seen_last_seq);
          throw storage_error(message("error.case_changed", db_.path(), id, message::nested(what)), "E_CONFLICT");
        }
        const auto h = header(id);
        std::vector<cases::event> existing;
        try {
          existing = typed(rows);
        } catch (const input_error& e) {
          unreadable(db_, id, e, true);
        }
        try {
          cases::check_appendable(h, existing, {change});
        } catch (const input_error& refusal) {
          explain_refusal(db_, id, h, existing, {change}, refusal);
        }
        ids.first = writer.insert_event(to_row(change));
        ids.second = writer.insert_receipt(receipt);
      },
      message("store.commit_step", id));
  return ids;
}

std::vector<std::int64_t> case_repository::record_meeting(const format::meeting_file& m) {
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < m.cases.size(); ++i) {
    if (!db_.find_case(m.cases[i].case_id))
      throw input_error(fmt::format("cases[{}].case", i), message("error.unknown_case", m.cases[i].case_id));
    ids.push_back(m.cases[i].case_id);
  }
  const meeting_row row{m.id, m.kind, m.held_on.to_string(), format::to_json(m).dump()};
  std::vector<std::int64_t> seqs;
  db_.write_meeting(row, ids, [&](std::vector<case_writer>& writers) {
    for (std::size_t i = 0; i < writers.size(); ++i) {
      const auto& id = ids[i];
      const auto h = header(id);
      std::vector<cases::event> existing;
      try {
        existing = typed(writers[i].events());
      } catch (const input_error& e) {
        unreadable(db_, id, e, true);
      }
      const auto event = format::meeting_event_of(m, i);
      try {
        cases::check_appendable(h, existing, {event});
      } catch (const input_error& refusal) {
        explain_refusal(db_, id, h, existing, {event}, refusal);
      }
      seqs.push_back(writers[i].insert_event(to_row(event)));
    }
    return seqs;
  });
  return seqs;
}

rebuild_report case_repository::rebuild_snapshots() {
  db_.drop_snapshots();
  rebuild_report report;
  for (const auto& id : db_.case_ids()) {
    if (auto broken = check(id)) {
      report.unreadable.push_back(std::move(*broken));
      continue;
    }
    const auto evs = events(id);
    if (evs.empty()) continue;
    const date last = evs.back().on;
    const auto state = cases::fold(header(id), evs, last);
    db_.put_snapshot(snapshot_row{id, state.last_seq, last.to_string(), format::to_json(state).dump()});
    ++report.rebuilt;
  }
  return report;
}

}  // namespace hashigo::store
