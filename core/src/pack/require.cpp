#include "pack/require.hpp"

#include "pack/files.hpp"

#include "lua/environment.hpp"
#include "lua/host_error.hpp"
#include "lua/module_state.hpp"
#include "lua/stack.hpp"

#include <fmt/format.h>

namespace hashigo::pack {

namespace codes = lua::codes;

namespace {

// `[a-z][a-z0-9_]*`: a file in a lib/ folder, never a path.
bool is_module_name(std::string_view name) {
  if (name.empty() || name.size() > 64 || name[0] < 'a' || name[0] > 'z') return false;
  for (char ch : name)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_')) return false;
  return true;
}

// Takes the innermost name off the loading path however the load ends.
class loading_guard {
 public:
  loading_guard(std::vector<std::string>& path, std::string name) : path_(path) { path_.push_back(std::move(name)); }
  ~loading_guard() { path_.pop_back(); }
  loading_guard(const loading_guard&) = delete;
  loading_guard& operator=(const loading_guard&) = delete;

 private:
  std::vector<std::string>& path_;
};

}  // namespace

module_library::module_library(lua::state& st, std::string root_name, std::vector<std::string> chain,
                               const std::map<std::string, std::string>& files)
    : st_(st), root_name_(std::move(root_name)), chain_(std::move(chain)), files_(&files) {}

void module_library::install(lua_State* L) {
  lua_newtable(L);
  cache_ref_ = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pushlightuserdata(L, this);
  lua_pushcclosure(L, lua::guarded<require_entry>, 1);
  lua::set_sandbox_global(L, "require");
}

void module_library::enable(bool on) noexcept {
  enabled_ = on;
  if (!on) files_ = nullptr;  // the bytes are the loader's; they are gone once the pack has loaded
}

int module_library::require_entry(lua_State* L) {
  return static_cast<module_library*>(lua_touserdata(L, lua_upvalueindex(1)))->require(L);
}

std::vector<std::string> module_library::candidates(const std::string& name) const {
  std::vector<std::string> out;
  for (const auto& region : chain_) out.push_back(fmt::format("{}/{}/{}/{}.lua", root_name_, region, shared_lib_folder, name));
  out.push_back(fmt::format("{}/{}/{}.lua", root_name_, shared_lib_folder, name));
  return out;
}

int module_library::require(lua_State* L) {
  if (!enabled_ || files_ == nullptr)
    lua::raise_coded_error(L, codes::runtime,
                           "require is only available while the pack loads: call it at the top of the file, "
                           "outside the rules' functions");
  const std::string_view given = lua::view_string(L, 1);
  if (lua_type(L, 1) != LUA_TSTRING || !is_module_name(given))
    lua::raise_coded_error(
        L, codes::load,
        fmt::format("require: {} is not a module name (lowercase letters, digits and '_', starting with a letter: "
                    "the name of a file in a lib/ folder, without .lua, never a path)",
                    lua_type(L, 1) == LUA_TSTRING ? fmt::format("'{}'", given.substr(0, 64)) : luaL_typename(L, 1)));
  const std::string name(given);
  lua_rawgeti(L, LUA_REGISTRYINDEX, cache_ref_);  // [name, cache]
  if (lua_getfield(L, -1, name.c_str()) != LUA_TNIL) return 1;
  lua_pop(L, 2);  // [name]
  for (std::size_t i = 0; i < loading_.size(); ++i) {
    if (loading_[i] != name) continue;
    std::string path;
    for (std::size_t j = i; j < loading_.size(); ++j) path += loading_[j] + " → ";
    lua::raise_coded_error(L, codes::load, fmt::format("require cycle: {}{}", path, name));
  }
  const auto places = candidates(name);
  const std::string* found = nullptr;
  for (const auto& place : places)
    if (files_->count(place)) {
      found = &place;
      break;
    }
  if (found == nullptr) {
    std::string looked;
    for (const auto& place : places) looked += (looked.empty() ? "" : ", ") + place;
    lua::raise_coded_error(L, codes::load, fmt::format("no module '{}' (looked for {})", name, looked));
  }
  const std::string file = *found;
  int ref = LUA_NOREF;
  {
    loading_guard guard(loading_, name);
    ref = st_.load_chunk(files_->at(file), file, lua::refuse_module_local_writes);
  }
  lua_rawgeti(L, LUA_REGISTRYINDEX, ref);  // [name, module]
  luaL_unref(L, LUA_REGISTRYINDEX, ref);
  if (!lua_istable(L, -1) && !lua_isfunction(L, -1))
    throw lua::script_error(codes::contract, file,
                            fmt::format("a module must return a table of its functions (or one function), not {}",
                                        luaL_typename(L, -1)),
                            "");
  // Shared by every module that requires it: nothing may change it after it has loaded.
  lua_pushvalue(L, -1);
  const int root = luaL_ref(L, LUA_REGISTRYINDEX);
  lua::freeze_module_state(L, {{root, name}}, file);
  luaL_unref(L, LUA_REGISTRYINDEX, root);
  lua_rawgeti(L, LUA_REGISTRYINDEX, cache_ref_);  // [name, module, cache]
  lua_pushvalue(L, -2);
  lua_setfield(L, -2, name.c_str());
  lua_pop(L, 1);  // [name, module]
  loaded_.push_back(name);
  return 1;
}

}  // namespace hashigo::pack
