#pragma once
// Tables frozen in place. A table a rule can reach from its upvalues after its module has loaded
// (a module-level table of thresholds, texts, helpers) lives as long as the pack's state: a rule
// writing to it would leave state for the next evaluation, whose decision would then depend on
// what was evaluated before it (watch, `eval --monthly`, pack tests, a server).
//
// Freezing keeps the table's identity (upvalues and other tables still point at it) and moves
// its contents to a hidden backing table:
//
//   t = {} --metatable--> fm = { __index = backing (or a function trying backing, then the old
//     __index), __newindex = refuse, __len = #backing, __pairs = walk backing, __metatable =
//     the old one or "locked", the other metamethods of the old metatable, [key] = backing }
//
// Reads, `#`, `ipairs`, `pairs`, `next` and `rawlen` (sandbox wrappers), table.concat/unpack
// and to_json see the contents; every write raises `attempt to modify module-level table …`.
#include <lua.hpp>

#include <string_view>

namespace hashigo::lua {

/// Freezes the table at `idx` in place (it must not be frozen or be a host table); `name` says
/// where it was found (`stages`, `groups.a`) for error messages.
// stack: [] -> []
void freeze_table(lua_State* L, int idx, std::string_view name);

/// If the value at `idx` is a frozen table, pushes its backing table and returns true; otherwise
/// pushes nothing. Raw access only.
// stack: [] -> [backing] | []
bool push_frozen_backing(lua_State* L, int idx);

/// True when the value at `idx` is a frozen table (its contents can no longer change).
// stack: [] -> []
bool is_frozen(lua_State* L, int idx);

/// The contents a table shows to rules: the backing of a frozen table, the (completed) real
/// table of a read-only view, or the table itself.
// stack: [] -> [contents]
void push_visible_contents(lua_State* L, int idx);

/// The sandbox's next(t, k): walks what push_visible_contents shows.
// stack: [t, k?] -> [k, v] | [nil]
int sandbox_next(lua_State* L);

/// The sandbox's rawlen(v): for tables, the border of what push_visible_contents shows.
// stack: [v] -> [n]
int sandbox_rawlen(lua_State* L);

}  // namespace hashigo::lua
