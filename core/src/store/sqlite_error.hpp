#pragma once
/// @file Turns SQLiteCpp exceptions into hashigo's storage_error, naming the file and the job.
#include <string>
#include <string_view>

namespace SQLite {
class Exception;
}

namespace hashigo::store {

/// How long a connection waits for another writer before giving up with "database is locked".
inline constexpr int busy_timeout_ms = 5000;

/// True when `e` means another connection held the lock past the busy timeout.
bool is_busy(const SQLite::Exception& e) noexcept;

/// Throws storage_error "<path>: cannot <doing>: <reason>"; code E_LOCKED when the file was busy.
/// `doing` is a verb phrase such as "append events to case 'b-san'".
[[noreturn]] void throw_storage_error(const std::string& path, const SQLite::Exception& e,
                                      std::string_view doing);

}  // namespace hashigo::store
