// Read-only proxy tables: metamethods and construction (lua-host.md S8).
#include "lua/readonly.hpp"

#include "lua/traceback.hpp"

namespace hashigo::lua {
namespace {

constexpr const char* locked = "locked";

// The real table behind the proxy at `proxy` (which must be one of ours).
// stack: [] -> [real]
void push_real(lua_State* L, int proxy) {
  lua_getmetatable(L, proxy);
  lua_pushliteral(L, "__index");
  lua_rawget(L, -2);
  // stack: [mt, real]
  lua_remove(L, -2);
}

// Pushes the dotted path of the proxy whose metatable is at `mt` ("case.events[2]").
// Only used to build error messages.
// stack: [] -> [path]
void push_path(lua_State* L, int mt) {
  mt = lua_absindex(L, mt);
  lua_pushliteral(L, "up");
  if (lua_rawget(L, mt) != LUA_TTABLE) {
    lua_pop(L, 1);
    lua_pushliteral(L, "name");
    lua_rawget(L, mt);
    return;
  }
  // stack: [parent_mt]
  push_path(L, -1);
  lua_pushliteral(L, "key");
  lua_rawget(L, mt);
  // stack: [parent_mt, parent_path, key]
  if (lua_type(L, -1) == LUA_TSTRING) {
    lua_pushfstring(L, ".%s", lua_tostring(L, -1));
  } else if (lua_isinteger(L, -1)) {
    lua_pushfstring(L, "[%I]", static_cast<LUAI_UACINT>(lua_tointeger(L, -1)));
  } else {
    lua_pushliteral(L, "[?]");
  }
  // stack: [parent_mt, parent_path, key, step]
  lua_remove(L, -2);
  lua_concat(L, 2);
  lua_remove(L, -2);
  // stack: [path]
}

// __newindex: every write fails, naming the table and the key, at the innermost Lua line (the
// write may come through table.insert, whose own frame has no line).
// stack: [proxy, key, value] -> (raises)
int readonly_newindex(lua_State* L) {
  lua_getmetatable(L, 1);
  push_path(L, -1);
  const char* where = lua_tostring(L, -1);
  push_lua_where(L);
  if (lua_type(L, 2) == LUA_TSTRING)
    lua_pushfstring(L, "attempt to modify read-only %s field '%s'", where, lua_tostring(L, 2));
  else if (lua_isinteger(L, 2))
    lua_pushfstring(L, "attempt to modify read-only %s field [%I]", where, static_cast<LUAI_UACINT>(lua_tointeger(L, 2)));
  else
    lua_pushfstring(L, "attempt to modify read-only %s (with a %s key)", where, luaL_typename(L, 2));
  lua_concat(L, 2);
  return lua_error(L);
}

// __len: the border of the real table.
// stack: [proxy, proxy] -> [n]
int readonly_len(lua_State* L) {
  push_real(L, 1);
  lua_pushinteger(L, static_cast<lua_Integer>(lua_rawlen(L, -1)));
  return 1;
}

// Iterator returned by __pairs; the state is the proxy itself, so the real table never
// reaches the script.
// stack: [proxy, key] -> [key, value] | [nil]
int readonly_next(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 2);
  push_real(L, 1);
  // stack: [proxy, key, real]
  lua_insert(L, 2);
  // stack: [proxy, real, key]
  if (lua_next(L, 2) != 0) return 2;
  lua_pushnil(L);
  return 1;
}

// __pairs: `for k, v in pairs(proxy)` walks the real table.
// stack: [proxy] -> [next, proxy, nil]
int readonly_pairs(lua_State* L) {
  push_real(L, 1);
  complete_readonly(L, -1);
  lua_pop(L, 1);
  lua_pushcfunction(L, readonly_next);
  lua_pushvalue(L, 1);
  lua_pushnil(L);
  return 3;
}

// stack: [] -> [mt] with the shared fields set
void push_meta_common(lua_State* L) {
  lua_createtable(L, 0, 7);
  lua_pushliteral(L, "__newindex");
  lua_pushcfunction(L, readonly_newindex);
  lua_rawset(L, -3);
  lua_pushliteral(L, "__len");
  lua_pushcfunction(L, readonly_len);
  lua_rawset(L, -3);
  lua_pushliteral(L, "__pairs");
  lua_pushcfunction(L, readonly_pairs);
  lua_rawset(L, -3);
  lua_pushliteral(L, "__metatable");
  lua_pushstring(L, locked);
  lua_rawset(L, -3);
}

}  // namespace

void complete_readonly(lua_State* L, int real) {
  real = lua_absindex(L, real);
  if (!lua_getmetatable(L, real)) return;  // [mt]
  lua_pushliteral(L, "load_all");
  if (lua_rawget(L, -2) == LUA_TFUNCTION) {  // [mt, load_all]
    lua_pushvalue(L, real);
    lua_call(L, 1, 0);
  } else {
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

void push_readonly_meta(lua_State* L, const char* name) {
  push_meta_common(L);
  lua_pushliteral(L, "name");
  lua_pushstring(L, name);
  lua_rawset(L, -3);
}

void push_readonly_meta(lua_State* L, int parent_mt, int key) {
  parent_mt = lua_absindex(L, parent_mt);
  key = lua_absindex(L, key);
  push_meta_common(L);
  lua_pushliteral(L, "up");
  lua_pushvalue(L, parent_mt);
  lua_rawset(L, -3);
  lua_pushliteral(L, "key");
  lua_pushvalue(L, key);
  lua_rawset(L, -3);
}

void seal_readonly(lua_State* L) {
  // stack: [mt, real]
  lua_pushliteral(L, "__index");
  lua_pushvalue(L, -2);
  lua_rawset(L, -4);
  lua_createtable(L, 0, 0);
  // stack: [mt, real, proxy]
  lua_pushvalue(L, -3);
  lua_setmetatable(L, -2);
  lua_replace(L, -3);
  lua_pop(L, 1);
  // stack: [proxy]
}

void make_readonly(lua_State* L, const char* name) {
  // stack: [real]
  push_readonly_meta(L, name);
  lua_insert(L, -2);
  // stack: [mt, real]
  seal_readonly(L);
}

bool push_readonly_target(lua_State* L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE) return false;
  idx = lua_absindex(L, idx);
  if (!lua_getmetatable(L, idx)) return false;
  lua_pushliteral(L, "__newindex");
  lua_rawget(L, -2);
  const bool ours = lua_tocfunction(L, -1) == readonly_newindex;
  lua_pop(L, 1);
  // stack: [mt]
  if (!ours) {
    lua_pop(L, 1);
    return false;
  }
  lua_pushliteral(L, "__index");
  lua_rawget(L, -2);
  lua_remove(L, -2);
  // stack: [real]
  return true;
}

}  // namespace hashigo::lua
