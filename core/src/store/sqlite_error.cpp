#include "store/sqlite_error.hpp"

#include <string>

#include <sqlite3.h>

#include <SQLiteCpp/Exception.h>

#include <hashigo/error.hpp>

namespace hashigo::store {

namespace {

// SQLiteCpp reports -1 for its own (non-SQLite) errors; the extended code is only meaningful
// when SQLite produced the error, and its low byte is the primary code.
int primary_code(const SQLite::Exception& e) noexcept {
  const int extended = e.getExtendedErrorCode();
  return extended > 0 ? (extended & 0xff) : e.getErrorCode();
}

}  // namespace

bool is_busy(const SQLite::Exception& e) noexcept {
  const int code = primary_code(e);
  return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

void throw_storage_error(const std::string& path, const SQLite::Exception& e,
                         std::string_view doing) {
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
  switch (primary_code(e)) {
    case SQLITE_FULL:
      message += "the disk is full; nothing was written";
      break;
    case SQLITE_READONLY:
      message += "the database is read-only (check the file's permissions)";
      break;
    case SQLITE_NOTADB:
      message += "not a SQLite database";
      break;
    case SQLITE_CORRUPT:
      message += "the database file is corrupt (";
      message += e.what();
      message += ")";
      break;
    default:
      message += e.what();
      break;
  }
  throw storage_error(message);
}

}  // namespace hashigo::store
