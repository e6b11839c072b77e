#pragma once
// Bounded pattern matching for rules (lua-host.md S4.1): the count hook cannot interrupt a
// C function, and Lua patterns backtrack (`('a'):rep(400):find('.-.-.-b')` ran 13.5 s).
//
// `string.find/match/gmatch/gsub` are replaced, in the real string table too (so method syntax
// `s:find(p)` is covered), by wrappers that
//   1. refuse subjects over `max_pattern_subject` bytes (plain `find` included);
//   2. estimate the worst-case backtracking work of the pattern on that subject,
//      n^(1 + r) * 2^q where n is the subject length, r the number of repetition items
//      (`*`, `+`, `-`), `%b` items and back-references (`%1`), and q the number of `?` items,
//      and refuse it above `max_pattern_steps` (plain `find` is exempt: it is O(n*m));
//   3. charge the estimate to the instruction budget (1 instruction per `steps_per_tick`
//      steps), so that many cheap calls in a loop are bounded too.
#include <lua.hpp>

#include <cstddef>
#include <string_view>

namespace hashigo::lua {

inline constexpr std::size_t max_pattern_subject = 4096;  ///< bytes
inline constexpr double max_pattern_steps = 2e7;          ///< ~20-60 ms of matching, measured
inline constexpr double steps_per_tick = 16;              ///< budget charge per matching step

/// Shape of a Lua pattern as far as backtracking cost is concerned.
struct pattern_shape {
  int repetitions = 0;  ///< `*`, `+`, `-` after a single-character class
  int optionals = 0;    ///< `?` after a single-character class
  int linear_items = 0; ///< `%b` and back-references `%1`..`%9`, each O(n) per attempt
};

/// Parses `pattern` like lstrlib.c's `do_match` does (classes, sets, `%b`, `%f`, captures).
pattern_shape shape_of(std::string_view pattern) noexcept;

/// Worst-case number of matching steps of a pattern of shape `s` on a subject of `n` bytes.
double worst_case_steps(const pattern_shape& s, std::size_t n) noexcept;

/// Replaces find/match/gmatch/gsub of the string table at `lib` with the wrappers.
// stack: [] -> []
void guard_pattern_functions(lua_State* L, int lib);

}  // namespace hashigo::lua
