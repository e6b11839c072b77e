#pragma once
// Helpers shared by the Lua host tests: run a chunk, get its result as JSON or its error.
#include "lua/convert.hpp"
#include "lua/sandbox.hpp"

#include <lua.hpp>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace hashigo::lua::test {

/// Loads and runs `src`; returns the script_error it raised, or nullopt if it succeeded.
inline std::optional<script_error> error_of(state& s, std::string_view src,
                                            const std::string& name = "rules/t/x.lua") {
  try {
    const int ref = s.load_chunk(src, name);
    s.protect("cleanup", [&](lua_State* L) { luaL_unref(L, LUA_REGISTRYINDEX, ref); });
  } catch (const script_error& e) {
    return e;
  }
  return std::nullopt;
}

/// Loads and runs `src` and converts its first result with to_json (path "result").
inline nlohmann::json run(state& s, std::string_view src,
                          const std::string& name = "rules/t/ok.lua") {
  const int ref = s.load_chunk(src, name);
  nlohmann::json out;
  s.protect("result", [&](lua_State* L) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
    out = to_json(L, -1, "result");
    lua_pop(L, 1);
    luaL_unref(L, LUA_REGISTRYINDEX, ref);
  });
  return out;
}

/// The state still works: a normal chunk runs and returns the right value.
inline bool healthy(state& s) {
  return run(s, "local t = {} for i = 1, 10 do t[#t + 1] = i * i end return t[10]") == 100;
}

}  // namespace hashigo::lua::test
