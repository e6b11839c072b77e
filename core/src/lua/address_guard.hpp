#pragma once
// tostring and string.format without heap addresses. Lua prints a table, function, thread or
// userdata without __tostring as `table: 0x55d1…`, and `string.format("%p", v)` prints the
// address itself: an address differs from run to run (ASLR, allocation order), so a rule that
// put one into a reason, a key or a comparison made decisions that could not be replayed.
//
// Here such a value prints as its type (`table`, `function`, …), or as its metatable's `__name`
// when that is a string; `__tostring` still runs when present; `%p` is refused. Every host path
// that turns a rule value into text goes through `push_display_text`.
#include <lua.hpp>

namespace hashigo::lua {

/// luaL_tolstring without addresses: __tostring (which must return a string), else numbers,
/// strings, booleans and nil as Lua prints them, else `__name` or the type name.
// stack: [] -> [text]
void push_display_text(lua_State* L, int idx);

/// The sandbox's tostring(v).
// stack: [v] -> [text]
int sandbox_tostring(lua_State* L);

/// The sandbox's string.format: refuses `%p`, gives `%s` the text of push_display_text, and
/// otherwise runs the original (upvalue 1) in its own frame.
// stack: [fmt, args...] -> [text]
int sandbox_format(lua_State* L);

}  // namespace hashigo::lua
