#pragma once
/// @file The private half of hashigo::store::database: the connection and its cached statements.
#include <string>
#include <string_view>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <hashigo/store/database.hpp>

namespace hashigo::store {

/// Borrows a cached statement for one use and resets it on scope exit, whatever happens, so a
/// half-read SELECT never keeps a WAL read snapshot (and its lock) open past the call.
class statement_use {
 public:
  explicit statement_use(SQLite::Statement& statement) noexcept : statement_(statement) {}
  ~statement_use() { statement_.tryReset(); }
  statement_use(const statement_use&) = delete;
  statement_use& operator=(const statement_use&) = delete;

  SQLite::Statement& operator*() const noexcept { return statement_; }
  SQLite::Statement* operator->() const noexcept { return &statement_; }

 private:
  SQLite::Statement& statement_;
};

struct database::impl {
  impl(std::string file_path, SQLite::Database&& connection, bool reading_only);

  /// Throws the storage_error for `e` (see throw_storage_error), with this connection's errno.
  [[noreturn]] void fail(const SQLite::Exception& e, const message& doing) const;

  /// Throws input_error("case", ...) unless the case exists; call inside the write transaction.
  void require_case(const std::string& case_id);
  /// Throws input_error unless `row` may be stored in versioned `table` (households, employers):
  /// a new id (`change` false) is not stored yet; a change follows a stored version with a later
  /// `since`. `exists`/`unknown` are the catalogue keys of the two refusals (id as argument).
  /// Call inside the write transaction.
  void require_version_order(const char* table, const version_row& row, bool change, const char* exists, const char* unknown);
  /// Inserts one version into `table` (households, employers).
  void insert_version(const char* table, const version_row& row);
  /// Stores `rows` into `table` (employers, agencies) in one transaction, each checked as
  /// require_version_order does; a refusal of one of several names it (`<what> 'id' since d: id`)
  /// and nothing is written. A store failure is storage_error saying `failing` of the row at fault.
  void write_versions(const char* table, const std::vector<version_row>& rows, bool change, const char* exists, const char* unknown,
                      const char* what, const char* failing);
  /// Every version in `table`, by id then since; only those of `id` when it is not empty.
  std::vector<version_row> versions(const char* table, const std::string& id = {}) const;
  /// Inserts one event (bound and stepped on the cached statement); returns its seq.
  std::int64_t insert_event(const std::string& case_id, const new_event& event);
  /// Inserts one receipt for `case_id` (empty: none); returns its id.
  std::int64_t insert_receipt(const std::string& case_id, const receipt_row& row);

  std::string path;
  bool read_only = false;
  // Declared before the statements: members are destroyed in reverse, and a connection cannot
  // close cleanly while statements prepared on it are still alive.
  SQLite::Database db;

  // Prepared once per connection: bulk appends then only bind and step.
  SQLite::Statement case_exists;
  SQLite::Statement insert_case;
  SQLite::Statement select_case;
  SQLite::Statement insert_event_stmt;
  SQLite::Statement select_events;
  SQLite::Statement insert_receipt_stmt;
  SQLite::Statement select_receipts;
  SQLite::Statement select_receipts_without_case;
  SQLite::Statement select_receipt_by_id;
  SQLite::Statement select_receipt_ids;
  SQLite::Statement upsert_snapshot;
  SQLite::Statement select_snapshot;
};

}  // namespace hashigo::store
