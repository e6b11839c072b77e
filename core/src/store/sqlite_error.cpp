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

void throw_storage_error(const std::string& path, const SQLite::Exception& e, const message& doing,
                         int os_errno) {
  const auto framed = [&](message reason, const char* code) {
    return storage_error(message("error.store_cannot", path, message::nested(doing), message::nested(std::move(reason))), code);
  };
  if (is_busy(e)) {
    // The user can act on this one (another hashigo is writing), so say it plainly.
    throw framed(message("error.db_locked", busy_timeout_ms / 1000), "E_LOCKED");
  }
  const int code = primary_code(e);
  // The errno only explains I/O-level failures; after any other error it may be stale.
  const bool os_level = code == SQLITE_IOERR || code == SQLITE_CANTOPEN || code == SQLITE_FULL ||
                        code == SQLITE_READONLY;
  if (code == SQLITE_FULL || (os_level && disk_full(os_errno))) throw framed(message("error.disk_full"), "E_DISK_FULL");
  if (code == SQLITE_READONLY || (os_level && (os_errno == EACCES || os_errno == EPERM || os_errno == EROFS))) {
    // SQLite says "readonly database" for the file, its folder (no -wal/-shm) and a read-only
    // mount alike; the file system knows which one it is.
    auto reason = unwritable_reason(path, inspect(path));
    if (!reason) reason = message("error.db_read_only", e.what());
    throw framed(message("error.nothing_written", message::nested(std::move(*reason))), "E_READ_ONLY");
  }
  switch (code) {
    case SQLITE_NOTADB: throw framed(message("error.not_sqlite"), "E_STORE");
    case SQLITE_CORRUPT: throw framed(message("error.db_corrupt", e.what()), "E_STORE");
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      if (os_level && os_errno != 0)
        throw framed(message::verbatim(std::string(e.what()) + " (" + std::strerror(os_errno) + ")"), "E_STORE");
      break;
    default: break;
  }
  throw framed(message::verbatim(e.what()), "E_STORE");
}

}  // namespace hashigo::store
