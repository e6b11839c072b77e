#include "store/connection.hpp"

#include <filesystem>
#include <system_error>

#include <SQLiteCpp/Exception.h>

#include <hashigo/error.hpp>
#include <hashigo/store/migrations.hpp>

#include "store/migrate.hpp"
#include "store/sqlite_error.hpp"

namespace hashigo::store {

namespace {

bool is_in_memory(const std::string& path) { return path == ":memory:" || path.empty(); }

// Connection settings are per connection, not stored in the file, so every open sets them.
void configure(SQLite::Database& db, const std::string& path) {
  // WAL: readers never block the writer, and a killed process loses at most the transaction it
  // was in. The mode persists in the file, but asking again is cheap and repairs a file someone
  // switched back with the sqlite3 shell.
  const std::string mode = db.execAndGet("PRAGMA journal_mode = WAL").getString();
  if (mode != "wal" && !is_in_memory(path)) {
    throw storage_error(path + ": cannot switch the database to WAL journal mode (it stays in '" +
                        mode + "' mode); is it on a network file system?");
  }
  // NORMAL is safe with WAL: a power loss may drop the last commits, but never corrupts the file,
  // and a killed process loses nothing that was committed.
  db.exec("PRAGMA synchronous = NORMAL");
  // Off by default in SQLite; without it the REFERENCES clauses of the schema are decoration.
  db.exec("PRAGMA foreign_keys = ON");
}

}  // namespace

SQLite::Database open_connection(const std::string& path, bool create) {
  if (!create && !is_in_memory(path)) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec) && !ec) {
      throw storage_error("no database at " + path + "; run `hashigo init`");
    }
  }
  try {
    const int flags = SQLite::OPEN_READWRITE | (create ? SQLite::OPEN_CREATE : 0);
    SQLite::Database db(path, flags, busy_timeout_ms);
    // Check before writing anything: a newer or foreign file must be left exactly as it was.
    refuse_foreign_schema(db, path, static_cast<int>(migrations().size()));
    configure(db, path);
    return db;
  } catch (const SQLite::Exception& e) {
    throw_storage_error(path, e, "open the database");
  }
}

}  // namespace hashigo::store
