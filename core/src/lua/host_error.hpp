#pragma once
// A script_error crossing Lua frames (a nested protect, or a host function such as `require`
// that loads another chunk) travels as a marked error table, so the outermost protect rethrows
// it with its original code, location and traceback instead of wrapping its text in RULE002.
//
// The table is { code =, location =, message =, traceback = } with an unforgeable light-userdata
// marker key and a locked metatable whose __tostring gives the `code location: message` text,
// so a script that catches it with pcall can read `err.message` or print it.
#include "lua/sandbox.hpp"

#include <lua.hpp>

#include <optional>

namespace hashigo::lua {

/// Raises `e` as a marked error table.
// stack: [] -> (raises)
[[noreturn]] void raise_script_error(lua_State* L, const script_error& e);

/// Raises a script_error with `code` and `message` from a C function, located at the innermost
/// Lua line calling it (the rule's line), or without a location when no Lua code is running.
// stack: [] -> (raises)
[[noreturn]] void raise_coded_error(lua_State* L, const char* code, const std::string& message);

/// True when the value at `idx` is a marked error table (raw check, never runs Lua code).
// stack: [] -> []
bool is_carried_error(lua_State* L, int idx);

/// If the value at `idx` is a marked error table, returns the script_error it carries.
// stack: [] -> []
std::optional<script_error> carried_script_error(lua_State* L, int idx);

}  // namespace hashigo::lua
