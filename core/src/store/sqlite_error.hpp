#pragma once
/// @file Turns SQLiteCpp exceptions into hashigo's storage_error, naming the file and the job.
#include <hashigo/error.hpp>

#include <string>
#include <string_view>

namespace SQLite {
class Database;
class Exception;
}  // namespace SQLite

namespace hashigo::store {

/// How long a connection waits for another writer before giving up with "database is locked".
inline constexpr int busy_timeout_ms = 5000;

/// True when `e` means another connection held the lock past the busy timeout.
bool is_busy(const SQLite::Exception& e) noexcept;

/// The errno of the last failed system call on `db`'s connection (sqlite3_system_errno): where
/// SQLite only says "disk I/O error", this tells a full disk from a permission problem.
int system_errno(const SQLite::Database& db) noexcept;

/// Throws storage_error "<path>: cannot <doing>: <reason>"; code E_LOCKED when the file was busy,
/// E_READ_ONLY when the file, its folder or its file system cannot be written, E_DISK_FULL when
/// the disk is full. `doing` is a catalogued verb phrase such as message("store.append_events", "b-san");
/// `os_errno` is system_errno() of the connection (0 when unknown).
[[noreturn]] void throw_storage_error(const std::string& path, const SQLite::Exception& e,
                                      const message& doing, int os_errno = 0);

}  // namespace hashigo::store
