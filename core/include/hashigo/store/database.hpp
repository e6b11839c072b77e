#pragma once
/// @file The event store: one SQLite file (WAL) holding cases, append-only events, decision
/// receipts and a disposable snapshot cache. Payloads are JSON text validated by the caller.
#include <hashigo/error.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hashigo::store {

/// A case row: identity plus the person and household documents (JSON text).
struct case_row {
  std::string id;              ///< caller-chosen id, e.g. "b-san"
  std::string region;          ///< region pack the case belongs to, e.g. "national"
  std::string person_json;     ///< JSON object
  std::string household_json;  ///< JSON object
};

/// An event as stored; `seq` is global, strictly increasing, assigned by the store.
struct event_row {
  std::int64_t seq = 0;
  std::string case_id;
  std::string type;          ///< event type, e.g. "attendance"
  std::string date;          ///< YYYY-MM-DD, the day the event happened
  std::string payload_json;  ///< the whole event as JSON text
};

/// A new event to append (no seq yet).
struct new_event {
  std::string type;
  std::string date;
  std::string payload_json;
};

/// A decision receipt: enough to replay and explain a past decision.
struct receipt_row {
  std::int64_t id = 0;
  std::string case_id;
  std::string as_of;          ///< YYYY-MM-DD
  std::string kind;           ///< e.g. "evaluation"
  std::string outcome_json;   ///< the decision JSON, byte for byte
  std::string pack_digest;    ///< sha256 hex of the rule pack
  std::string inputs_digest;  ///< sha256 hex of the case view the rules read (the view digest)
  /// The last event seq of the case the evaluation read; unset on receipts stored before schema
  /// version 2 and for cases never stored.
  std::optional<std::int64_t> events_through = std::nullopt;
  /// sha256 hex over every recorded event up to events_through on or before as_of (the events
  /// digest, app::events_digest); empty when events_through is unset.
  std::string events_digest = {};
};

/// A meeting as stored: its id, kind and day, and the whole meeting record as JSON text.
struct meeting_row {
  std::string id;
  std::string kind;          ///< shien_chosei, shien_kaigi, joint_case, case_review
  std::string held_on;       ///< YYYY-MM-DD
  std::string payload_json;  ///< the meeting record (`hashigo.meeting/1`)
};

/// One version of a versioned record as stored (a household, an employer, an agency): in force from `since`
/// until the next version of the same id.
struct version_row {
  std::string id;
  std::string since;         ///< YYYY-MM-DD
  std::string payload_json;  ///< the record (`hashigo.household/1`, `hashigo.employer/1`)
};
/// One version of a household record.
using household_row = version_row;
/// One version of an employer record.
using employer_row = version_row;
/// One version of an agency record.
using agency_row = version_row;

/// A cached fold of one case's events (dropped and rebuilt at will).
struct snapshot_row {
  std::string case_id;
  std::int64_t last_seq = 0;  ///< the highest event seq folded into state_json
  std::string as_of;
  std::string state_json;
};

/// How a command means to use the file.
enum class open_mode {
  read,    ///< a read-only connection: works on a read-only file or folder; never migrates
  write,   ///< read-write; applies pending migrations
  create,  ///< as write, creating the file when it is missing (`hashigo init`)
};

class case_writer;

/// The SQLite store. Every write is one transaction; a failed write leaves the file unchanged.
class database {
 public:
  /// Opens the file for `mode`: writing modes apply pending migrations (taking the write lock
  /// only then) and enable WAL, foreign keys and a busy timeout. Throws storage_error naming the
  /// file (a newer schema, a read-only file or folder for writing, a locked file, a full disk).
  static database open(const std::string& path, open_mode mode);
  /// open(path, create ? open_mode::create : open_mode::write).
  static database open(const std::string& path, bool create);
  database(database&&) noexcept;
  database& operator=(database&&) noexcept;
  ~database();

  /// Schema version (`PRAGMA user_version`).
  int schema_version() const;
  /// The file's path as given to open (every message names it).
  const std::string& path() const;
  /// True when opened with open_mode::read.
  bool read_only() const;

  /// Runs `work` on an existing case inside one write transaction (BEGIN IMMEDIATE): what it
  /// reads through the writer is exactly what its inserts follow, since no other writer can
  /// commit in between. Commits when `work` returns; when it throws, nothing is written and the
  /// exception propagates. Unknown case → input_error("case", …). `doing` names the job in
  /// storage errors, e.g. message("store.append_events", "b-san") (default: "write to case '<id>'").
  void write_case(const std::string& case_id, const std::function<void(case_writer&)>& work,
                  const std::optional<message>& doing = std::nullopt);
  /// Runs `work` inside one read transaction, so that every read it makes sees the same state of
  /// the file (a report's counts reconcile) whatever writers commit meanwhile; works on a
  /// read-only connection. An exception from `work` ends the transaction and propagates.
  void read_consistent(const std::function<void()>& work) const;
  /// As write_case for a new case: inserts its row first (input_error when the id exists).
  void write_new_case(const case_row& row, const std::function<void(case_writer&)>& work);
  /// Inserts a case and its first events in one transaction; returns the events' seqs.
  /// Throws input_error when the id exists.
  std::vector<std::int64_t> create_case(const case_row& row, const std::vector<new_event>& initial = {});
  /// The case with this id, if any.
  std::optional<case_row> find_case(const std::string& id) const;
  /// All case ids, sorted.
  std::vector<std::string> case_ids() const;

  /// Appends events to one case in one transaction; returns their seqs. Unknown case → input_error.
  std::vector<std::int64_t> append_events(const std::string& case_id, const std::vector<new_event>& events);
  /// Appends one event and one receipt atomically (an accepted step and why); returns {seq, receipt id}.
  std::pair<std::int64_t, std::int64_t> append_event_with_receipt(const std::string& case_id,
                                                                   const new_event& event,
                                                                   const receipt_row& receipt);
  /// A case's events in seq order.
  std::vector<event_row> events(const std::string& case_id) const;

  /// Stores a meeting and, through one writer per case it discusses (in `case_ids` order), the
  /// events that carry its decisions, all in one write transaction (BEGIN IMMEDIATE); `work`
  /// returns the seq of the event it wrote for each case, in the same order, and the meeting is
  /// linked to them. A meeting id already stored → input_error("id", …); an unknown case →
  /// input_error("case", …); an exception from `work` writes nothing.
  void write_meeting(const meeting_row& row, const std::vector<std::string>& case_ids,
                     const std::function<std::vector<std::int64_t>(std::vector<case_writer>&)>& work);
  /// The meeting `id`, if stored.
  std::optional<meeting_row> meeting(const std::string& id) const;
  /// Every meeting, by day then id.
  std::vector<meeting_row> meetings() const;
  /// The ids of the cases a meeting discussed, sorted.
  std::vector<std::string> meeting_cases(const std::string& meeting_id) const;

  /// Stores one version of a household record; `case_ids[i]` is its members[i]'s case, empty for
  /// a member without one (BEGIN IMMEDIATE). A new id
  /// (`change` false) must not be stored yet, a change must follow a stored version with a later
  /// `since`; an unknown case, or one another household's latest version names, is input_error at
  /// `members[i].case`. Nothing is written on any refusal.
  void write_household(const household_row& row, const std::vector<std::string>& case_ids, bool change);
  /// Every version of every household, by id then since.
  std::vector<household_row> households() const;

  /// Stores versions of employer records in one transaction (BEGIN IMMEDIATE): a new id (`change`
  /// false) must not be stored yet, a change must follow a stored version with a later `since`
  /// (input_error at `id` or `since`, naming the record when there are several). Nothing is
  /// written on any refusal.
  void write_employers(const std::vector<employer_row>& rows, bool change);
  /// Every version of every employer, by id then since.
  std::vector<employer_row> employers() const;
  /// Every version of employer `id`, by since (none: empty).
  std::vector<employer_row> employer_versions(const std::string& id) const;

  /// Stores versions of agency records in one transaction (BEGIN IMMEDIATE), each as
  /// write_employers would: a new id (`change` false) is not stored yet, a change follows a stored
  /// version with a later `since`. Nothing is written on any refusal.
  void write_agencies(const std::vector<agency_row>& rows, bool change);
  /// Every version of every agency, by id then since.
  std::vector<agency_row> agencies() const;
  /// Every version of agency `id`, by since (none: empty).
  std::vector<agency_row> agency_versions(const std::string& id) const;

  /// Stores a receipt; returns its id.
  std::int64_t add_receipt(const receipt_row& row);
  /// A case's receipts in id order.
  std::vector<receipt_row> receipts(const std::string& case_id) const;
  /// The receipt `id`, or nullopt when there is none.
  std::optional<receipt_row> receipt(std::int64_t id) const;
  /// The ids of every receipt, in id order.
  std::vector<std::int64_t> receipt_ids() const;

  /// Replaces the cached snapshot of a case.
  void put_snapshot(const snapshot_row& row);
  /// The cached snapshot of a case, if any.
  std::optional<snapshot_row> snapshot(const std::string& case_id) const;
  /// Deletes every cached snapshot (they are rebuilt from events).
  void drop_snapshots();

  /// `PRAGMA integrity_check` result: "ok" when healthy.
  std::string integrity_check() const;

 private:
  friend class case_writer;
  struct impl;
  explicit database(std::unique_ptr<impl> p);
  std::unique_ptr<impl> impl_;
};

/// What a write transaction on one case may do while it holds the write lock (database::write_case).
class case_writer {
 public:
  /// The case's events in seq order: everything committed, plus what this transaction inserted.
  std::vector<event_row> events() const;
  /// Appends one event to the case; returns its seq.
  std::int64_t insert_event(const new_event& event);
  /// Stores a receipt for the case; returns its id.
  std::int64_t insert_receipt(const receipt_row& receipt);
  /// The case this transaction writes.
  const std::string& case_id() const noexcept { return case_id_; }

 private:
  friend class database;
  case_writer(database& db, std::string case_id) : db_(db), case_id_(std::move(case_id)) {}
  database& db_;
  std::string case_id_;
};

}  // namespace hashigo::store
