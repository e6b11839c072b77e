// Message handler and error-text parsing (lua-host.md S11).
#include "lua/traceback.hpp"

namespace hashigo::lua {

int message_handler(lua_State* L) {
  if (lua_type(L, 1) == LUA_TTABLE) return 1;  // structured errors pass through unchanged
  const char* msg = lua_tostring(L, 1);
  if (msg == nullptr) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) return 1;
    msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }
  luaL_traceback(L, L, msg, 1);
  // stack: [err, ..., msg .. traceback]
  return 1;
}

namespace {

constexpr std::string_view traceback_marker = "\nstack traceback:";

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Finds the `name:digits: ` prefix of `line`; returns the length of `name:digits` or 0.
std::size_t location_prefix(std::string_view line) {
  for (std::size_t colon = line.find(':'); colon != std::string_view::npos;
       colon = line.find(':', colon + 1)) {
    std::size_t end = colon + 1;
    while (end < line.size() && is_digit(line[end])) ++end;
    if (colon > 0 && end > colon + 1 && end < line.size() && line[end] == ':') {
      return end;
    }
  }
  return 0;
}

}  // namespace

split_message split_lua_message(std::string_view text, std::string_view fallback_location) {
  split_message out;
  std::string_view head = text;
  if (std::size_t tb = text.find(traceback_marker); tb != std::string_view::npos) {
    head = text.substr(0, tb);
    out.traceback = std::string(text.substr(tb + 1));
  }
  std::string_view first_line = head.substr(0, head.find('\n'));
  if (std::size_t n = location_prefix(first_line); n > 0) {
    out.location = std::string(head.substr(0, n));
    std::string_view rest = head.substr(n + 1);  // after the ':'
    if (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    out.message = std::string(rest);
  } else {
    out.location = std::string(fallback_location);
    out.message = std::string(head);
  }
  return out;
}

}  // namespace hashigo::lua
