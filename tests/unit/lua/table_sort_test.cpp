// The sandbox's table.sort (lua/table_sort.hpp): Lua's comparator contract, stability, refusals,
// and every comparison charged to the instruction budget.
#include "lua/sandbox.hpp"
#include "lua_test_util.hpp"

#include <doctest/doctest.h>

#include <string>

using hashigo::lua::state;
using hashigo::lua::test::error_of;
using hashigo::lua::test::healthy;
using hashigo::lua::test::run;
namespace codes = hashigo::lua::codes;

namespace {
bool contains(const std::string& s, std::string_view p) { return s.find(p) != std::string::npos; }
}  // namespace

TEST_CASE("table.sort orders like Lua's: numbers, strings, a comparator, every length") {
  hashigo::lua::limits lim;
  lim.instructions = 100'000'000;  // the loop over every length below
  state s(lim);
  CHECK(run(s, "local t = {3, 1, 2} table.sort(t) return table.concat(t, ',')") == "1,2,3");
  CHECK(run(s, "local t = {'pear', 'apple', 'fig'} table.sort(t) return table.concat(t, ',')") == "apple,fig,pear");
  CHECK(run(s, "local t = {3, 1, 2} table.sort(t, function(a, b) return a > b end) return table.concat(t, ',')") ==
        "3,2,1");
  CHECK(run(s, "local t = {} table.sort(t) return #t") == 0);
  CHECK(run(s, "local t = {7} table.sort(t, 'not checked for one item') return t[1]") == 7);
  // Every length from 0 to 300 (insertion runs of 8, merges of every shape), against a check in Lua.
  CHECK(run(s, R"(
    local x = 12345
    local function rand() x = (x * 1103515245 + 12345) % 2147483648 return x % 1000 end
    for n = 0, 300 do
      local t = {}
      for i = 1, n do t[i] = rand() end
      table.sort(t)
      for i = 2, n do if t[i - 1] > t[i] then return "unsorted at n=" .. n end end
      local u = {}
      for i = 1, n do u[i] = rand() end
      table.sort(u, function(a, b) return a > b end)
      for i = 2, n do if u[i - 1] < u[i] then return "comparator ignored at n=" .. n end end
    end
    return "ok")") == "ok");
}

TEST_CASE("table.sort is stable: equal items keep their order") {
  state s;
  CHECK(run(s, R"(
    local t = {}
    for i = 1, 100 do t[i] = { key = i % 3, seq = i } end
    table.sort(t, function(a, b) return a.key < b.key end)
    for i = 2, 100 do
      local p, q = t[i - 1], t[i]
      if p.key > q.key or (p.key == q.key and p.seq > q.seq) then return false end
    end
    return true)") == true);
}

TEST_CASE("table.sort refuses what Lua's sort would run for ever on") {
  state s;
  // A length of 1e9 with C functions as __index/__newindex kept Lua's sort in C for tens of minutes.
  auto e = error_of(s, "local t = setmetatable({}, {__len = function() return 1e9 end, __index = rawequal, "
                       "__newindex = rawequal}) table.sort(t)");
  REQUIRE(e);
  CHECK(e->code() == codes::runtime);
  CHECK(e->location() == "rules/t/x.lua:1");
  CHECK(contains(e->message(), "bad argument #1 to 'sort' (a table with a metatable cannot be sorted in rules"));
  e = error_of(s, "table.sort(string)");  // a read-only library table
  REQUIRE(e);
  CHECK(contains(e->message(), "a table with a metatable cannot be sorted"));
  e = error_of(s, "table.sort('abc')");
  REQUIRE(e);
  CHECK(contains(e->message(), "bad argument #1 to 'sort' (table expected, got string)"));
  e = error_of(s, "table.sort({2, 1}, 3)");
  REQUIRE(e);
  CHECK(contains(e->message(), "bad argument #2 to 'sort' (function expected, got number)"));
  e = error_of(s, "local t = {3, 2, 1} t[2] = nil table.sort(t)");  // #t is 3: a hole is compared, as in Lua
  REQUIRE(e);
  CHECK(contains(e->message(), "attempt to compare"));
  CHECK(healthy(s));
}

TEST_CASE("table.sort says when the order function is invalid, and never runs out of bounds") {
  state s;
  // `<=` says equal values come before each other: Lua raised this only on some inputs.
  auto e = error_of(s, "local t = {3, 1, 3, 2} table.sort(t, function(a, b) return a <= b end)");
  REQUIRE(e);
  CHECK(e->code() == codes::runtime);
  CHECK(contains(e->message(), "invalid order function for sorting"));
  // A comparator that answers anything still gives a permutation of the items, the same every run.
  CHECK(run(s, R"(
    local function perm(comp)
      local t = {}
      for i = 1, 200 do t[i] = i end
      table.sort(t, comp)
      local seen, out = {}, {}
      for i = 1, 200 do
        if seen[t[i]] or t[i] == nil then return nil end
        seen[t[i]] = true
        out[i] = t[i]
      end
      return table.concat(out, ",")
    end
    local flip = false
    local a = perm(function(x, y) flip = not flip return flip and x ~= y end)
    flip = false
    local b = perm(function(x, y) flip = not flip return flip and x ~= y end)
    return a ~= nil and a == b and perm(function(x, y) return x ~= y end) ~= nil)") == true);
}

TEST_CASE("table.sort charges its comparisons and the bytes of compared strings") {
  state s;
  // 100,000 references to one 4 MiB string: each comparison scans 4 MiB. Lua's sort ran 15 s and
  // more (the wall-clock backstop cut it at 2 s); charged per byte, the budget stops it at once.
  auto e = error_of(s, R"(
    local big = ("x"):rep(4 * 1024 * 1024)
    local t = {}
    for i = 1, 100000 do t[i] = big end
    table.sort(t))");
  REQUIRE(e);
  CHECK(e->code() == codes::budget);
  CHECK(e->location() == "rules/t/x.lua:5");
  CHECK(contains(e->message(), "instruction budget exhausted"));
  // Sorting 300,000 numbers needs millions of comparisons: past the 1M budget, deterministically.
  e = error_of(s, "local t = { ('acegikmobdfhjlnp'):rep(20000):byte(1, -1) } table.sort(t)");
  REQUIRE(e);
  CHECK(e->code() == codes::budget);
  CHECK(contains(e->message(), "instruction budget exhausted (1000000 instructions)"));
  // A small sort costs about one instruction per comparison.
  const int ref = s.load_chunk("local t = {} for i = 1, 64 do t[i] = (i * 37) % 64 end table.sort(t) return t[1]",
                               "rules/t/small.lua");
  CHECK(s.instructions_used() < 10'000);
  s.protect("cleanup", [&](lua_State* L) { luaL_unref(L, LUA_REGISTRYINDEX, ref); });
  CHECK(healthy(s));
}

TEST_CASE("pcall cannot swallow a sort's budget error") {
  state s;
  const auto e = error_of(s, R"(
    local t = {}
    for i = 1, 200000 do t[i] = -i end
    for _ = 1, 10 do pcall(table.sort, t) end
    return true)");
  REQUIRE(e);
  CHECK(e->code() == codes::budget);
}
