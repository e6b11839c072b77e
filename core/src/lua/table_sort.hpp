#pragma once
// The sandbox's table.sort: a stable merge sort whose every comparison is charged to the
// instruction budget.
//
// Lua's own sort runs entirely in C, out of reach of the count hook: a table whose __len says
// 1e9 (with C functions as __index/__newindex) kept one call going for tens of minutes, and
// sorting 100,000 references to one 4 MiB string compared 4 MiB per step for 15 s and more. It
// also picks pivots from clock() and time() for arrays over 100 items, so an inconsistent or
// partial order gave different results from run to run.
//
// This one refuses anything but a plain table (no metatable), reads and writes the array part
// raw, merges through a scratch Lua table (so its memory is under the cap), is worst-case
// O(n log n) whatever the comparator says and never indexes outside 1..#t, and charges each
// comparison `1 + (shorter string's bytes) / sort_bytes_per_tick` instructions before making it.
#include <lua.hpp>

#include <cstdint>

namespace hashigo::lua {

/// Compared string bytes per instruction charged (two 4 MiB strings: 65,537 per comparison).
inline constexpr std::int64_t sort_bytes_per_tick = 64;

/// table.sort(t [, comp]) for rules; same comparator contract as Lua's (`a < b`, or comp(a, b)
/// true when a must come before b). Raises "invalid order function for sorting" when the
/// comparator says a value comes before itself.
// stack: [t, comp?] -> []
int sandbox_sort(lua_State* L);

}  // namespace hashigo::lua
