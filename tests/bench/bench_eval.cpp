// make bench: fold and evaluation costs on the example journey (Bさん) under the national pack.
#include <hashigo/case/fold.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/format/case_json.hpp>

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

namespace {

hashigo::format::case_file load_example() {
  std::ifstream in(std::string(HASHIGO_TEST_SOURCE_DIR) + "/examples/cases/b-san.json");
  std::stringstream buf;
  buf << in.rdbuf();
  return hashigo::format::case_file_from_json(hashigo::format::parse_json(buf.str(), "b-san.json"));
}

void fold_journey(benchmark::State& st) {
  auto file = load_example();
  hashigo::cases::sort_events(file.events);
  const auto as_of = hashigo::date::parse_or_throw("2015-09-30", "as_of");
  for (auto _ : st) benchmark::DoNotOptimize(hashigo::cases::fold(file.header, file.events, as_of));
}
BENCHMARK(fold_journey);

void evaluate_case(benchmark::State& st) {
  auto file = load_example();
  hashigo::cases::sort_events(file.events);
  const auto state = hashigo::cases::fold(file.header, file.events, hashigo::date::parse_or_throw("2015-09-30", "as_of"));
  hashigo::engine::engine eng({std::string(HASHIGO_TEST_SOURCE_DIR) + "/rules"});
  const bool explain = st.range(0) != 0;
  for (auto _ : st) benchmark::DoNotOptimize(eng.evaluate(state, "national", {explain}));
  st.SetItemsProcessed(st.iterations());
}
BENCHMARK(evaluate_case)->Arg(0)->Arg(1)->ArgName("explain");

}  // namespace

BENCHMARK_MAIN();
