#pragma once
/// @file Typed access to stored cases: validated appends, folding, committing accepted steps.
#include <hashigo/case/state.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/store/database.hpp>

#include <optional>
#include <string>
#include <vector>

namespace hashigo::store {

/// Cases in a database, as typed events. Every write is validated against the case's existing
/// events before it reaches the database, so the store never holds an impossible sequence.
class case_repository {
 public:
  explicit case_repository(database& db) : db_(db) {}

  /// Stores a new case and its events (all or nothing). Throws input_error naming the field.
  std::vector<std::int64_t> create(const format::case_file& file);
  /// The header of a stored case; throws input_error("case", …) when unknown.
  cases::case_header header(const std::string& id) const;
  /// The case's events in fold order (date, then seq), `origin` = `event #seq`.
  std::vector<cases::event> events(const std::string& id) const;
  /// The case as a case file (header and every event).
  format::case_file file(const std::string& id) const;
  /// Folds the stored case on `as_of`.
  cases::case_state fold(const std::string& id, date as_of) const;
  /// Validates and appends events (origin names them in errors); returns their seqs.
  std::vector<std::int64_t> append(const std::string& id, const std::vector<cases::event>& incoming);
  /// Appends a `stage_changed` event and the decision's receipt in one transaction, after
  /// checking the event can follow the case. Returns {seq, receipt id}.
  std::pair<std::int64_t, std::int64_t> commit_step(const std::string& id, cases::event change, const receipt_row& receipt);
  /// Drops every snapshot and rebuilds one per case from its events; returns how many.
  std::size_t rebuild_snapshots();

 private:
  database& db_;
};

}  // namespace hashigo::store
