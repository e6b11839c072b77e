#pragma once
// make bench: `hashigo match` against its bare-Lua floor (bench_match.cpp).

namespace hashigo::bench {

/// Registers engine_match_900_tasks and floor_match_900_tasks.
void register_match_benchmarks();

}  // namespace hashigo::bench
