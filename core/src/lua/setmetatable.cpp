// The sandbox's setmetatable: installs a private copy of the metatable it is given.
//
// Lua reads `__mode` (and `__gc`) from the installed metatable whenever the collector runs, so
// checking the given table was not enough: `mt.__mode = "k"` after `setmetatable(t, mt)` still
// made t weak, and a decision then depended on when the collector ran. The copy is refused
// `__gc` and `__mode` up front and is never reachable from a script: its `__metatable` is the
// table the script passed (unless the script set `__metatable` itself), so `getmetatable(t)`
// still returns that table, and edits of it no longer reach t. A metamethod added to `mt` after
// the call has no effect on t either (`__index = mt` still sees mt's later fields).
#include "lua/environment.hpp"

#include "lua/frozen.hpp"

namespace hashigo::lua {
namespace {

// copy[&private_key] = true marks a metatable installed here with the script's table as its
// `__metatable`: such a metatable may be replaced by a later setmetatable.
char private_key = 0;

// stack: [] -> []   raises when `source` holds `field`
void refuse_field(lua_State* L, int source, const char* field, const char* why) {
  lua_pushstring(L, field);
  if (lua_rawget(L, source) != LUA_TNIL) luaL_error(L, "setmetatable: '%s' is not allowed in rules (%s)", field, why);
  lua_pop(L, 1);
}

}  // namespace

int sandbox_setmetatable(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  const int t = lua_type(L, 2);
  luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
  lua_settop(L, 2);
  if (lua_getmetatable(L, 1)) {  // [t, mt, current]
    const bool ours = lua_rawgetp(L, 3, &private_key) != LUA_TNIL;
    lua_pop(L, 1);
    if (!ours) {
      lua_pushliteral(L, "__metatable");
      if (lua_rawget(L, 3) != LUA_TNIL) {
        if (push_frozen_backing(L, 1))
          return luaL_error(L, "cannot change the metatable of a module-level table (read-only once the pack has loaded)");
        return luaL_error(L, "cannot change a protected metatable");
      }
      lua_pop(L, 1);
    }
    lua_pop(L, 1);  // [t, mt]
  }
  if (t == LUA_TNIL) {
    lua_setmetatable(L, 1);
    return 1;
  }
  // A frozen table used as a metatable keeps its fields in its backing table.
  if (!push_frozen_backing(L, 2)) lua_pushvalue(L, 2);  // [t, mt, source]
  const int source = 3;
  refuse_field(L, source, "__gc", "finalizers cannot be interrupted");
  refuse_field(L, source, "__mode", "weak tables make results depend on garbage collection");
  lua_createtable(L, 0, 8);  // [t, mt, source, copy]
  const int copy = 4;
  lua_pushnil(L);
  while (lua_next(L, source) != 0) {
    if (lua_type(L, -2) == LUA_TLIGHTUSERDATA) {  // the host's markers stay where they are
      lua_pop(L, 1);
      continue;
    }
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, copy);
  }
  lua_pushliteral(L, "__metatable");
  if (lua_rawget(L, copy) == LUA_TNIL) {
    lua_pushvalue(L, 2);
    lua_setfield(L, copy, "__metatable");  // getmetatable(t) gives back the script's table
    lua_pushboolean(L, 1);
    lua_rawsetp(L, copy, &private_key);
  }
  lua_pop(L, 1);
  lua_setmetatable(L, 1);  // [t, mt, source]
  lua_settop(L, 1);
  return 1;
}

}  // namespace hashigo::lua
