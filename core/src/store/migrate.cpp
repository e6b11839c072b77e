#include "store/migrate.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <hashigo/error.hpp>

#include "store/sqlite_error.hpp"

namespace hashigo::store {

namespace {

int read_int_pragma(SQLite::Database& db, const char* query) {
  return db.execAndGet(query).getInt();
}

bool has_schema_objects(SQLite::Database& db) {
  return db.execAndGet("SELECT count(*) FROM sqlite_master").getInt() > 0;
}

}  // namespace

int read_schema_version(SQLite::Database& db) { return read_int_pragma(db, "PRAGMA user_version"); }

void refuse_foreign_schema(SQLite::Database& db, const std::string& path, int known) {
  const int version = read_schema_version(db);
  if (version > known) {
    throw storage_error(message("error.schema_newer", path, version, known));
  }
  // Migrating someone else's database would add our tables to it; refuse instead.
  const int application_id = read_int_pragma(db, "PRAGMA application_id");
  const bool ours = application_id == hashigo_application_id;
  const bool fresh = application_id == 0 && version == 0 && !has_schema_objects(db);
  if (!ours && !fresh) {
    throw storage_error(message("error.not_hashigo_db", path));
  }
}

int apply_migrations(SQLite::Database& db, const std::string& path,
                     const std::vector<migration>& all) {
  // Reading the version needs no write lock: a file that is up to date opens even while another
  // process holds the lock, and a busy file is then reported by the write that meets it, not
  // blamed on a migration that was never needed.
  try {
    if (read_schema_version(db) >= static_cast<int>(all.size())) {
      return 0;
    }
  } catch (const SQLite::Exception& e) {
    throw_storage_error(path, e, message("store.read_schema_version"), system_errno(db));
  }
  int applied = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const int target = static_cast<int>(i) + 1;
    try {
      // IMMEDIATE takes the write lock up front, so two processes opening a fresh file at once
      // serialise here and the second one sees the version the first one wrote.
      SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
      if (read_schema_version(db) >= target) {
        continue;
      }
      db.exec(all[i].sql);
      // PRAGMA takes no bound parameters; `target` is an int we computed, not input.
      db.exec("PRAGMA user_version = " + std::to_string(target));
      tx.commit();
      ++applied;
    } catch (const SQLite::Exception& e) {
      throw_storage_error(path, e, message("store.apply_migration", all[i].name), system_errno(db));
    }
  }
  return applied;
}

}  // namespace hashigo::store
