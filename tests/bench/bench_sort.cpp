#include "bench_sort.hpp"

#include "lua/environment.hpp"
#include "lua/sandbox.hpp"

#include <benchmark/benchmark.h>
#include <lua.hpp>

#include <memory>

namespace hashigo::bench {
namespace {

// One sandboxed state with Lua's original sort as the global `lua_sort`, and a function that
// copies `n` pseudo-random numbers into a fresh list and sorts it, `reps` times.
struct sort_fixture {
  lua::state st;
  int fn = LUA_NOREF;

  sort_fixture() {
    st.protect("bench setup", [](lua_State* L) {
      lua_getfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
      lua_getfield(L, -1, LUA_TABLIBNAME);  // the unfiltered table library
      lua_getfield(L, -1, "sort");
      lua::set_sandbox_global(L, "lua_sort");
      lua_pop(L, 2);
    });
    fn = st.load_chunk(R"(
      local src, x = {}, 42
      for i = 1, 4096 do x = (x * 1103515245 + 12345) % 2147483648; src[i] = x % 100000 end
      local function less(a, b) return a < b end
      return function(which, n, reps, with_comparator)
        local sort = which == 0 and lua_sort or table.sort
        local comp = with_comparator and less or nil
        for r = 1, reps do
          local t = {}
          for i = 1, n do t[i] = src[(i * 7 + r) % 4096 + 1] end
          if which ~= 2 then sort(t, comp) end
        end
      end)",
                       "bench/sort.lua");
  }
};

sort_fixture& fixture() {
  static auto f = std::make_unique<sort_fixture>();
  return *f;
}

void sort_lists(benchmark::State& state) {
  auto& f = fixture();
  const auto which = state.range(0);
  const auto n = state.range(1);
  const bool comparator = state.range(2) != 0;
  const lua_Integer reps = 20000 / n;  // well inside the instruction budget of one protected call
  for (auto _ : state) {
    f.st.protect("bench", [&](lua_State* L) {
      lua_rawgeti(L, LUA_REGISTRYINDEX, f.fn);
      lua_pushinteger(L, which);
      lua_pushinteger(L, n);
      lua_pushinteger(L, reps);
      lua_pushboolean(L, comparator ? 1 : 0);
      lua_call(L, 4, 0);
    });
  }
  state.counters["ns_per_list"] = benchmark::Counter(static_cast<double>(reps) / 1e9,
                                                     benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

}  // namespace

void register_sort_benchmarks() {
  auto* b = benchmark::RegisterBenchmark("sort", sort_lists)->ArgNames({"impl", "n", "comparator"});
  for (int comparator : {0, 1})
    for (int n : {4, 16, 64, 256})
      for (int impl : {0, 1, 2}) b->Args({impl, n, comparator});
  b->Unit(benchmark::kMicrosecond);
}

}  // namespace hashigo::bench
