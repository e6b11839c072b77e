#pragma once
// Reading the host's own lua_dump of a function (Lua 5.4.4's format: ldump.c) to find the
// assignments to upvalues (OP_SETUPVAL) that reach variables created outside a call: the ones
// through which a rule could carry state from one evaluation to the next. No Lua state here.
#include <string>
#include <string_view>
#include <vector>

namespace hashigo::lua {

/// Which assignments upvalue_writes reports.
enum class write_scope {
  /// The dump is a module's main chunk, before it runs: assignments, inside any function of it,
  /// to a local of the main chunk (a module-level local) or to its `_ENV`.
  module_locals,
  /// The dump is a closure that already exists (made while the module loaded): assignments, in
  /// it or in any function nested in it, to one of its upvalues, whose variables were created
  /// before the closure and outlive every call of it.
  closure_upvalues,
};

/// One assignment found.
struct upvalue_write {
  std::string name;    ///< the variable, as the source names it ("?" without debug information)
  std::string source;  ///< the chunk name without its '@' ("rules/x/stepup.lua")
  int line = 0;        ///< the line of the assignment
};

/// The assignments of `scope` in a dump made with lua_dump(strip = 0), in code order. Throws
/// std::runtime_error when the dump is not a Lua 5.4 dump of this build's layout.
std::vector<upvalue_write> upvalue_writes(std::string_view dump, write_scope scope);

}  // namespace hashigo::lua
