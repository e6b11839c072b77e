#pragma once
// Conversions between Lua values and JSON (lua-host.md §3.4, S13). Every function here may
// raise a Lua error (out of memory, bad value): call them inside `state::protect`.
#include <nlohmann/json.hpp>

#include <string>

struct lua_State;

namespace hashigo::lua {

/// Deepest table nesting `to_json` accepts.
inline constexpr int max_json_depth = 32;

/// Converts the value at `idx` to JSON, with raw access only (no metamethod runs).
///  - nil -> null, booleans, strings (must be valid UTF-8);
///  - integers -> JSON integers, floats -> JSON floats, even when integral (`2.0` stays `2.0`):
///    Lua keeps the two subtypes apart, so the output is deterministic; NaN and +-infinity
///    are refused;
///  - a table whose keys are exactly 1..n -> array; a table with only string keys -> object
///    (keys sorted, since nlohmann's object is a std::map); an empty table -> `[]` (empty
///    array); other keys (0, negative, sparse, floats, booleans, mixed) are refused;
///  - a read-only proxy (push_readonly) is converted through to the table it guards;
///  - functions, userdata, threads, cycles and nesting deeper than `max_json_depth` are
///    refused. Shared subtables that do not form a cycle are copied.
/// Errors name the path: `outcome.reasons[2]: NaN is not allowed` (indices are Lua's, from 1).
// stack: [] -> []
nlohmann::json to_json(lua_State* L, int idx, const std::string& path);

/// Pushes `v` as plain tables (objects -> string-keyed tables, arrays -> sequences from 1).
/// JSON null pushes nil: a null object field is absent, a null array element leaves a hole.
/// Unsigned integers above 2^63-1 and binary values are refused.
// stack: [] -> [value]
void push_json(lua_State* L, const nlohmann::json& v);

/// Pushes `v` as a deeply read-only view (see readonly.hpp): reads, `#`, `pairs` and `ipairs`
/// work at every depth; writes raise `attempt to modify read-only <name>.<path> field 'x'`;
/// `getmetatable` returns "locked". The real tables and the proxies are built in one pass.
// stack: [] -> [proxy]
void push_readonly(lua_State* L, const nlohmann::json& v, const char* name);

}  // namespace hashigo::lua
