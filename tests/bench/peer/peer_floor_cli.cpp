// A bare Lua process, as lua.c is one (luaL_newstate, luaL_openlibs, run a script with `arg`):
// `hashigo_peer_floor floor_cold.lua case.jsonl` decides one peer case and prints its canonical
// line. The cold-start floor of `make bench`, against `hashigo eval` on the same case.
#include <lua.hpp>

#include <cstdio>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s floor_cold.lua case.jsonl\n", argv[0]);
    return 2;
  }
  lua_State* L = luaL_newstate();
  if (!L) return 1;
  luaL_openlibs(L);
  lua_createtable(L, 1, 1);  // arg[0] = the script, arg[1] = the case, as lua.c sets them
  lua_pushstring(L, argv[1]);
  lua_rawseti(L, -2, 0);
  lua_pushstring(L, argv[2]);
  lua_rawseti(L, -2, 1);
  lua_setglobal(L, "arg");
  const int rc = luaL_dofile(L, argv[1]);
  if (rc != LUA_OK) std::fprintf(stderr, "%s\n", lua_tostring(L, -1));
  lua_close(L);
  return rc == LUA_OK ? 0 : 1;
}
