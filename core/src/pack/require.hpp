#pragma once
// `require(name)` for rule modules: shared modules from the lib/ folders of the pack's chain and
// of the rules root, loaded once per state, read-only, isolated like rule modules, and digested
// with the pack (pack/files.hpp). Docs: docs/rules-authoring.md, "Shared modules".
#include "lua/sandbox.hpp"

#include <lua.hpp>

#include <map>
#include <string>
#include <vector>

namespace hashigo::pack {

/// The modules a pack can require, and the `require` function that loads them. It must outlive
/// the state's use of `require` (the function holds a light pointer to it): the runtime keeps it.
class module_library {
 public:
  /// `chain`: the pack's region then its bases, searched in that order (`<root>/<region>/lib/`),
  /// then `<root>/lib/`. `files`: the digested bytes by name (pack_files::bytes); only read while
  /// loading is enabled.
  module_library(lua::state& st, std::string root_name, std::vector<std::string> chain,
                 const std::map<std::string, std::string>& files);
  module_library(const module_library&) = delete;
  module_library& operator=(const module_library&) = delete;

  /// Installs the global `require`. Call inside a protected call, once.
  // stack: [] -> []
  void install(lua_State* L);
  /// While enabled (rule modules are loading), `require` loads; otherwise it refuses with RULE002:
  /// a module is loaded once, before any evaluation, so no evaluation pays for it or sees it change.
  void enable(bool on) noexcept;
  /// Names of the modules loaded, in the order they were first required.
  const std::vector<std::string>& loaded() const noexcept { return loaded_; }

 private:
  static int require_entry(lua_State* L);
  // stack: [name] -> [module]
  int require(lua_State* L);
  // The files `name` may be, in search order.
  std::vector<std::string> candidates(const std::string& name) const;

  lua::state& st_;
  std::string root_name_;
  std::vector<std::string> chain_;
  const std::map<std::string, std::string>* files_;
  bool enabled_ = false;
  int cache_ref_ = LUA_NOREF;         // name → the module's frozen result
  std::vector<std::string> loading_;  // the modules being loaded, outermost first: a cycle's path
  std::vector<std::string> loaded_;
};

}  // namespace hashigo::pack
