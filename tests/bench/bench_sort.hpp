#pragma once
// make bench: the sandbox's table.sort (core/src/lua/table_sort.cpp) against Lua's own, in one
// sandboxed state (same hook, same budget), on lists of the sizes rules sort.
namespace hashigo::bench {

/// Registers sort/impl:{0 Lua's, 1 the sandbox's, 2 copying only}/n:{4,16,64,256}/comparator:{0,1}.
void register_sort_benchmarks();

}  // namespace hashigo::bench
