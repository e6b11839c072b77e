// evaluate_lean and write_json: the same decision as evaluate() with json_detail::lean, byte for
// byte, on every example case, on synthetic cases, after failures, and with the buffers reused.
#include <doctest/doctest.h>

#include <hashigo/engine/lean.hpp>

#include "engine_fixtures.hpp"
#include "synthetic.hpp"

#include <cstdlib>
#include <fstream>
#include <new>

using namespace engine_fixtures;
namespace engine = hashigo::engine;
namespace cases = hashigo::cases;

namespace {

// The lean JSON of both paths for one case; `out` is reused as a caller would.
void same_bytes(engine::engine& eng, const cases::case_state& s, const std::string& region, engine::lean_decision& out) {
  const std::string want = engine::to_json(eng.evaluate(s, region, {.lean = true}), engine::json_detail::lean).dump();
  eng.evaluate_lean(s, region, out);
  std::string got;
  engine::write_json(out, got);
  CHECK_MESSAGE(got == want, s.header.id, " as of ", s.as_of.to_string(), " under ", region);
}

std::vector<fs::path> example_cases() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "cases")) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("a lean decision is the lean JSON of evaluate() on every example case and month end") {
  auto eng = repository_engine();
  engine::lean_decision out;
  int compared = 0;
  for (const auto& path : example_cases()) {
    std::ifstream in(path);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto file = hashigo::format::case_file_from_json(hashigo::format::parse_json(text, path.string()));
    cases::sort_events(file.events);
    const auto first = file.events.front().on;
    for (int m = 0; m < 30; ++m) {
      const auto day = first.add_months(m + 1).add_days(-1);
      const auto s = cases::fold(file.header, file.events, day);
      for (const auto& region : {file.header.region, std::string("national")}) {
        same_bytes(eng, s, std::string(region), out);
        ++compared;
      }
    }
  }
  CHECK(compared > 400);
}

TEST_CASE("a lean decision is the lean JSON of evaluate() on synthetic cases under every pack") {
  auto eng = repository_engine();
  engine::lean_decision out;
  const auto states = hashigo::bench::make_states(hashigo::bench::default_seed, 0, 400);
  for (const std::string_view region : {"national", "chiba", "osaka", "kushiro", "saga", "kanagawa", "zama"})
    for (const auto& s : states)
      if (s.as_of >= hashigo::date::parse_or_throw("2015-04-01", "as_of")) same_bytes(eng, s, std::string(region), out);
}

TEST_CASE("a failing rule gives the same lean error decision, and the next case decides as fresh") {
  temp_rules rules;
  rules.region("broken", "stepup",
               "return { { id = 'T-1', title = { ja = 'x', en = 'x' }, note = 'x', decide = function(case, ctx)\n"
               "  if case.stage == 'social' then error('boom') end\n"
               "  if case.stage == 'employment' then return { step = 'sideways', reason = 'x' } end\n"
               "end } }\n");
  auto eng = rules.make_engine();
  engine::lean_decision out;
  const auto social = b_san("2015-06-30");  // b-san is at social then
  same_bytes(eng, social, "broken", out);
  CHECK(!out.ok());
  CHECK(out.error->code == "RULE002");
  const auto later = b_san("2016-06-30");
  same_bytes(eng, later, "broken", out);
  same_bytes(eng, social, "national", out);
  CHECK(out.ok());
  CHECK(out.step == "up");
  CHECK(out.rules(out.step_rules).size() == 1);
}

namespace {
// Allocations through operator new on this thread while `counting` is set (the engine's host
// side: strings, vectors, maps; Lua's own go through its allocator and are not counted here).
thread_local bool counting = false;
thread_local std::size_t news = 0;
}  // namespace

void* operator new(std::size_t n) {
  if (counting) ++news;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

TEST_CASE("a steady run of lean evaluations allocates nothing on the host") {
  auto eng = repository_engine();
  engine::lean_decision out;
  const auto states = hashigo::bench::make_states(hashigo::bench::default_seed, 0, 300);
  std::vector<const cases::case_state*> decidable;
  for (const auto& s : states)
    if (s.as_of >= hashigo::date::parse_or_throw("2015-04-01", "as_of")) decidable.push_back(&s);
  for (const auto* s : decidable) eng.evaluate_lean(*s, "national", out);  // buffers grow to size
  for (const auto* s : decidable) eng.evaluate_lean(*s, "national", out);
  counting = true;
  news = 0;
  for (const auto* s : decidable) eng.evaluate_lean(*s, "national", out);
  counting = false;
  CHECK(decidable.size() > 200);
  CHECK(news == 0);
  // The counter does count: a full decision allocates.
  counting = true;
  (void)eng.evaluate(*decidable.front(), "national");
  counting = false;
  CHECK(news > 0);
}
