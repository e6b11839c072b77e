// tostring and string.format without heap addresses (address_guard.hpp).
#include "lua/address_guard.hpp"

#include "lua/budget.hpp"
#include "lua/stack.hpp"

#include <array>
#include <cstring>
#include <string_view>

namespace hashigo::lua {

void push_display_text(lua_State* L, int idx) {
  idx = lua_absindex(L, idx);
  if (luaL_callmeta(L, idx, "__tostring")) {
    if (!lua_isstring(L, -1)) luaL_error(L, "'__tostring' must return a string");
    return;
  }
  switch (lua_type(L, idx)) {
    case LUA_TNUMBER:
    case LUA_TSTRING:
      lua_pushvalue(L, idx);
      lua_tolstring(L, -1, nullptr);  // converts the copy: the same text luaL_tolstring gives
      return;
    case LUA_TBOOLEAN: lua_pushstring(L, lua_toboolean(L, idx) ? "true" : "false"); return;
    case LUA_TNIL: lua_pushliteral(L, "nil"); return;
    default: {
      const int name = luaL_getmetafield(L, idx, "__name");  // pushes nothing when absent
      if (name == LUA_TSTRING) return;
      if (name != LUA_TNIL) lua_pop(L, 1);
      lua_pushstring(L, luaL_typename(L, idx));
      return;
    }
  }
}

int sandbox_tostring(lua_State* L) {
  luaL_checkany(L, 1);
  push_display_text(L, 1);
  return 1;
}

int sandbox_format(lua_State* L) {
  count_costly_call(L);
  std::size_t n = 0;
  const char* f = luaL_checklstring(L, 1, &n);
  const int top = lua_gettop(L);
  int arg = 1;
  // The walk of lstrlib.c's str_format/getformat: `%%` is a literal; otherwise flags, width and
  // precision ("-+#0 123456789.") and then the conversion. A malformed item is left for the
  // original to report. (Rules format in every evaluation: memchr and a table, not strchr.)
  static const auto spec_char = [] {
    std::array<bool, 256> t{};
    for (const unsigned char c : std::string_view("-+#0 123456789.")) t[c] = true;
    return t;
  }();
  for (std::size_t i = 0; i < n;) {
    const void* at = std::memchr(f + i, '%', n - i);
    if (at == nullptr) break;
    i = static_cast<std::size_t>(static_cast<const char*>(at) - f);
    if (i + 1 < n && f[i + 1] == '%') {
      i += 2;
      continue;
    }
    ++arg;
    std::size_t j = i + 1;
    while (j < n && spec_char[static_cast<unsigned char>(f[j])]) ++j;
    const char conversion = j < n ? f[j] : '\0';
    i = j + 1;
    if (conversion == 'p')
      return luaL_error(L, "string.format: '%%p' is not allowed in rules (it prints a memory address, "
                           "which differs from run to run)");
    if (conversion == 's' && arg <= top && lua_type(L, arg) != LUA_TSTRING && lua_type(L, arg) != LUA_TNUMBER) {
      push_display_text(L, arg);
      lua_replace(L, arg);
    }
  }
  return call_wrapped_original(L);
}

}  // namespace hashigo::lua
