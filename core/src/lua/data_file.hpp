#pragma once
// Loading a Lua file that only describes data (pack test files): sandboxed like rules, its
// return value converted to JSON.
#include "lua/sandbox.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace hashigo::lua {

/// Runs `source` (named `@chunk_name`) in a fresh sandboxed state and returns its result as JSON.
/// Throws script_error (RULE001..005) naming the file.
nlohmann::json load_data(std::string_view source, const std::string& chunk_name, const limits& lim = {});

}  // namespace hashigo::lua
