// Message handler and error-text parsing (lua-host.md S11).
#include "lua/traceback.hpp"

#include "lua/host_error.hpp"

namespace hashigo::lua {

// error() is a C function, so level 1 is not always the rule's code.
void push_lua_where(lua_State* L) {
  lua_Debug ar;
  for (int level = 1; level <= 16 && lua_getstack(L, level, &ar) != 0; ++level) {
    if (lua_getinfo(L, "Sl", &ar) != 0 && ar.currentline > 0) {
      lua_pushfstring(L, "%s:%d: ", ar.short_src, ar.currentline);
      return;
    }
  }
  lua_pushliteral(L, "");
}

int message_handler(lua_State* L) {
  if (is_carried_error(L, 1)) return 1;  // host errors (script_error) pass through unchanged
  const char* msg = lua_tostring(L, 1);
  if (msg == nullptr && lua_type(L, 1) == LUA_TTABLE) {
    // A script's table error: its raw `message` field or a placeholder, located at the rule's
    // line. Never __tostring: it is script code, and when the budget error is being raised,
    // handlers run with hooks off, so a looping __tostring could not be stopped.
    push_lua_where(L);
    lua_pushliteral(L, "message");
    if (lua_rawget(L, 1) != LUA_TSTRING) {
      lua_pop(L, 1);
      lua_pushliteral(L, "(error object is a table value)");
    }
    lua_concat(L, 2);
    msg = lua_tostring(L, -1);
  } else if (msg == nullptr) {
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
