#pragma once
/// @file Opening one configured SQLite connection to a hashigo file (no migrations, no statements).
#include <string>

#include <SQLiteCpp/Database.h>

namespace hashigo::store {

/// Opens `path` (creating it when `create`), refuses a newer or foreign schema before writing
/// anything, then sets WAL, synchronous=NORMAL, foreign keys and the busy timeout.
/// Throws storage_error naming the path.
SQLite::Database open_connection(const std::string& path, bool create);

}  // namespace hashigo::store
