#include "store/sqlite_error.hpp"

#include <cerrno>
#include <cstring>
#include <string>

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <hashigo/error.hpp>

#include "store/file_access.hpp"

namespace hashigo::store {

namespace {

// SQLiteCpp reports -1 for its own (non-SQLite) errors; the extended code is only meaningful
// when SQLite produced the error, and its low byte is the primary code.
int primary_code(const SQLite::Exception& e) noexcept {
  const int extended = e.getExtendedErrorCode();
  const int code = extended > 0 ? extended : e.getErrorCode();
  return code > 0 ? (code & 0xff) : code;
}

bool disk_full(int os_errno) noexcept { return os_errno == ENOSPC || os_errno == EDQUOT; }

}  // namespace

bool is_busy(const SQLite::Exception& e) noexcept {
  const int code = primary_code(e);
  return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

int system_errno(const SQLite::Database& db) noexcept { return sqlite3_system_errno(db.getHandle()); }

void throw_storage_error(const std::string& path, const SQLite::Exception& e, std::string_view doing,
                         int os_errno) {
  std::string message = path;
  message += ": cannot ";
  message += doing;
  message += ": ";
  if (is_busy(e)) {
    // The user can act on this one (another hashigo is writing), so say it plainly.
    message += "the database is locked by another process (waited ";
    message += std::to_string(busy_timeout_ms / 1000);
    message += " s); nothing was written, try again";
    throw storage_error(message, "E_LOCKED");
  }
  const int code = primary_code(e);
  // The errno only explains I/O-level failures; after any other error it may be stale.
  const bool os_level = code == SQLITE_IOERR || code == SQLITE_CANTOPEN || code == SQLITE_FULL ||
                        code == SQLITE_READONLY;
  if (code == SQLITE_FULL || (os_level && disk_full(os_errno))) {
    message += "the disk is full; nothing was written";
    throw storage_error(message, "E_DISK_FULL");
  }
  if (code == SQLITE_READONLY || (os_level && (os_errno == EACCES || os_errno == EPERM || os_errno == EROFS))) {
    // SQLite says "readonly database" for the file, its folder (no -wal/-shm) and a read-only
    // mount alike; the file system knows which one it is.
    std::string reason = unwritable_reason(path, inspect(path));
    if (reason.empty()) reason = std::string("the database is read-only (") + e.what() + ")";
    message += reason;
    message += "; nothing was written";
    throw storage_error(message, "E_READ_ONLY");
  }
  switch (code) {
    case SQLITE_NOTADB:
      message += "not a SQLite database";
      break;
    case SQLITE_CORRUPT:
      message += "the database file is corrupt (";
      message += e.what();
      message += ")";
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      message += e.what();
      if (os_level && os_errno != 0) {
        message += " (";
        message += std::strerror(os_errno);
        message += ")";
      }
      break;
    default:
      message += e.what();
      break;
  }
  throw storage_error(message);
}

}  // namespace hashigo::store
