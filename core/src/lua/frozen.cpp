// Tables frozen in place (frozen.hpp).
#include "lua/frozen.hpp"

#include "lua/readonly.hpp"
#include "lua/traceback.hpp"

#include <algorithm>
#include <climits>
#include <string>

namespace hashigo::lua {
namespace {

// Keys of the frozen metatable (light userdata: no script can make them).
char backing_key = 0;
char name_key = 0;

// stack: [] -> [backing] (t must be frozen)
void push_backing(lua_State* L, int t) {
  lua_getmetatable(L, t);
  lua_rawgetp(L, -1, &backing_key);
  lua_remove(L, -2);
}

// __newindex: every write fails, naming the table and the key.
// stack: [t, key, value] -> (raises)
int frozen_newindex(lua_State* L) {
  lua_getmetatable(L, 1);
  lua_rawgetp(L, -1, &name_key);
  const char* name = lua_tostring(L, -1);
  std::string key;
  if (lua_type(L, 2) == LUA_TSTRING) {
    key = "field '" + std::string(lua_tostring(L, 2)).substr(0, 80) + "'";
  } else if (lua_isinteger(L, 2)) {
    key = "index " + std::to_string(lua_tointeger(L, 2));
  } else {
    key = std::string("a ") + luaL_typename(L, 2) + " key";
  }
  // Located at the innermost Lua line: the write may come through table.insert, a C function.
  push_lua_where(L);
  lua_pushfstring(L,
                  "attempt to modify module-level table '%s' (%s): tables a rule can reach are read-only "
                  "once the pack has loaded, so that no evaluation leaves state for the next; build a new "
                  "local table instead",
                  name != nullptr ? name : "?", key.c_str());
  lua_concat(L, 2);
  return lua_error(L);
}

// __index when the table had an __index of its own (upvalue 2): the backing (upvalue 1) first.
// stack: [t, key] -> [value]
int frozen_index(lua_State* L) {
  lua_pushvalue(L, 2);
  if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL) return 1;
  lua_pop(L, 1);
  if (lua_type(L, lua_upvalueindex(2)) == LUA_TFUNCTION) {
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 2);
    lua_call(L, 2, 1);
    return 1;
  }
  lua_pushvalue(L, 2);
  lua_gettable(L, lua_upvalueindex(2));  // an __index table is indexed with its own metamethods
  return 1;
}

// stack: [t] -> [n]
int frozen_len(lua_State* L) {
  push_backing(L, 1);
  lua_pushinteger(L, static_cast<lua_Integer>(lua_rawlen(L, -1)));
  return 1;
}

// pairs' iterator; its state is the frozen table itself, so the backing never reaches a script.
// stack: [t, key] -> [key, value] | [nil]
int frozen_next(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 2);
  push_backing(L, 1);
  lua_insert(L, 2);  // [t, backing, key]
  if (lua_next(L, 2) != 0) return 2;
  lua_pushnil(L);
  return 1;
}

// stack: [t] -> [next, t, nil]
int frozen_pairs(lua_State* L) {
  lua_pushcfunction(L, frozen_next);
  lua_pushvalue(L, 1);
  lua_pushnil(L);
  return 3;
}

// fm[name] = old[name] when present, else the default at the top of the stack (popped either way).
// stack: [default] -> []
void set_or_keep(lua_State* L, int fm, int old, const char* name) {
  if (old != 0) {
    lua_pushstring(L, name);
    if (lua_rawget(L, old) != LUA_TNIL) {
      lua_remove(L, -2);  // [old value]
    } else {
      lua_pop(L, 1);      // [default]
    }
  }
  lua_setfield(L, fm, name);
}

}  // namespace

void freeze_table(lua_State* L, int idx, std::string_view name) {
  idx = lua_absindex(L, idx);
  luaL_checkstack(L, 10, "freeze_table");
  lua_Integer count = 0;
  lua_pushnil(L);
  while (lua_next(L, idx) != 0) {
    lua_pop(L, 1);
    ++count;
  }
  const auto border = static_cast<lua_Integer>(lua_rawlen(L, idx));
  const lua_Integer array = std::min<lua_Integer>({border, count, INT_MAX});
  lua_createtable(L, static_cast<int>(array), static_cast<int>(std::min<lua_Integer>(count - array, INT_MAX)));
  const int backing = lua_gettop(L);
  lua_pushnil(L);
  while (lua_next(L, idx) != 0) {
    // stack: [backing, key, value]
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, backing);  // [backing, key]
    lua_pushvalue(L, -1);
    lua_pushnil(L);
    lua_rawset(L, idx);      // clearing a present field during lua_next is allowed
  }
  lua_createtable(L, 0, 8);
  const int fm = lua_gettop(L);
  int old = 0;
  if (lua_getmetatable(L, idx)) {
    old = lua_gettop(L);
    // The other metamethods (__call, __tostring, __eq, __lt, arithmetic, …) keep working. Light
    // userdata keys are the host's markers (a private metatable copy's, setmetatable.cpp): the
    // frozen table must not look like a table whose metatable may be changed.
    lua_pushnil(L);
    while (lua_next(L, old) != 0) {
      if (lua_type(L, -2) == LUA_TLIGHTUSERDATA) {
        lua_pop(L, 1);
        continue;
      }
      lua_pushvalue(L, -2);
      lua_insert(L, -2);
      lua_rawset(L, fm);
    }
  }
  // stack: [backing, fm, old?]
  lua_pushliteral(L, "__index");
  if (old != 0 && lua_rawget(L, old) != LUA_TNIL) {
    lua_pushvalue(L, backing);
    lua_insert(L, -2);
    lua_pushcclosure(L, frozen_index, 2);  // [.., closure(backing, old __index)]
  } else {
    lua_pop(L, 1);              // the key, or the nil __index
    lua_pushvalue(L, backing);  // a table: the VM looks it up without calling anything
  }
  lua_setfield(L, fm, "__index");
  lua_pushcfunction(L, frozen_newindex);
  lua_setfield(L, fm, "__newindex");
  lua_pushcfunction(L, frozen_len);
  set_or_keep(L, fm, old, "__len");
  lua_pushcfunction(L, frozen_pairs);
  set_or_keep(L, fm, old, "__pairs");
  lua_pushliteral(L, "locked");
  set_or_keep(L, fm, old, "__metatable");
  lua_pushvalue(L, backing);
  lua_rawsetp(L, fm, &backing_key);
  lua_pushlstring(L, name.data(), name.size());
  lua_rawsetp(L, fm, &name_key);
  if (old != 0) lua_pop(L, 1);
  lua_setmetatable(L, idx);  // [backing]
  lua_pop(L, 1);
}

bool push_frozen_backing(lua_State* L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE) return false;
  idx = lua_absindex(L, idx);
  if (!lua_getmetatable(L, idx)) return false;
  if (lua_rawgetp(L, -1, &backing_key) != LUA_TTABLE) {
    lua_pop(L, 2);
    return false;
  }
  lua_remove(L, -2);
  return true;
}

bool is_frozen(lua_State* L, int idx) {
  if (!push_frozen_backing(L, idx)) return false;
  lua_pop(L, 1);
  return true;
}

void push_visible_contents(lua_State* L, int idx) {
  idx = lua_absindex(L, idx);
  if (push_frozen_backing(L, idx)) return;
  if (push_readonly_target(L, idx)) {
    complete_readonly(L, -1);
    return;
  }
  lua_pushvalue(L, idx);
}

int sandbox_next(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 2);
  push_visible_contents(L, 1);
  lua_insert(L, 2);  // [t, contents, key]
  if (lua_next(L, 2) != 0) return 2;
  lua_pushnil(L);
  return 1;
}

int sandbox_rawlen(lua_State* L) {
  const int t = lua_type(L, 1);
  luaL_argexpected(L, t == LUA_TTABLE || t == LUA_TSTRING, 1, "table or string");
  if (t == LUA_TTABLE) {
    push_visible_contents(L, 1);
    lua_replace(L, 1);
  }
  lua_pushinteger(L, static_cast<lua_Integer>(lua_rawlen(L, 1)));
  return 1;
}

}  // namespace hashigo::lua
