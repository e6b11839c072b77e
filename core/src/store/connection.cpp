#include "store/connection.hpp"

#include <cerrno>
#include <filesystem>
#include <optional>
#include <system_error>

#include <sqlite3.h>

#include <SQLiteCpp/Exception.h>

#include <fmt/format.h>

#include <hashigo/error.hpp>
#include <hashigo/store/migrations.hpp>

#include "store/file_access.hpp"
#include "store/migrate.hpp"
#include "store/sqlite_error.hpp"

namespace hashigo::store {

namespace {

bool is_in_memory(const std::string& path) { return path == ":memory:" || path.empty(); }

int known_version() { return static_cast<int>(migrations().size()); }

// Connection settings are per connection, not stored in the file, so every open sets them.
void configure(SQLite::Database& db, const std::string& path) {
  // WAL: readers never block the writer, and a killed process loses at most the transaction it
  // was in. The mode persists in the file, but asking again is cheap, takes no lock when the
  // file is in WAL already, and repairs a file someone switched back with the sqlite3 shell.
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

// A `file:` URI for `path`: the only way to pass `immutable=1`. '%', '?' and '#' would end or
// escape the path part, so they are percent-encoded; an absolute path gets an empty authority.
std::string file_uri(const std::string& path, const char* query) {
  std::string uri = path.rfind('/', 0) == 0 ? "file://" : "file:";
  for (const char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    } else {
      uri += c;
    }
  }
  return uri + "?" + query;
}

// A reader cannot migrate: a file an older hashigo wrote must be opened by a writing command once.
void refuse_unmigrated(SQLite::Database& db, const std::string& path) {
  const int version = read_schema_version(db);
  if (version < known_version()) {
    throw storage_error(message("error.schema_older", path, version, known_version()));
  }
}

// How a reader's connection finds the WAL index.
enum class wal_index {
  shared,     ///< the -shm file next to the database, as every other connection
  immutable,  ///< none: the file cannot change (immutable=1)
  in_memory,  ///< heap memory: EXCLUSIVE locking, which needs a read-write handle (query_only)
};

// One attempt to open `path` for reading. The schema checks are its first reads, so they also
// prove the WAL index could be set up; on failure `os_errno` holds the connection's errno.
SQLite::Database open_reader(const std::string& path, wal_index index, int& os_errno) {
  std::optional<SQLite::Database> db;
  try {
    if (index == wal_index::immutable) {
      db.emplace(file_uri(path, "immutable=1"), SQLite::OPEN_READONLY | SQLite::OPEN_URI, busy_timeout_ms);
    } else if (index == wal_index::in_memory) {
      db.emplace(path, SQLite::OPEN_READWRITE, busy_timeout_ms);
      db->exec("PRAGMA locking_mode = EXCLUSIVE");
      db->exec("PRAGMA query_only = 1");
    } else {
      db.emplace(path, SQLite::OPEN_READONLY, busy_timeout_ms);
    }
    refuse_foreign_schema(*db, path, known_version());
    refuse_unmigrated(*db, path);
    return std::move(*db);
  } catch (const SQLite::Exception&) {
    os_errno = db ? system_errno(*db) : 0;
    throw;
  }
}

SQLite::Database open_for_reading(const std::string& path) {
  const file_facts facts = inspect(path);
  if (!facts.file_readable) {
    throw storage_error(message("error.db_unreadable_mode", path, fmt::format("{:04o}", facts.mode)));
  }
  int os_errno = 0;
  try {
    // Nobody can write a frozen file, so no -shm is needed to coordinate with a writer (and none
    // could be created next to it anyway).
    return open_reader(path, frozen(facts) ? wal_index::immutable : wal_index::shared, os_errno);
  } catch (const SQLite::Exception& e) {
    if ((os_errno == ENOSPC || os_errno == EDQUOT) && facts.file_writable) {
      // A full disk leaves no room for the -shm file every WAL reader maps.
      try {
        return open_reader(path, wal_index::in_memory, os_errno);
      } catch (const SQLite::Exception& again) {
        throw_storage_error(path, again, message("store.read_database_disk_full"), os_errno);
      }
    }
    const int code = e.getExtendedErrorCode() & 0xff;
    const bool no_shm_here = facts.read_only_fs || !facts.folder_writable;
    if ((code == SQLITE_READONLY || code == SQLITE_CANTOPEN) && no_shm_here) {
      // A reader in WAL mode needs a -shm file next to the database; explain why there is none.
      const std::string name = std::filesystem::path(path).filename().string();
      const message why = facts.wal_pending ? message("error.db_wal_pending", name, facts.folder)
                                            : message("error.db_no_shm", name, facts.folder);
      throw storage_error(message("error.db_cannot_read", path, message::nested(why)), "E_READ_ONLY");
    }
    throw_storage_error(path, e, message("store.read_database"), os_errno);
  }
}

SQLite::Database open_for_writing(const std::string& path, bool create) {
  if (!is_in_memory(path)) refuse_unwritable(path, inspect(path));
  std::optional<SQLite::Database> db;
  try {
    const int flags = SQLite::OPEN_READWRITE | (create ? SQLite::OPEN_CREATE : 0);
    db.emplace(path, flags, busy_timeout_ms);
    // Check before writing anything: a newer or foreign file must be left exactly as it was.
    refuse_foreign_schema(*db, path, known_version());
    configure(*db, path);
    return std::move(*db);
  } catch (const SQLite::Exception& e) {
    throw_storage_error(path, e, message("store.open_database"), db ? system_errno(*db) : 0);
  }
}

}  // namespace

SQLite::Database open_connection(const std::string& path, open_mode mode) {
  if (!is_in_memory(path)) {
    std::error_code ec;
    if (mode != open_mode::create && !std::filesystem::exists(path, ec) && !ec) {
      throw storage_error(message("error.no_database", path));
    }
    if (std::filesystem::is_directory(path, ec)) {
      throw storage_error(message("error.db_is_folder", path));
    }
  }
  if (mode == open_mode::read && !is_in_memory(path)) return open_for_reading(path);
  return open_for_writing(path, mode == open_mode::create);
}

SQLite::Database open_connection(const std::string& path, bool create) {
  return open_connection(path, create ? open_mode::create : open_mode::write);
}

}  // namespace hashigo::store
