// Marked error tables that carry a script_error across Lua frames.
#include "lua/host_error.hpp"

#include "lua/stack.hpp"

#include <cstdlib>
#include <string>

namespace hashigo::lua {
namespace {

char marker_key = 0;     // error_table[&marker_key] = true
char metatable_key = 0;  // registry[&metatable_key] = the shared metatable

// __tostring of a carried error: "RULE001 rules/x.lua:3: message".
// stack: [err] -> [text]
int carried_tostring(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_pushliteral(L, "code");
  lua_rawget(L, 1);
  lua_pushliteral(L, " ");
  lua_pushliteral(L, "location");
  lua_rawget(L, 1);
  lua_pushliteral(L, ": ");
  lua_pushliteral(L, "message");
  lua_rawget(L, 1);
  lua_concat(L, 5);
  return 1;
}

// stack: [] -> [mt]
void push_metatable(lua_State* L) {
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &metatable_key) == LUA_TTABLE) return;
  lua_pop(L, 1);
  lua_createtable(L, 0, 2);
  lua_pushcfunction(L, carried_tostring);
  lua_setfield(L, -2, "__tostring");
  lua_pushliteral(L, "locked");
  lua_setfield(L, -2, "__metatable");
  lua_pushvalue(L, -1);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &metatable_key);
}

// stack: [t] -> [t]   t[name] = value
void set_string(lua_State* L, const char* name, const std::string& value) {
  lua_pushstring(L, name);
  push(L, std::string_view(value));
  lua_rawset(L, -3);
}

// stack: [] -> []
std::string get_string(lua_State* L, int idx, const char* name) {
  lua_pushstring(L, name);
  lua_rawget(L, idx);
  std::string out(view_string(L, -1));
  lua_pop(L, 1);
  return out;
}

}  // namespace

void raise_script_error(lua_State* L, const script_error& e) {
  luaL_checkstack(L, 4, "raise_script_error");
  lua_createtable(L, 0, 5);
  set_string(L, "code", e.code());
  set_string(L, "location", e.location());
  set_string(L, "message", e.message());
  set_string(L, "traceback", e.traceback());
  lua_pushboolean(L, 1);
  lua_rawsetp(L, -2, &marker_key);
  push_metatable(L);
  lua_setmetatable(L, -2);
  lua_error(L);
  std::abort();  // not reached
}

void raise_coded_error(lua_State* L, const char* code, const std::string& message) {
  std::string where;
  lua_Debug ar;
  for (int level = 1; lua_getstack(L, level, &ar) != 0; ++level) {
    if (lua_getinfo(L, "Sl", &ar) != 0 && ar.currentline > 0) {
      where = std::string(ar.short_src) + ":" + std::to_string(ar.currentline);
      break;
    }
  }
  raise_script_error(L, script_error(code, where, message, ""));
}

bool is_carried_error(lua_State* L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE) return false;
  const bool marked = lua_rawgetp(L, idx, &marker_key) == LUA_TBOOLEAN;
  lua_pop(L, 1);
  return marked;
}

std::optional<script_error> carried_script_error(lua_State* L, int idx) {
  idx = lua_absindex(L, idx);
  if (!is_carried_error(L, idx)) return std::nullopt;
  return script_error(get_string(L, idx, "code"), get_string(L, idx, "location"),
                      get_string(L, idx, "message"), get_string(L, idx, "traceback"));
}

}  // namespace hashigo::lua
