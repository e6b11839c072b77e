#pragma once
// Keeping rule modules stateless. A pack's state lives as long as the engine that loaded it
// (`watch`, `eval --monthly`, pack tests, a server): anything a rule could change and read back
// later would make a decision depend on the evaluations before it. A module is isolated in two
// steps, both at load time:
//
//  1. before its chunk runs, its bytecode is read (lua/bytecode.hpp): a function assigning a
//     module-level local (`local n = 0 … function() n = n + 1 end`) refuses the pack (RULE001);
//  2. after it ran, everything its rules can reach through their upvalues is walked: a function
//     that assigns one of its own upvalues (a counter made by a factory that ran at load time)
//     or holds a string.gmatch iterator refuses the pack (RULE001); every table reached is
//     frozen in place (lua/frozen.hpp), so a write to it fails when the rule runs (RULE002).
//
// Host tables (the environment, read-only views, library tables) are left as they are.
#include <lua.hpp>

#include <string>
#include <utility>
#include <vector>

namespace hashigo::lua {

/// Step 1 for the chunk on top of the stack (loaded, not yet run). Throws script_error RULE001
/// at `file:line` of the first assignment.
// stack: [chunk] -> [chunk]
void refuse_module_local_writes(lua_State* L);

/// Step 2 from `roots` (registry refs, each with the name it goes by: a rule's id, a shared
/// module's name): rule functions, or what a shared module returned. Throws script_error RULE001
/// at `file:line` of the first offending assignment or value (at `where`, a file, when the root
/// it was reached from is not a function).
// stack: [] -> []
void freeze_module_state(lua_State* L, const std::vector<std::pair<int, std::string>>& roots,
                         const std::string& where = "");

}  // namespace hashigo::lua
