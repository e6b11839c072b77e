#pragma once
/// @file Opening one configured SQLite connection to a hashigo file (no migrations, no statements).
#include <string>

#include <SQLiteCpp/Database.h>

#include <hashigo/store/database.hpp>

namespace hashigo::store {

/// Opens `path` for `mode` and refuses a newer or foreign schema before writing anything.
/// Writing modes first refuse a file, folder or file system hashigo must not write, then set
/// WAL, synchronous=NORMAL, foreign keys and the busy timeout. Reading opens a read-only
/// connection (immutable when no writer can exist, see file_access.hpp; with the WAL index in
/// memory when a full disk leaves no room for -shm) and refuses a file still to be migrated.
/// Throws storage_error naming the path.
SQLite::Database open_connection(const std::string& path, open_mode mode);

/// The same with open_mode::create when `create`, else open_mode::write.
SQLite::Database open_connection(const std::string& path, bool create);

}  // namespace hashigo::store
