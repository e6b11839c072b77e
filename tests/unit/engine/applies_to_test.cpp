// A rule's applies_to: the engine does not run it for a case outside the stages and statuses it
// declares, the trace says so, a wrong declaration is RULE005, and the shipped packs' declarations
// change no decision (every rule run anyway gives the same outcomes on a synthetic population).
#include <doctest/doctest.h>

#include <hashigo/error.hpp>

#include <algorithm>

#include "engine_fixtures.hpp"
#include "synthetic.hpp"

using namespace engine_fixtures;
namespace engine = hashigo::engine;
namespace cases = hashigo::cases;

namespace {

// A step rule that proposes a hold everywhere, declared for general-stage cases in support.
std::string always_hold(const std::string& applies_to) {
  return "return { { id = 'T-1', title = { ja = 'x', en = 'x' }, note = 'x', " + applies_to +
         " decide = function(case, ctx)\n"
         "  return { step = 'hold', reason = { ja = '保留', en = 'hold' } }\n"
         "end } }\n";
}

const engine::trace_entry& traced(const engine::decision& d, const std::string& id) {
  for (const auto& t : d.trace)
    if (t.rule_id == id) return t;
  FAIL("no trace entry for ", id);
  throw;
}

std::string load_error(temp_rules& rules, const std::string& applies_to) {
  rules.region("scoped", "stepup", always_hold(applies_to));
  auto eng = rules.make_engine();
  try {
    eng.pack("scoped");
  } catch (const hashigo::error& e) {
    return std::string(e.code()) + " " + e.what();
  }
  return "loaded";
}

}  // namespace

TEST_CASE("a rule outside its applies_to is not run, and the trace says so") {
  temp_rules rules;
  rules.region("scoped", "stepup", always_hold("applies_to = { stages = { 'general' }, statuses = { 'in_support' } },"));
  auto eng = rules.make_engine();
  const auto social = b_san("2015-06-30");  // at social, in support
  REQUIRE(social.position.at == cases::stage::social);
  const auto d = eng.evaluate(social, "scoped", {.explain = true});
  REQUIRE(d.ok());
  const auto& t = traced(d, "T-1");
  CHECK(t.skipped);
  CHECK_FALSE(t.fired);
  CHECK(t.checks.empty());
  CHECK(engine::to_json(d).dump().find("\"skipped\":true") != std::string::npos);
  // Run anyway (as `hashigo check` does): it fires, and is marked as outside its scope.
  const auto every = eng.evaluate(social, "scoped", {.explain = true, .every_rule = true});
  CHECK(traced(every, "T-1").fired);
  CHECK(traced(every, "T-1").outside_scope);
  const auto held_by_t1 = [](const engine::decision& x) {
    return std::any_of(x.step.reasons.begin(), x.step.reasons.end(), [](const auto& r) { return r.rule_id == "T-1"; });
  };
  CHECK(held_by_t1(every));
  CHECK_FALSE(held_by_t1(d));
  // Inside its scope it runs and fires.
  auto general = social;
  general.position = {cases::stage::general, "part_time"};
  const auto inside = eng.evaluate(general, "scoped", {.explain = true});
  CHECK(traced(inside, "T-1").fired);
  CHECK_FALSE(traced(inside, "T-1").skipped);
  // A status outside the list skips it too.
  general.status = cases::process_status::evaluation;
  CHECK(traced(eng.evaluate(general, "scoped", {.explain = true}), "T-1").skipped);
}

TEST_CASE("a replacement with its own decide declares its own applies_to; one without keeps the base's") {
  temp_rules rules;
  // national SU-04 applies at general only. A replacement deciding for itself promises nothing
  // about where it fires until it says so (a region's EX-01 may hold a hire at any stage).
  const std::string body = "decide = function(case, ctx) return { step = 'hold', reason = { ja = '保留', en = 'hold' } } end";
  rules.region("own", "stepup", "return { { id = 'SU-04', " + body + " } }\n");
  rules.region("narrow", "stepup", "return { { id = 'SU-04', applies_to = { statuses = { 'closed' } }, " + body + " } }\n");
  rules.region("declares", "stepup", "return { { id = 'SU-04', note = 'only the declarations change' } }\n");
  auto eng = rules.make_engine();
  const auto social = b_san("2015-06-30");
  CHECK(traced(eng.evaluate(social, "own", {.explain = true}), "SU-04").fired);
  CHECK(eng.pack("own").rules.size() == eng.pack("national").rules.size());
  CHECK(traced(eng.evaluate(social, "narrow", {.explain = true}), "SU-04").skipped);
  CHECK(traced(eng.evaluate(social, "declares", {.explain = true}), "SU-04").skipped);
  const auto& kept = *std::find_if(eng.pack("declares").rules.begin(), eng.pack("declares").rules.end(),
                                   [](const auto& r) { return r.id == "SU-04"; });
  CHECK(kept.applies_to.stages == std::vector<cases::stage>{cases::stage::general});
}

TEST_CASE("a malformed applies_to is RULE005 naming the rule and what is wrong") {
  temp_rules rules;
  CHECK(load_error(rules, "applies_to = { stages = { 'lif' } },").find(
            "RULE005 rules/scoped/stepup.lua:1: rule T-1: applies_to.stages: 'lif' is not one of life, social, employment, "
            "intermediate, general") != std::string::npos);
  CHECK(load_error(rules, "applies_to = { statuses = { 'open' } },").find(
            "applies_to.statuses: 'open' is not one of intake, assessment, planning, in_support, evaluation, closed, "
            "suspended") != std::string::npos);
  CHECK(load_error(rules, "applies_to = { stages = {} },").find("applies_to.stages must be a list naming at least one of") !=
        std::string::npos);
  CHECK(load_error(rules, "applies_to = { stage = { 'life' } },").find("rule T-1: applies_to: unknown key 'stage'") !=
        std::string::npos);
  CHECK(load_error(rules, "applies_to = 'general',").find("rule T-1: applies_to must be { stages =") != std::string::npos);
  CHECK(load_error(rules, "applies_to = {},").find("rule T-1: applies_to must be") != std::string::npos);
  CHECK(load_error(rules, "applies_to = { stages = { 'general', 'general' } },") == "loaded");
}

TEST_CASE("the shipped packs' applies_to change no decision on a synthetic population, and skip rules") {
  auto eng = repository_engine();
  const auto states = hashigo::bench::make_states(hashigo::bench::default_seed, 0, 300);
  std::size_t skipped = 0, compared = 0;
  for (const std::string region : {"national", "chiba", "osaka", "kushiro", "saga", "kanagawa", "zama"}) {
    for (const auto& s : states) {
      if (s.as_of < hashigo::date::parse_or_throw("2015-04-01", "as_of")) continue;
      auto scoped = eng.evaluate(s, region, {.explain = true});
      auto every = eng.evaluate(s, region, {.explain = true, .every_rule = true});
      for (const auto& t : scoped.trace) skipped += t.skipped ? 1 : 0;
      for (const auto& t : every.trace)
        CHECK_MESSAGE(!(t.fired && t.outside_scope), t.rule_id, " fires outside its applies_to for ", s.header.id, " on ",
                      s.as_of.to_string(), " under ", region);
      scoped.trace.clear();
      every.trace.clear();
      CHECK_MESSAGE(engine::to_json(scoped).dump() == engine::to_json(every).dump(), s.header.id, " under ", region);
      ++compared;
    }
  }
  CHECK(compared > 1000);
  CHECK(skipped > compared);  // more than one rule skipped per decision on average
}
