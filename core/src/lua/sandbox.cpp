// hashigo::lua::state: the capped, sandboxed lua_State (lua-host.md S1-S3, S5, S11, S12).
#include "lua/sandbox.hpp"

#include "lua/budget.hpp"
#include "lua/convert.hpp"
#include "lua/environment.hpp"
#include "lua/host_error.hpp"
#include "lua/stack.hpp"
#include "lua/traceback.hpp"

#include <lua.hpp>

#include <cstdint>
#include <exception>
#include <optional>
#include <stdexcept>
#include <utility>

namespace hashigo::lua {

namespace {

std::string compose(const std::string& code, const std::string& location,
                    const std::string& message, const std::string& traceback) {
  std::string text = code;
  text += ' ';
  if (!location.empty()) {
    text += location;
    text += ": ";
  }
  text += message;
  if (!traceback.empty()) {
    text += '\n';
    text += traceback;
  }
  return text;
}

struct state_closer {
  void operator()(lua_State* L) const noexcept { lua_close(L); }
};

using body_fn = std::function<void(lua_State*)>;

// Runs the body of a protected call. A script_error travels as a marked error table and is
// rethrown unchanged by protect(); any other std::exception becomes a Lua error with its text
// (S12). The Lua error is raised after the catch block is left; no catch(...), which would
// swallow Lua's own errors.
// stack: [body] -> []
int run_body(lua_State* L) {
  const auto* body = static_cast<const body_fn*>(lua_touserdata(L, 1));
  lua_settop(L, 0);
  std::optional<script_error> nested;
  std::string message;
  try {
    (*body)(L);
    return 0;
  } catch (const script_error& e) {
    nested = e;
  } catch (const std::exception& e) {
    message = e.what();
  }
  if (nested) raise_script_error(L, *nested);
  push(L, std::string_view(message));
  return lua_error(L);
}

// Last-resort net: an error outside any protected call is a host bug (S1). Throwing is sound
// only with C++-built Lua; the state must be discarded afterwards.
// stack: [err] -> (throws std::logic_error)
int panic(lua_State* L) {
  budget_of(L).panicked = true;
  const char* msg = lua_tostring(L, -1);
  throw std::logic_error(std::string("lua panic: unprotected error in call to Lua API (") +
                         (msg != nullptr ? msg : "?") + ") - host bug");
}

}  // namespace

// Rule text reaches messages (error("..."), unknown names, keys): it must be valid UTF-8 to go
// into JSON decisions and receipts, or printing them fails.
script_error::script_error(std::string code, std::string location, std::string message,
                           std::string traceback)
    : rule_error(code, compose(code, to_valid_utf8(location, SIZE_MAX),
                               to_valid_utf8(message, SIZE_MAX), to_valid_utf8(traceback, SIZE_MAX))),
      location_(to_valid_utf8(location, SIZE_MAX)),
      message_(to_valid_utf8(message, SIZE_MAX)),
      traceback_(to_valid_utf8(traceback, SIZE_MAX)) {}

struct state::impl {
  limits caps;
  budget meter;  // declared before L: lua_close frees through the allocator that uses it
  std::unique_ptr<lua_State, state_closer> L;
  int depth = 0;  // nesting of protect()

  // Turns a failed lua_pcall into a script_error; the error object is at the top.
  script_error failure(int status, const std::string& what) const {
    lua_State* s = L.get();
    if (status == LUA_ERRMEM) {
      return script_error(codes::memory, what,
                          "memory limit exceeded (" + human_size(caps.memory_bytes) + ")", "");
    }
    const char* code = status == LUA_ERRSYNTAX ? codes::load
                       : meter.exhausted       ? codes::budget
                                               : codes::runtime;
    switch (lua_type(s, -1)) {
      case LUA_TSTRING: {
        split_message parts = split_lua_message(view_string(s, -1), what);
        // A traceback names functions by their keys, which a script chooses: cut it too.
        return script_error(code, std::move(parts.location), to_valid_utf8(parts.message, max_message_bytes),
                            to_valid_utf8(parts.traceback, 4 * max_message_bytes));
      }
      case LUA_TTABLE: {  // structured error: {message = "..."} (raw access only)
        if (auto carried = carried_script_error(s, -1)) return std::move(*carried);
        lua_pushliteral(s, "message");
        std::string message = lua_rawget(s, -2) == LUA_TSTRING
                                  ? to_valid_utf8(view_string(s, -1), max_message_bytes)
                                  : std::string("(error object is a table value)");
        lua_pop(s, 1);
        return script_error(code, what, std::move(message), "");
      }
      default:
        return script_error(code, what,
                            std::string("(error object is a ") + luaL_typename(s, -1) + " value)",
                            "");
    }
  }
};

state::state(const limits& lim) : impl_(std::make_unique<impl>()) {
  impl_->caps = lim;
  impl_->meter.limit = lim.memory_bytes;
  lua_State* L = lua_newstate(capped_alloc, &impl_->meter);
  if (L == nullptr) {
    throw script_error(codes::memory, "sandbox setup",
                       "memory limit exceeded (" + human_size(lim.memory_bytes) +
                           ") while creating the state",
                       "");
  }
  impl_->L.reset(L);
  attach_budget(L, &impl_->meter);
  lua_atpanic(L, panic);
  protect("sandbox setup", [](lua_State* s) { open_sandbox(s); });
}

state::state(state&&) noexcept = default;
state& state::operator=(state&&) noexcept = default;
state::~state() = default;

lua_State* state::get() const noexcept { return impl_ ? impl_->L.get() : nullptr; }

const limits& state::caps() const noexcept {
  static const limits none{};
  return impl_ ? impl_->caps : none;
}

void state::protect(const std::string& what, const std::function<void(lua_State*)>& body) {
  if (!impl_ || !impl_->L) throw std::logic_error("hashigo::lua::state used after move");
  if (impl_->meter.panicked) throw std::logic_error("hashigo::lua::state is corrupt after a panic");
  lua_State* L = impl_->L.get();
  if (impl_->depth == 0) arm_budget(L, impl_->caps.instructions, impl_->caps.wall_clock_ms);

  const int base = lua_gettop(L);
  lua_pushcfunction(L, message_handler);
  lua_pushcfunction(L, run_body);
  lua_pushlightuserdata(L, const_cast<body_fn*>(&body));
  // stack: [handler, run_body, body]   (pushing C functions and light userdata never allocates)
  ++impl_->depth;
  const int status = lua_pcall(L, 1, 0, base + 1);
  --impl_->depth;
  if (status == LUA_OK) {
    lua_settop(L, base);
    // A script can catch the budget error and still finish: `return pcall(loop)` is a tail call,
    // so no instruction of its own runs after the catch for the re-armed hook to stop.
    if (impl_->depth == 0 && impl_->meter.exhausted)
      throw script_error(codes::budget, what, budget_message(impl_->meter), "");
    return;
  }
  script_error error = impl_->failure(status, what);
  lua_settop(L, base);
  throw error;
}

int state::load_chunk(std::string_view source, const std::string& chunk_name,
                      const std::function<void(lua_State*)>& inspect) {
  int ref = LUA_REFNIL;
  protect(chunk_name, [&](lua_State* L) {
    const std::string name = "@" + chunk_name;
    const int status = luaL_loadbufferx(L, source.data(), source.size(), name.c_str(), "t");
    if (status != LUA_OK) {
      if (status == LUA_ERRMEM) {
        throw script_error(codes::memory, chunk_name,
                           "memory limit exceeded (" + human_size(impl_->caps.memory_bytes) + ")",
                           "");
      }
      split_message parts = split_lua_message(view_string(L, -1), chunk_name);
      throw script_error(codes::load, std::move(parts.location), std::move(parts.message), "");
    }
    // stack: [chunk]
    if (inspect) inspect(L);
    push_sandbox_env(L);
    if (lua_setupvalue(L, -2, 1) == nullptr) lua_pop(L, 1);  // main chunks have _ENV as upvalue 1
    lua_call(L, 0, 1);
    // stack: [result]
    ref = luaL_ref(L, LUA_REGISTRYINDEX);  // LUA_REFNIL for nil
  });
  return ref;
}

std::int64_t state::instructions_used() const noexcept {
  return impl_ ? impl_->meter.ticks_start - impl_->meter.ticks_left : 0;
}

std::size_t state::memory_used() const noexcept { return impl_ ? impl_->meter.used : 0; }

}  // namespace hashigo::lua
