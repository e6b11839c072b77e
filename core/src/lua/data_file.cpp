#include "lua/data_file.hpp"

#include "lua/convert.hpp"

#include <lua.hpp>

namespace hashigo::lua {

nlohmann::json load_data(std::string_view source, const std::string& chunk_name, const limits& lim) {
  state st(lim);
  const int ref = st.load_chunk(source, chunk_name);
  nlohmann::json out;
  st.protect(chunk_name, [&](lua_State* L) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);  // [value]
    out = to_json(L, -1, chunk_name);
    lua_pop(L, 1);                           // []
    luaL_unref(L, LUA_REGISTRYINDEX, ref);
  });
  return out;
}

}  // namespace hashigo::lua
