#pragma once
// The message handler of every protected call and the parsing of Lua error text (S11).
#include <lua.hpp>

#include <string>
#include <string_view>

namespace hashigo::lua {

/// lua.c's `msghandler`: appends `luaL_traceback` to string messages; host error tables
/// (host_error.hpp) pass through unchanged; a script's error table becomes its raw `message`
/// field (or "(error object is a table value)") located at the innermost Lua line, without
/// calling its `__tostring`; other values are described through `__tostring` or their type.
// stack: [err] -> [err, msg_with_traceback]   (returns 1)
int message_handler(lua_State* L);

/// Pushes `file:line: ` of the innermost running Lua function, or "" when none is running with
/// line information. For errors raised by metamethods that a C function triggered (a write by
/// table.insert): luaL_where(L, 1) would name that C function, which has no line.
// stack: [] -> [where]
void push_lua_where(lua_State* L);

/// A Lua error message split into its parts.
struct split_message {
  std::string location;   ///< `rules/x.lua:12`, or the fallback when the text has no prefix
  std::string message;    ///< the text after `location: `
  std::string traceback;  ///< `stack traceback:\n\t...`, or empty
};

/// Splits `rules/x.lua:12: text\nstack traceback:\n\t...` into its parts. When the first line
/// has no `name:line:` prefix, `fallback_location` becomes the location.
split_message split_lua_message(std::string_view text, std::string_view fallback_location);

}  // namespace hashigo::lua
