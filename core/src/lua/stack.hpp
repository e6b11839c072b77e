#pragma once
// Small helpers for code that touches the Lua stack (lua-host.md §3.2, §3.3, §3.5).
// Everything here is header-only and used only inside core/src/lua/.
#include "lua/host_error.hpp"
#include "lua/sandbox.hpp"

#include <lua.hpp>

#include <cassert>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>

namespace hashigo::lua {

/// Restores the stack top on scope exit. Never throws (sol2's guard throws from its
/// destructor, which terminates; this one asserts in debug builds and restores).
class stack_guard {
 public:
  explicit stack_guard(lua_State* L) noexcept : L_(L), top_(lua_gettop(L)) {}
  ~stack_guard() {
    assert(lua_gettop(L_) >= top_ && "stack_guard: something popped below the saved top");
    lua_settop(L_, top_);
  }
  stack_guard(const stack_guard&) = delete;
  stack_guard& operator=(const stack_guard&) = delete;

 private:
  lua_State* L_;
  int top_;
};

/// For a sandbox wrapper whose upvalue 1 is the standard-library function it wraps: runs that
/// function in the wrapper's own call frame, on the same arguments. Its argument errors then name
/// the function as the rule called it ("bad argument #2 to 'format'"), where a lua_call would
/// give '?'. Only for functions without upvalues of their own: those of lstrlib.c, ltablib.c,
/// lutf8lib.c and lbaselib.c that the sandbox wraps.
// stack: [args...] -> [results of the original]
inline int call_wrapped_original(lua_State* L) { return lua_tocfunction(L, lua_upvalueindex(1))(L); }

// stack: [] -> [b]
inline void push(lua_State* L, bool b) { lua_pushboolean(L, b ? 1 : 0); }
// stack: [] -> [i]
inline void push(lua_State* L, std::int64_t i) { lua_pushinteger(L, static_cast<lua_Integer>(i)); }
// stack: [] -> [d]
inline void push(lua_State* L, double d) { lua_pushnumber(L, static_cast<lua_Number>(d)); }
// stack: [] -> [s]   (length-counted: strings may hold NULs)
inline void push(lua_State* L, std::string_view s) { lua_pushlstring(L, s.data(), s.size()); }

/// The string at `idx` as a view (valid while the value stays on the stack), or an empty view
/// if it is not a string. Never converts numbers in place (safe during lua_next).
// stack: [] -> []
inline std::string_view view_string(lua_State* L, int idx) noexcept {
  if (lua_type(L, idx) != LUA_TSTRING) return {};
  std::size_t n = 0;
  const char* s = lua_tolstring(L, idx, &n);
  return {s, n};
}

/// Wraps a lua_CFunction so that a C++ exception becomes a Lua error raised at the caller's
/// line (S12). A script_error (e.g. from loading another chunk) keeps its code: it travels as a
/// marked error table (host_error.hpp). The Lua error is raised after the catch block is left;
/// there is deliberately no catch(...): with C++-built Lua it would swallow Lua's own errors.
// stack: whatever F declares
template <int (*F)(lua_State*)>
int guarded(lua_State* L) {
  std::optional<script_error> nested;
  std::string message;
  try {
    return F(L);
  } catch (const script_error& e) {
    nested = e;
  } catch (const std::exception& e) {
    message = e.what();
  }
  if (nested) raise_script_error(L, *nested);
  luaL_where(L, 1);
  lua_pushlstring(L, message.data(), message.size());
  lua_concat(L, 2);
  return lua_error(L);
}

}  // namespace hashigo::lua
