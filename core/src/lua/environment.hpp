#pragma once
// The sandbox environment (lua-host.md S6, S7, S8): one allow-listed, strict _ENV per state,
// shared by every chunk loaded into that state.
//
//   _ENV = {} --mt--> { __index = G, __newindex = refuse, __metatable = "locked" }
//   G    = { assert, error, ..., string = proxy, table = proxy, ... } --mt--> { __index = unknown }
//
// Reading a name missing from G raises `unknown global 'x' (misspelled name?)`; every write to
// _ENV raises `assignment to undeclared global 'x' (use local)`. G and the real globals table
// (LUA_RIDX_GLOBALS, which holds the unfiltered base library) are unreachable from scripts.
#include <lua.hpp>

namespace hashigo::lua {

/// Opens the allowed standard libraries, hardens the string library and builds the sandbox
/// environment; stores it in the registry. Call once, inside a protected call.
// stack: [] -> []
void open_sandbox(lua_State* L);

/// Pushes the sandbox `_ENV` of this state.
// stack: [] -> [env]
void push_sandbox_env(lua_State* L);

/// Adds (or replaces) a host-provided global such as `ctx`, `log` or `require`. Host globals are
/// visible to every chunk of the state; wrap tables with `make_readonly` first.
// stack: [value] -> []
void set_sandbox_global(lua_State* L, const char* name);

/// True when the value at `idx` is this state's sandbox `_ENV` or the table of globals behind it.
// stack: [] -> []
bool is_sandbox_environment(lua_State* L, int idx);

/// The sandboxed `setmetatable` (setmetatable.cpp): installs a private copy of the metatable,
/// refused `__gc` (finalizers run with hooks off and can hang lua_close) and `__mode` (weak
/// tables make results depend on GC timing), so that later edits of the given table cannot
/// reach it; `getmetatable` still returns the given table. Raw checks only.
// stack: [t, mt] -> [t]
int sandbox_setmetatable(lua_State* L);

}  // namespace hashigo::lua
