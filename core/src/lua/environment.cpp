// Building the allow-listed, strict sandbox environment (lua-host.md S6, S7, S8).
#include "lua/environment.hpp"

#include "lua/address_guard.hpp"
#include "lua/budget.hpp"
#include "lua/frozen.hpp"
#include "lua/readonly.hpp"
#include "lua/stack.hpp"
#include "lua/string_guard.hpp"
#include "lua/table_sort.hpp"

#include <algorithm>
#include <cstring>

namespace hashigo::lua {
namespace {

// Registry keys (addresses of these objects, used with lua_rawgetp/lua_rawsetp).
char env_key = 0;
char globals_key = 0;

constexpr const char* base_allowed[] = {
    "assert", "error",    "ipairs",   "next",     "pairs",  "pcall",
    "select", "tonumber", "tostring", "type",     "rawequal", "rawlen", "getmetatable",
};  // plus setmetatable and xpcall; tostring, next and rawlen are replaced below
constexpr const char* string_allowed[] = {
    "byte", "char", "format", "len", "lower", "upper", "rep", "reverse", "sub",
    "find", "match", "gmatch", "gsub",  // wrapped by guard_pattern_functions
};
constexpr const char* table_allowed[] = {"concat", "insert", "remove", "sort", "unpack"};
constexpr const char* math_denied[] = {"random", "randomseed"};

template <std::size_t N>
bool listed(const char* const (&list)[N], const char* name) {
  for (const char* item : list)
    if (std::strcmp(item, name) == 0) return true;
  return false;
}

// __index of G: any name not in G is an error, which catches misspelt names.
// stack: [G, key] -> (raises)
int unknown_global(lua_State* L) {
  if (lua_type(L, 2) == LUA_TSTRING)
    return luaL_error(L, "unknown global '%s' (misspelled name?)", lua_tostring(L, 2));
  return luaL_error(L, "unknown global (a %s key)", luaL_typename(L, 2));
}

// __newindex of _ENV: globals cannot be created or replaced. Upvalue 1 is G.
// stack: [env, key, value] -> (raises)
int assign_global(lua_State* L) {
  if (lua_type(L, 2) != LUA_TSTRING)
    return luaL_error(L, "assignment to undeclared global (a %s key) (use local)",
                      luaL_typename(L, 2));
  lua_pushvalue(L, 2);
  if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL)
    return luaL_error(L, "assignment to read-only global '%s' (use local)", lua_tostring(L, 2));
  return luaL_error(L, "assignment to undeclared global '%s' (use local)", lua_tostring(L, 2));
}

// Message handler installed by the xpcall wrapper; upvalue 1 is the script's handler.
// Once the budget is exhausted the error comes from the count hook, where Lua runs message
// handlers with hooks disabled: calling the script's handler then would let it loop forever.
// stack: [err] -> [result]
int budget_aware_handler(lua_State* L) {
  if (budget_of(L).exhausted) {
    lua_settop(L, 1);
    return 1;
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

// The sandboxed xpcall: the original (upvalue 1) with the handler wrapped.
// stack: [f, msgh, args...] -> [ok, results...]
int sandbox_xpcall(lua_State* L) {
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_pushvalue(L, 2);
  lua_pushcclosure(L, budget_aware_handler, 1);
  lua_replace(L, 2);
  const int nargs = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, nargs, LUA_MULTRET);
  return lua_gettop(L);
}

// Library functions whose single C call loops over a whole string or table. The count hook does
// not see that work, so these count towards the wall-clock check (count_costly_call). Upvalue 1
// is the original. (table.sort is the sandbox's own, charging each comparison: table_sort.hpp.)
// stack: [args...] -> [results of the original]
int clocked(lua_State* L) {
  count_costly_call(L);
  return call_wrapped_original(L);
}

// The functions `clocked` wraps: each can take milliseconds on one call (a string or table of
// megabytes). The pattern functions, string.rep, table.insert and table.remove have wrappers of
// their own that count too (string.format: address_guard.hpp); the rest of the allow-list is O(1)
// per call or runs Lua code.
constexpr const char* costly_base[] = {"tonumber", "rawequal"};
constexpr const char* costly_string[] = {"byte", "char", "lower", "upper", "reverse", "sub"};
constexpr const char* costly_table[] = {"concat", "unpack"};
constexpr const char* costly_utf8[] = {"char", "codepoint", "len", "offset"};

// Library functions whose single C call could loop for ever, out of reach of the count hook
// (it needs Lua instructions). Upvalue 1 is the original.

// string.rep(s, n, sep): lstrlib.c `str_rep` copies nothing n times when s and sep are both
// empty, so ("").rep("", math.maxinteger) never returns. The result is "" anyway.
// stack: [s, n, sep?] -> [result]
int sandbox_rep(lua_State* L) {
  count_costly_call(L);
  std::size_t l = 0;
  std::size_t lsep = 0;
  luaL_checklstring(L, 1, &l);
  luaL_checkinteger(L, 2);
  luaL_optlstring(L, 3, "", &lsep);
  if (l == 0 && lsep == 0) {
    lua_pushliteral(L, "");
    return 1;
  }
  return call_wrapped_original(L);
}

// table.insert(t, pos, v) / table.remove(t, pos) move every element from pos to #t in one C
// call, and take #t from the table's __len: a __len returning math.maxinteger made one call
// loop for ever. The move is charged to the instruction budget first (1 per element), which
// also bounds large shifts in a loop deterministically. Appending and removing the last
// element move nothing and cost nothing.
// stack: [t, pos?, v?] -> [results of the original]
template <bool Insert>
int sandbox_shift(lua_State* L) {
  count_costly_call(L);
  luaL_checktype(L, 1, LUA_TTABLE);
  const int nargs = lua_gettop(L);
  if (nargs == (Insert ? 3 : 2) && lua_isinteger(L, 2)) {
    const lua_Integer n = luaL_len(L, 1);  // what the original will use (may run __len)
    const lua_Integer pos = lua_tointeger(L, 2);
    // insert moves n + 1 - pos elements, remove n - pos (capped: the budget is far smaller)
    if (pos >= 1 && pos <= n)
      charge_budget(L, std::min<lua_Integer>(n - pos + (Insert ? 1 : 0), lua_Integer{1} << 40));
  }
  return call_wrapped_original(L);
}

// stack: [] -> []   lib.name = wrapper(original lib.name)
void wrap_function(lua_State* L, int lib, const char* name, lua_CFunction wrapper) {
  lua_getfield(L, lib, name);
  lua_pushcclosure(L, wrapper, 1);
  lua_setfield(L, lib, name);
}

// stack: [] -> []   lib.name = clocked(original lib.name), for each name
template <std::size_t N>
void wrap_costly(lua_State* L, int lib, const char* const (&names)[N]) {
  for (const char* name : names) wrap_function(L, lib, name, clocked);
}

// Opens one standard library (stored in the registry's _LOADED, as luaL_openlibs does).
// stack: [] -> [lib]
void open_lib(lua_State* L, const char* name, lua_CFunction open) {
  luaL_requiref(L, name, open, 0);
}

// Copies the fields of the table at `from` that `keep(name)` accepts into a new table.
// stack: [] -> [copy]
template <typename Keep>
void push_filtered_copy(lua_State* L, int from, Keep keep) {
  from = lua_absindex(L, from);
  lua_newtable(L);
  lua_pushnil(L);
  while (lua_next(L, from) != 0) {
    // stack: [copy, key, value]
    if (lua_type(L, -2) == LUA_TSTRING && keep(lua_tostring(L, -2))) {
      lua_pushvalue(L, -2);
      lua_insert(L, -2);
      lua_rawset(L, -4);
    } else {
      lua_pop(L, 1);
    }
  }
}

// Strips the real string table down to the allow-list (this removes `dump`, so `("").dump`
// is nil too), wraps the pattern functions and locks the string metatable (S8).
// stack: [] -> [string_lib]
void harden_string(lua_State* L) {
  open_lib(L, LUA_STRLIBNAME, luaopen_string);
  const int lib = lua_gettop(L);
  lua_pushnil(L);
  while (lua_next(L, lib) != 0) {
    lua_pop(L, 1);
    // stack: [lib, key]
    if (lua_type(L, -1) != LUA_TSTRING || !listed(string_allowed, lua_tostring(L, -1))) {
      lua_pushvalue(L, -1);
      lua_pushnil(L);
      lua_rawset(L, lib);  // clearing a field during lua_next is allowed
    }
  }
  guard_pattern_functions(L, lib);
  wrap_function(L, lib, "rep", sandbox_rep);
  wrap_function(L, lib, "format", sandbox_format);
  wrap_costly(L, lib, costly_string);
  lua_pushliteral(L, "");
  lua_getmetatable(L, -1);
  // stack: [lib, "", string_mt]
  lua_pushliteral(L, "locked");
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 2);
}

// stack: [lib] -> []   G[name] = read-only proxy of lib
void add_library(lua_State* L, int globals, const char* name) {
  make_readonly(L, name);
  lua_setfield(L, globals, name);
}

}  // namespace

void open_sandbox(lua_State* L) {
  luaL_checkstack(L, 12, "open_sandbox");
  open_lib(L, "_G", luaopen_base);  // fills the real globals table, which stays hidden
  const int real = lua_gettop(L);
  lua_createtable(L, 0, 24);
  const int globals = lua_gettop(L);
  // stack: [real_G, G]
  for (const char* name : base_allowed) {
    lua_getfield(L, real, name);
    lua_setfield(L, globals, name);
  }
  wrap_costly(L, globals, costly_base);
  // Without addresses in their text (address_guard.hpp); seeing through frozen and read-only
  // tables (frozen.hpp), which are empty tables with a metatable.
  lua_pushcfunction(L, sandbox_tostring);
  lua_setfield(L, globals, "tostring");
  lua_pushcfunction(L, sandbox_next);
  lua_setfield(L, globals, "next");
  lua_pushcfunction(L, sandbox_rawlen);
  lua_setfield(L, globals, "rawlen");
  lua_pushcfunction(L, sandbox_setmetatable);
  lua_setfield(L, globals, "setmetatable");
  lua_getfield(L, real, "xpcall");
  lua_pushcclosure(L, sandbox_xpcall, 1);
  lua_setfield(L, globals, "xpcall");

  harden_string(L);
  add_library(L, globals, LUA_STRLIBNAME);

  open_lib(L, LUA_TABLIBNAME, luaopen_table);
  push_filtered_copy(L, -1, [](const char* n) { return listed(table_allowed, n); });
  lua_remove(L, -2);
  wrap_function(L, lua_gettop(L), "insert", sandbox_shift<true>);
  wrap_function(L, lua_gettop(L), "remove", sandbox_shift<false>);
  lua_pushcfunction(L, sandbox_sort);
  lua_setfield(L, -2, "sort");
  wrap_costly(L, lua_gettop(L), costly_table);
  add_library(L, globals, LUA_TABLIBNAME);

  open_lib(L, LUA_MATHLIBNAME, luaopen_math);
  push_filtered_copy(L, -1, [](const char* n) { return !listed(math_denied, n); });
  lua_remove(L, -2);
  add_library(L, globals, LUA_MATHLIBNAME);

  open_lib(L, LUA_UTF8LIBNAME, luaopen_utf8);
  push_filtered_copy(L, -1, [](const char*) { return true; });
  lua_remove(L, -2);
  wrap_costly(L, lua_gettop(L), costly_utf8);
  add_library(L, globals, LUA_UTF8LIBNAME);

  // G's metatable: unknown names are errors.
  lua_createtable(L, 0, 2);
  lua_pushcfunction(L, unknown_global);
  lua_setfield(L, -2, "__index");
  lua_pushliteral(L, "locked");
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, globals);

  // _ENV: an always-empty proxy over G.
  lua_createtable(L, 0, 0);
  lua_createtable(L, 0, 3);
  lua_pushvalue(L, globals);
  lua_setfield(L, -2, "__index");
  lua_pushvalue(L, globals);
  lua_pushcclosure(L, assign_global, 1);
  lua_setfield(L, -2, "__newindex");
  lua_pushliteral(L, "locked");
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  // stack: [real_G, G, env]
  lua_rawsetp(L, LUA_REGISTRYINDEX, &env_key);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &globals_key);
  lua_pop(L, 1);
}

void push_sandbox_env(lua_State* L) { lua_rawgetp(L, LUA_REGISTRYINDEX, &env_key); }

bool is_sandbox_environment(lua_State* L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE) return false;
  idx = lua_absindex(L, idx);
  lua_rawgetp(L, LUA_REGISTRYINDEX, &env_key);
  lua_rawgetp(L, LUA_REGISTRYINDEX, &globals_key);
  const bool found = lua_rawequal(L, idx, -2) || lua_rawequal(L, idx, -1);
  lua_pop(L, 2);
  return found;
}

void set_sandbox_global(lua_State* L, const char* name) {
  // stack: [value]
  lua_rawgetp(L, LUA_REGISTRYINDEX, &globals_key);
  lua_insert(L, -2);
  // stack: [G, value]
  lua_setfield(L, -2, name);
  lua_pop(L, 1);
}

}  // namespace hashigo::lua
