#pragma once
// Read-only proxies (S8): an empty table whose metatable forwards reads to the real table and
// refuses writes. Used for the library tables of the sandbox and for data handed to rules.
//
// Layout of one proxy:  proxy = {} --metatable--> mt = { __index = real, __newindex = refuse,
//   __len = #real, __pairs = iterate real, __metatable = "locked", name = "case" | up = parent mt,
//   key = key in parent }. Nested tables of `real` are themselves proxies, so no path from a
//   proxy reaches a writable table. `next`/`rawlen`/`rawget` on a proxy see an empty table.
#include <lua.hpp>

namespace hashigo::lua {

/// Metatable of a root proxy called `name` (used in error messages).
// stack: [] -> [mt]
void push_readonly_meta(lua_State* L, const char* name);

/// Metatable of a nested proxy: `parent_mt` is the parent's metatable, `key` its key there.
// stack: [] -> [mt]
void push_readonly_meta(lua_State* L, int parent_mt, int key);

/// Finishes a proxy: sets `mt.__index = real` and returns an empty table with metatable `mt`.
// stack: [mt, real] -> [proxy]
void seal_readonly(lua_State* L);

/// Completes the real table at `real` when it builds fields on first access (lua::lazy_view:
/// its metatable has `load_all`), so that walking it sees every field. Otherwise does nothing.
// stack: [] -> []
void complete_readonly(lua_State* L, int real);

/// Makes a read-only proxy for an existing table (library tables).
// stack: [real] -> [proxy]
void make_readonly(lua_State* L, const char* name);

/// If the value at `idx` is a read-only proxy, pushes its real table and returns true;
/// otherwise pushes nothing. Raw access only; no metamethod runs.
// stack: [] -> [real] | []
bool push_readonly_target(lua_State* L, int idx);

}  // namespace hashigo::lua
