#pragma once
/// @file Schema migrations: version checks and applying the pending ones.
#include <string>
#include <vector>

#include <hashigo/store/migrations.hpp>

namespace SQLite {
class Database;
}

namespace hashigo::store {

/// The application id 0001_init.sql stamps into the file header ('HSGO').
inline constexpr int hashigo_application_id = 0x4853474F;

/// `PRAGMA user_version` of an open connection.
int read_schema_version(SQLite::Database& db);

/// Throws storage_error when the file was written by a newer hashigo (its schema version is
/// beyond `known`) or is some other program's SQLite database. Does not write.
void refuse_foreign_schema(SQLite::Database& db, const std::string& path, int known);

/// Applies every migration of `all` past the file's user_version, each in its own transaction
/// that also bumps user_version; returns how many were applied. Takes the write lock only when
/// a migration is pending. Throws storage_error naming the
/// migration that failed (that one is rolled back, earlier ones stay).
int apply_migrations(SQLite::Database& db, const std::string& path,
                     const std::vector<migration>& all = migrations());

}  // namespace hashigo::store
