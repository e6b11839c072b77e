// The database handle: a configured connection (connection.cpp), migrated (migrate.cpp), with its
// statements prepared once. The per-table operations live in cases.cpp, events.cpp, receipts.cpp
// and snapshots.cpp.
#include <utility>

#include <SQLiteCpp/Exception.h>

#include <hashigo/error.hpp>
#include <hashigo/store/database.hpp>

#include "store/connection.hpp"
#include "store/impl.hpp"
#include "store/migrate.hpp"
#include "store/sqlite_error.hpp"

namespace hashigo::store {

database::impl::impl(std::string file_path, SQLite::Database&& connection, bool reading_only)
    : path(std::move(file_path)),
      read_only(reading_only),
      db(std::move(connection)),
      case_exists(db, "SELECT 1 FROM cases WHERE id = ?1"),
      insert_case(db, "INSERT INTO cases (id, region, person, household) VALUES (?1, ?2, ?3, ?4)"),
      select_case(db, "SELECT id, region, person, household FROM cases WHERE id = ?1"),
      insert_event_stmt(
          db, "INSERT INTO events (case_id, type, date, payload) VALUES (?1, ?2, ?3, ?4)"),
      select_events(db,
                    "SELECT seq, case_id, type, date, payload FROM events"
                    " WHERE case_id = ?1 ORDER BY seq"),
      insert_receipt_stmt(db,
                          "INSERT INTO receipts"
                          " (case_id, as_of, kind, outcome, pack_digest, inputs_digest, events_through, events_digest)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
      select_receipts(db,
                      "SELECT id, case_id, as_of, kind, outcome, pack_digest, inputs_digest, events_through,"
                      " events_digest FROM receipts WHERE case_id = ?1 ORDER BY id"),
      select_receipts_without_case(
          db,
          "SELECT id, case_id, as_of, kind, outcome, pack_digest, inputs_digest, events_through,"
          " events_digest FROM receipts WHERE case_id IS NULL ORDER BY id"),
      select_receipt_by_id(db,
                           "SELECT id, case_id, as_of, kind, outcome, pack_digest, inputs_digest, events_through,"
                           " events_digest FROM receipts WHERE id = ?1"),
      select_receipt_ids(db, "SELECT id FROM receipts ORDER BY id"),
      upsert_snapshot(
          db,
          "INSERT INTO snapshots (case_id, last_seq, as_of, state)"
          " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (case_id) DO UPDATE SET"
          " last_seq = excluded.last_seq, as_of = excluded.as_of, state = excluded.state"),
      select_snapshot(db,
                      "SELECT case_id, last_seq, as_of, state FROM snapshots WHERE case_id = ?1") {}

void database::impl::fail(const SQLite::Exception& e, const message& doing) const {
  throw_storage_error(path, e, doing, system_errno(db));
}

database database::open(const std::string& path, open_mode mode) {
  SQLite::Database db = open_connection(path, mode);
  try {
    if (mode != open_mode::read) {
      apply_migrations(db, path);
    }
    return database(std::make_unique<impl>(path, std::move(db), mode == open_mode::read));
  } catch (const SQLite::Exception& e) {
    throw_storage_error(path, e, message("store.open_database"), system_errno(db));
  }
}

database database::open(const std::string& path, bool create) {
  return open(path, create ? open_mode::create : open_mode::write);
}

database::database(std::unique_ptr<impl> p) : impl_(std::move(p)) {}
database::database(database&&) noexcept = default;
database& database::operator=(database&&) noexcept = default;
database::~database() = default;

const std::string& database::path() const { return impl_->path; }

bool database::read_only() const { return impl_->read_only; }

int database::schema_version() const {
  try {
    return read_schema_version(impl_->db);
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_schema_version"));
  }
}

std::string database::integrity_check() const {
  try {
    SQLite::Statement check(impl_->db, "PRAGMA integrity_check");
    std::string result;
    while (check.executeStep()) {
      if (!result.empty()) {
        result += '\n';
      }
      result += check.getColumn(0).getString();
    }
    return result;
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.check_integrity"));
  }
}

}  // namespace hashigo::store
