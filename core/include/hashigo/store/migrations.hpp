#pragma once
/// @file Schema migrations embedded at build time from db/migrations/NNNN_name.sql.
#include <vector>

namespace hashigo::store {

/// One migration file: its name (`0001_init.sql`) and its SQL text.
struct migration {
  const char* name;
  const char* sql;
};

/// Every migration in order; migration i brings `PRAGMA user_version` from i to i + 1.
const std::vector<migration>& migrations();

}  // namespace hashigo::store
