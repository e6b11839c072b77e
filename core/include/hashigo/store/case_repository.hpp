#pragma once
/// @file Typed access to stored cases: validated appends, folding, committing accepted steps.
#include <hashigo/case/state.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/format/meeting_json.hpp>
#include <hashigo/store/database.hpp>

#include <optional>
#include <string>
#include <vector>

namespace hashigo::store {

/// A stored case whose events do not fold, and why.
struct unreadable_case {
  std::string id;      ///< the case
  std::string where;   ///< the stored event and field at fault, e.g. `event #45.type`
  std::string reason;  ///< e.g. "the case is closed (employed); only a `reopened` event can follow, or a `follow_up` for a contact after the closure"
};

/// What rebuild_snapshots did.
struct rebuild_report {
  std::size_t rebuilt = 0;                  ///< cases whose snapshot was rebuilt
  std::vector<unreadable_case> unreadable;  ///< cases left without one, in id order
};

/// Parses JSON text read from the store (payloads, documents, receipts) under the same limits as
/// any input; a row that does not parse — written by something other than hashigo — is a
/// storage error (E_CORRUPT) naming `what`, e.g. "event #12 of case 'b-san'".
nlohmann::json parse_stored_json(const std::string& text, const std::string& what);

/// A record stored as JSON text, read with `read` (a format reader such as
/// format::agency_record_from_json): a row that does not parse or no longer reads as one is a
/// storage error (E_CORRUPT) naming `what`, e.g. "agency 'naka-kikan' since 2021-06-01".
template <class Read>
auto read_stored(const std::string& text, const std::string& what, Read&& read) -> decltype(read(nlohmann::json{})) {
  const auto doc = parse_stored_json(text, what);
  try {
    return read(doc);
  } catch (const input_error& e) {
    throw storage_error(message("error.stored_invalid", what, message::nested(e.placed_message())), "E_CORRUPT");
  }
}

/// Cases in a database, as typed events. Every write is validated against the case's events
/// inside its write transaction, so no concurrent writer can slip an event in between the check
/// and the insert, and the store never holds an impossible sequence.
///
/// A case that does not fold anyway (written by an older hashigo, or by hand) is reported by
/// reads and writes as storage_error E_UNREADABLE_CASE naming the event; an `event_voided`
/// correction of the wrong event is the repair, and is accepted when the case folds after it.
class case_repository {
 public:
  explicit case_repository(database& db) : db_(db) {}

  /// Stores a new case and its events (all or nothing). Throws input_error naming the field.
  /// A correction's `voids` (an index into the file's events) is stored as the stored seq.
  std::vector<std::int64_t> create(const format::case_file& file);
  /// The header of a stored case; throws input_error("case", …) when unknown.
  cases::case_header header(const std::string& id) const;
  /// The case's events in fold order (date, then seq), `origin` = `event #seq`; not folded.
  std::vector<cases::event> events(const std::string& id) const;
  /// The case as a case file, numbered as one: `seq` and every correction's `voids` are indices
  /// into the file's events, so `case new` of the file stores the same case again.
  format::case_file file(const std::string& id) const;
  /// Folds the stored case on `as_of`; E_UNREADABLE_CASE when its events do not fold.
  cases::case_state fold(const std::string& id, date as_of) const;
  /// The case's events (as events()), checked to fold as of the last one (E_UNREADABLE_CASE).
  std::vector<cases::event> readable_events(const std::string& id) const;
  /// Why the stored case does not fold as of its last event; nullopt when it does.
  std::optional<unreadable_case> check(const std::string& id) const;
  /// Validates and appends events (origin names them in errors) in one write transaction;
  /// returns their seqs. A refused event is input_error naming it; a case that did not fold
  /// before is E_UNREADABLE_CASE, unless the events include a correction that repairs it.
  std::vector<std::int64_t> append(const std::string& id, const std::vector<cases::event>& incoming);
  /// Appends a `stage_changed` event and the decision's receipt in one transaction, after
  /// checking the event can follow the case. `seen_last_seq` is the highest seq of the events
  /// the decision was computed from: when the case gained events since, nothing is written and
  /// storage_error E_CONFLICT says so. Returns {seq, receipt id}.
  std::pair<std::int64_t, std::int64_t> commit_step(const std::string& id, const cases::event& change,
                                                    const receipt_row& receipt, std::int64_t seen_last_seq);
  /// Stores a meeting record and writes its share of each case it discusses as a `meeting` event,
  /// checked to follow the case, all in one write transaction; returns the events' seqs in
  /// `m.cases` order. An unknown case is input_error at `cases[i].case`, a decision the case
  /// cannot take (a plan approval while not planning) at `cases[i].decisions[j]…`; nothing is
  /// written then.
  std::vector<std::int64_t> record_meeting(const format::meeting_file& m);
  /// Drops every snapshot and rebuilds one per readable case from its events.
  rebuild_report rebuild_snapshots();

 private:
  database& db_;
};

/// The highest seq among `events` (0 when there are none): what commit_step compares.
std::int64_t last_seq(const std::vector<cases::event>& events);

}  // namespace hashigo::store
