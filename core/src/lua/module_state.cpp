// Keeping rule modules stateless (module_state.hpp).
#include "lua/module_state.hpp"

#include "lua/bytecode.hpp"
#include "lua/environment.hpp"
#include "lua/frozen.hpp"
#include "lua/host_error.hpp"
#include "lua/readonly.hpp"
#include "lua/sandbox.hpp"

#include <fmt/format.h>

namespace hashigo::lua {
namespace {

int append_to_string(lua_State*, const void* p, std::size_t n, void* out) {
  static_cast<std::string*>(out)->append(static_cast<const char*>(p), n);
  return 0;
}

// The function at `idx` as lua_dump writes it, with its debug information.
// stack: [] -> []
std::string dump_of(lua_State* L, int idx) {
  std::string out;
  lua_pushvalue(L, idx);
  lua_dump(L, append_to_string, &out, 0);
  lua_pop(L, 1);
  return out;
}

constexpr const char* keep_it_local =
    "rules may not keep state from one evaluation to the next (use a local inside the function, "
    "or a value computed once at the top of the file and never changed)";

[[noreturn]] void refuse(const upvalue_write& w, bool module_level) {
  std::string message;
  if (w.name == "_ENV")
    message = fmt::format("assignment to _ENV inside a function: {}", keep_it_local);
  else if (module_level)
    message = fmt::format("assignment to module-level local '{}' inside a function: {}", w.name, keep_it_local);
  else
    message = fmt::format("assignment to '{}' inside a function made while the module loaded: '{}' outlives every "
                          "call of it, and {}",
                          w.name, w.name, keep_it_local);
  throw script_error(codes::load, fmt::format("{}:{}", w.source, w.line), message, "");
}

// A table or function the walk must visit, and how the author would name it.
struct pending {
  std::string path;
  std::size_t root;  // the rule it was reached from
};

// `parent.key` or `parent[3]` for a table field; keys other than strings and integers give `[?]`.
// stack: [] -> []
std::string field_path(lua_State* L, const std::string& parent, int key) {
  if (lua_type(L, key) == LUA_TSTRING) {
    std::size_t n = 0;
    const char* k = lua_tolstring(L, key, &n);
    return parent + "." + std::string(k, n < 64 ? n : 64);
  }
  if (lua_isinteger(L, key)) return parent + "[" + std::to_string(lua_tointeger(L, key)) + "]";
  return parent + "[?]";
}

// Tables the host made and guards itself: not the rules' to freeze, nor to walk into.
// stack: [] -> []
bool host_table(lua_State* L, int idx) {
  if (is_sandbox_environment(L, idx) || is_carried_error(L, idx)) return true;
  if (push_readonly_target(L, idx) || push_frozen_backing(L, idx)) {
    lua_pop(L, 1);
    return true;
  }
  return false;
}

class walker {
 public:
  walker(lua_State* L, const std::vector<std::pair<int, std::string>>& roots, const std::string& where)
      : L_(L), roots_(roots), where_(where) {}

  void run() {
    luaL_checkstack(L_, 16, "freeze_module_state");
    lua_newtable(L_);  // [seen]
    seen_ = lua_gettop(L_);
    lua_newtable(L_);  // [seen, queue]
    queue_ = seen_ + 1;
    lua_newtable(L_);  // [seen, queue, tables to freeze]
    tables_ = seen_ + 2;
    for (std::size_t r = 0; r < roots_.size(); ++r) {
      lua_rawgeti(L_, LUA_REGISTRYINDEX, roots_[r].first);
      add(-1, roots_[r].second, r);
      lua_pop(L_, 1);
    }
    for (std::size_t i = 0; i < items_.size(); ++i) {
      lua_rawgeti(L_, queue_, static_cast<lua_Integer>(i + 1));  // [v]
      const int v = lua_gettop(L_);
      lua_pushvalue(L_, v);
      const bool visited = lua_rawget(L_, seen_) != LUA_TNIL;
      lua_pop(L_, 1);
      if (!visited) {
        lua_pushvalue(L_, v);
        lua_pushboolean(L_, 1);
        lua_rawset(L_, seen_);
        // A copy: visiting queues more items, and growing items_ would leave a reference dangling.
        const pending at = items_[i];
        if (lua_type(L_, v) == LUA_TTABLE)
          visit_table(v, at);
        else
          visit_function(v, at);
      }
      lua_pop(L_, 1);
    }
    // Frozen only once everything was walked: freezing moves a table's contents away.
    for (std::size_t i = 0; i < freeze_names_.size(); ++i) {
      lua_rawgeti(L_, tables_, static_cast<lua_Integer>(i + 1));
      freeze_table(L_, -1, freeze_names_[i]);
      lua_pop(L_, 1);
    }
    lua_pop(L_, 3);
  }

 private:
  // Queues the value at `idx` when it is a table or a function.
  // stack: [] -> []
  void add(int idx, std::string path, std::size_t root) {
    const int t = lua_type(L_, idx);
    if (t != LUA_TTABLE && t != LUA_TFUNCTION) return;
    lua_pushvalue(L_, idx);
    lua_rawseti(L_, queue_, static_cast<lua_Integer>(items_.size() + 1));
    items_.push_back({std::move(path), root});
  }

  // stack: [] -> []
  void visit_table(int t, const pending& at) {
    if (host_table(L_, t)) return;
    walk_fields(t, at.path, at.root);
    // A metatable is walked (its __index tables and functions are reachable), not frozen: Lua
    // reads metamethods from it raw. The sandbox installs private copies (setmetatable.cpp)
    // that no script can reach; freezing `t` below replaces it anyway.
    if (lua_getmetatable(L_, t)) {
      walk_fields(lua_gettop(L_), at.path + " (metatable)", at.root);
      lua_pop(L_, 1);
    }
    lua_pushvalue(L_, t);
    lua_rawseti(L_, tables_, static_cast<lua_Integer>(freeze_names_.size() + 1));
    freeze_names_.push_back(at.path);
  }

  // stack: [] -> []
  void walk_fields(int t, const std::string& path, std::size_t root) {
    lua_pushnil(L_);
    while (lua_next(L_, t) != 0) {
      // stack: [key, value]
      const std::string here = field_path(L_, path, -2);
      add(-1, here, root);
      add(-2, here + " (key)", root);
      lua_pop(L_, 1);
    }
  }

  // stack: [] -> []
  void visit_function(int f, const pending& at) {
    if (lua_iscfunction(L_, f)) {
      for (int i = 1; lua_getupvalue(L_, f, i) != nullptr; ++i) {
        if (lua_type(L_, -1) == LUA_TUSERDATA) refuse_stateful(at);
        add(-1, at.path, at.root);
        lua_pop(L_, 1);
      }
      return;
    }
    const auto writes = upvalue_writes(dump_of(L_, f), write_scope::closure_upvalues);
    if (!writes.empty()) refuse(writes.front(), false);
    for (int i = 1;; ++i) {
      const char* name = lua_getupvalue(L_, f, i);
      if (name == nullptr) break;
      add(-1, *name != '\0' ? std::string(name) : at.path, at.root);
      lua_pop(L_, 1);
    }
  }

  // A C function with a userdata of its own, such as a string.gmatch iterator: it keeps its
  // position from one call to the next.
  [[noreturn]] void refuse_stateful(const pending& at) {
    const auto& [ref, id] = roots_[at.root];
    std::string location = where_;
    lua_rawgeti(L_, LUA_REGISTRYINDEX, ref);
    const bool rule = lua_isfunction(L_, -1);
    if (rule) {
      lua_Debug ar;
      lua_getinfo(L_, ">S", &ar);
      location = fmt::format("{}:{}", ar.short_src, ar.linedefined);
    } else {
      lua_pop(L_, 1);
    }
    throw script_error(codes::load, location,
                       fmt::format("{} reaches '{}', a function made while the module loaded that keeps state "
                                   "of its own (a string.gmatch iterator): it would carry its position from one "
                                   "evaluation to the next; call gmatch inside the rule",
                                   rule ? "rule " + id : "module '" + id + "'", at.path),
                       "");
  }

  lua_State* L_;
  const std::vector<std::pair<int, std::string>>& roots_;
  const std::string& where_;
  int seen_ = 0;
  int queue_ = 0;
  int tables_ = 0;
  std::vector<pending> items_;
  std::vector<std::string> freeze_names_;
};

}  // namespace

void refuse_module_local_writes(lua_State* L) {
  const auto writes = upvalue_writes(dump_of(L, -1), write_scope::module_locals);
  if (!writes.empty()) refuse(writes.front(), true);
}

void freeze_module_state(lua_State* L, const std::vector<std::pair<int, std::string>>& roots,
                         const std::string& where) {
  walker(L, roots, where).run();
}

}  // namespace hashigo::lua
