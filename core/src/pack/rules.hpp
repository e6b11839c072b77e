#pragma once
// Rule modules (eligibility.lua, stepup.lua, referral.lua, alerts.lua of every pack of the chain)
// turned into rule records and the functions the runtime calls: base rules first, a region's rule
// replacing a base rule of the same id in place and receiving it as `base`, `disable` applied.
#include <hashigo/pack/summary.hpp>

#include "pack/files.hpp"

#include "lua/sandbox.hpp"

#include <vector>

namespace hashigo::pack {

/// A rule's functions in the state (registry refs): its decide, and the `base` it receives as its
/// third argument (LUA_NOREF when it replaces no rule).
struct rule_functions {
  int decide = -2;  // LUA_NOREF
  int base = -2;
};

/// Loads every rule module of `out.chain` (`<root_name>/<region>/<module>.lua`) from `files` (the
/// digested bytes) into `st`, isolating
/// each module's state (lua/module_state.hpp), and sets `out.rules`. Returns one rule_functions
/// per rule, in the same order. Throws script_error: RULE001..004 from loading, RULE005 for a
/// file or rule of the wrong shape (unknown keys included, named with the rule and the key).
std::vector<rule_functions> load_rules(lua::state& st, const std::string& root_name, summary& out,
                                       const pack_files& files);

/// Loads the matching criteria (`<root_name>/<region>/matching.lua` over the chain) the same way
/// into `out.criteria`, `disable` applied; a replacement's `base` takes (case, task, ctx). Returns
/// one rule_functions per criterion.
std::vector<rule_functions> load_criteria(lua::state& st, const std::string& root_name, summary& out,
                                          const pack_files& files);

}  // namespace hashigo::pack
