// table.sort for rules (table_sort.hpp): binary insertion sort of short runs, then bottom-up
// merges through a scratch table, every comparison charged to the instruction budget.
#include "lua/table_sort.hpp"

#include "lua/budget.hpp"

#include <algorithm>
#include <climits>

namespace hashigo::lua {
namespace {

// Runs this long are sorted by insertion before merging: most lists rules sort are shorter, and
// then no scratch table is made at all.
constexpr lua_Integer run_length = 8;
// Ticks are gathered and charged in batches (charging reads the clock); a comparison of long
// strings is charged before it is made, since it alone can take milliseconds.
constexpr std::int64_t charge_batch = 128;
// Values copied per tick charged (moves are cheap, but a sorted input of 10^5 items is merged
// with few comparisons and many moves).
constexpr std::int64_t moves_per_tick = 8;

class sorter {
 public:
  // stack: [t, comp|nil, ...]
  sorter(lua_State* L, bool custom) : L_(L), custom_(custom) {}

  // True when the value at `a` must come before the value at `b`. Charges the comparison first.
  // stack: [] -> []
  bool less(int a, int b) {
    std::int64_t cost = 1;
    if (lua_type(L_, a) == LUA_TSTRING && lua_type(L_, b) == LUA_TSTRING) {
      const auto shorter = static_cast<std::int64_t>(std::min(lua_rawlen(L_, a), lua_rawlen(L_, b)));
      cost += shorter / sort_bytes_per_tick;
    }
    spend(cost);
    bool result = false;
    if (custom_) {
      lua_pushvalue(L_, 2);
      lua_pushvalue(L_, a);
      lua_pushvalue(L_, b);
      lua_call(L_, 2, 1);
      result = lua_toboolean(L_, -1) != 0;
      lua_pop(L_, 1);
    } else {
      result = lua_compare(L_, a, b, LUA_OPLT) != 0;
    }
    // An order must say no value comes before itself; `<=` as comparator is the usual slip.
    if (result && lua_rawequal(L_, a, b))
      luaL_error(L_, "invalid order function for sorting (it says a value comes before itself; use < rather than <=)");
    return result;
  }

  void moved(std::int64_t n) { spend((n + moves_per_tick - 1) / moves_per_tick); }

  // Charges what is left (stack: [] -> []).
  void settle() {
    if (pending_ > 0) charge_budget(L_, pending_);
    pending_ = 0;
  }

 private:
  void spend(std::int64_t ticks) {
    pending_ += ticks;
    if (pending_ >= charge_batch) settle();
  }

  lua_State* L_;
  bool custom_;
  std::int64_t pending_ = 0;
};

// Sorts t[lo..hi] in place by binary insertion (stable: an item goes after its equals).
// stack: [t, comp, ...] -> same
void insertion_sort(lua_State* L, sorter& s, lua_Integer lo, lua_Integer hi) {
  for (lua_Integer i = lo + 1; i <= hi; ++i) {
    lua_rawgeti(L, 1, i);  // [x]
    const int x = lua_gettop(L);
    lua_rawgeti(L, 1, i - 1);  // [x, prev]
    const bool in_place = !s.less(x, x + 1);
    lua_pop(L, 1);  // [x]
    if (in_place) {
      lua_pop(L, 1);
      continue;
    }
    lua_Integer left = lo, right = i - 1;  // x goes somewhere in [left, right]
    while (left < right) {
      const lua_Integer mid = left + (right - left) / 2;
      lua_rawgeti(L, 1, mid);
      const bool before = s.less(x, x + 1);
      lua_pop(L, 1);
      if (before)
        right = mid;
      else
        left = mid + 1;
    }
    for (lua_Integer k = i; k > left; --k) {
      lua_rawgeti(L, 1, k - 1);
      lua_rawseti(L, 1, k);
    }
    s.moved(i - left);
    lua_rawseti(L, 1, left);  // [] (x)
  }
}

// Merges the sorted runs t[lo..mid-1] and t[mid..hi-1] in place, through the scratch table at
// `tmp`. Whatever the comparator answers, the write index k stays at or below the read index j
// of the right run (k = j - items of the left run still unwritten), so nothing unread is
// overwritten and every index stays in lo..hi-1.
// stack: [t, comp, tmp, ...] -> same
void merge(lua_State* L, sorter& s, int tmp, lua_Integer lo, lua_Integer mid, lua_Integer hi) {
  lua_rawgeti(L, 1, mid);      // [b]
  lua_rawgeti(L, 1, mid - 1);  // [b, a]
  const int top = lua_gettop(L);
  const bool ordered = !s.less(top - 1, top);
  lua_pop(L, 2);
  if (ordered) return;  // already in order: sorted and nearly sorted inputs cost n comparisons
  const lua_Integer m = mid - lo;
  for (lua_Integer k = 0; k < m; ++k) {
    lua_rawgeti(L, 1, lo + k);
    lua_rawseti(L, tmp, k + 1);
  }
  s.moved(m);
  lua_Integer i = 1, j = mid, k = lo;
  lua_rawgeti(L, tmp, i);  // [a]
  lua_rawgeti(L, 1, j);    // [a, b]
  const int a = lua_gettop(L) - 1;
  const int b = a + 1;
  for (;;) {
    if (s.less(b, a)) {  // strictly before: equal items keep the left one first (stable)
      lua_pushvalue(L, b);
      lua_rawseti(L, 1, k++);
      if (++j == hi) break;
      lua_rawgeti(L, 1, j);
      lua_replace(L, b);
    } else {
      lua_pushvalue(L, a);
      lua_rawseti(L, 1, k++);
      if (++i > m) break;
      lua_rawgeti(L, tmp, i);
      lua_replace(L, a);
    }
  }
  lua_pop(L, 2);
  // The right run ended first: the rest of the left run goes at the end. (When the left run
  // ended first, the rest of the right run is already where it belongs: k == j.)
  s.moved(m - i + 1);
  for (; i <= m; ++i) {
    lua_rawgeti(L, tmp, i);
    lua_rawseti(L, 1, k++);
  }
}

}  // namespace

int sandbox_sort(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  if (lua_getmetatable(L, 1))
    return luaL_argerror(L, 1,
                         "a table with a metatable cannot be sorted in rules (read-only and module-level "
                         "tables cannot change, and a metatable could make one call run for ever); copy "
                         "the items into a plain list first");
  const auto n = static_cast<lua_Integer>(lua_rawlen(L, 1));
  if (n < 2) return 0;
  luaL_argcheck(L, n < INT_MAX, 1, "array too big");
  const bool custom = !lua_isnoneornil(L, 2);
  if (custom) luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_settop(L, 2);
  luaL_checkstack(L, 8, "table.sort");
  sorter s(L, custom);
  for (lua_Integer lo = 1; lo <= n; lo += run_length) insertion_sort(L, s, lo, std::min(lo + run_length - 1, n));
  if (n > run_length) {
    lua_createtable(L, static_cast<int>(n / 2 + 1), 0);  // [t, comp, tmp]: the longest left run
    const int tmp = lua_gettop(L);
    for (lua_Integer width = run_length; width < n; width *= 2) {
      for (lua_Integer lo = 1; lo + width <= n; lo += 2 * width)
        merge(L, s, tmp, lo, lo + width, std::min(lo + 2 * width, n + 1));
    }
    lua_pop(L, 1);
  }
  s.settle();
  return 0;
}

}  // namespace hashigo::lua
