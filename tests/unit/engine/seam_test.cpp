// The Lua seam under failure: every broken rule becomes a decision with status "error" naming
// the rule's file:line, and the same engine goes on evaluating.
#include <doctest/doctest.h>
#include <hashigo/error.hpp>

#include "engine_fixtures.hpp"

using namespace engine_fixtures;

namespace {

const char* k_one_rule = R"(return {
  { id = "T-1", title = { ja = "試験", en = "test" }, note = "test",
    decide = function(case, ctx)
      %s
    end },
})";

std::string rule_body(const std::string& body) {
  std::string out = k_one_rule;
  out.replace(out.find("%s"), 2, body);
  return out;
}

hashigo::engine::decision eval_region(temp_rules& rules, const std::string& region, const std::string& body,
                                      std::int64_t budget = 1'000'000) {
  rules.region(region, "stepup", rule_body(body));
  auto eng = rules.make_engine(budget);
  auto d = eng.evaluate(b_san("2015-06-30"), region);
  // The same engine still evaluates the national pack afterwards.
  const auto after = eng.evaluate(b_san("2015-06-30"), "national");
  CHECK(after.ok());
  CHECK(after.step.step == "up");
  return d;
}

}  // namespace

TEST_CASE("a runtime error names the rule, file:line and carries a traceback") {
  temp_rules rules;
  const auto d = eval_region(rules, "r1", "local t = nil; return t.x");
  REQUIRE(!d.ok());
  CHECK(d.error->code == "RULE002");
  CHECK(d.error->where == "rules/r1/stepup.lua:4");
  CHECK(d.error->message.find("(rule T-1)") != std::string::npos);
  CHECK(d.error->traceback.find("stack traceback") != std::string::npos);
  CHECK(d.step.step == "stay");
}

TEST_CASE("os and io are not there") {
  temp_rules rules;
  auto d = eval_region(rules, "r2", "os.execute('touch /tmp/hashigo-pwned')");
  REQUIRE(!d.ok());
  CHECK(d.error->message.find("unknown global 'os'") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists("/tmp/hashigo-pwned"));
  d = eval_region(rules, "r3", "return io.open('/etc/passwd')");
  REQUIRE(!d.ok());
  CHECK(d.error->message.find("unknown global 'io'") != std::string::npos);
}

TEST_CASE("an infinite loop is stopped by the instruction budget") {
  temp_rules rules;
  const auto d = eval_region(rules, "r4", "while true do end");
  REQUIRE(!d.ok());
  CHECK(d.error->code == "RULE003");
  CHECK(d.error->where.find("rules/r4/stepup.lua") == 0);
}

TEST_CASE("a string.rep memory bomb is stopped by the allocator cap") {
  temp_rules rules;
  const auto d = eval_region(rules, "r5", "return { step = string.rep('x', 1 << 30) }");
  REQUIRE(!d.ok());
  CHECK(d.error->code == "RULE004");
}

TEST_CASE("an unknown parameter is a rule error naming the rule's line") {
  temp_rules rules;
  const auto d = eval_region(rules, "r6", "return ctx.param('no_such_threshold')");
  REQUIRE(!d.ok());
  CHECK(d.error->message.find("unknown parameter 'no_such_threshold'") != std::string::npos);
  CHECK(d.error->where == "rules/r6/stepup.lua:4");
}

TEST_CASE("the case view is read-only") {
  temp_rules rules;
  const auto d = eval_region(rules, "r7", "case.stage = 'general'");
  REQUIRE(!d.ok());
  CHECK(d.error->message.find("read-only") != std::string::npos);
}

TEST_CASE("a malformed outcome is a contract error naming the rule") {
  temp_rules rules;
  auto d = eval_region(rules, "r8", "return { step = 'sideways', reason = { ja = 'x', en = 'x' } }");
  REQUIRE(!d.ok());
  CHECK(d.error->code == "RULE005");
  CHECK(d.error->message.find("T-1") != std::string::npos);
  CHECK(d.error->where == "rules/r8/stepup.lua:3");
  d = eval_region(rules, "r9", "return { step = 'up' }");
  REQUIRE(!d.ok());
  CHECK(d.error->message.find("'reason' is missing") != std::string::npos);
  d = eval_region(rules, "r10", "return { step = 0/0 }");
  REQUIRE(!d.ok());
  CHECK(d.error->message.find("NaN") != std::string::npos);
}

TEST_CASE("a syntax error fails the pack load with RULE001 and file:line") {
  temp_rules rules;
  rules.region("bad", "stepup", "return {\n  { id = 'X', decide = function(case, ctx)\n    return (\n  end },\n}\n");
  auto eng = rules.make_engine();
  try {
    (void)eng.evaluate(b_san("2015-06-30"), "bad");
    FAIL("expected a rule error");
  } catch (const hashigo::rule_error& e) {
    CHECK(std::string(e.what()).find("RULE001 rules/bad/stepup.lua:4:") == 0);
    CHECK(e.exit_status() == 4);
  }
  CHECK(eng.evaluate(b_san("2015-06-30"), "national").ok());
}

TEST_CASE("extends: a region overrides a parameter, replaces a rule by id, and disables one") {
  temp_rules rules;
  rules.region("strict", "stepup", R"(return {
    { id = "SU-04", title = { ja = "置換", en = "replaced" }, note = "test",
      decide = function(case, ctx) return nil end },
  })", "parameters = { goal_attainment_min = 1.01 }, disable = { \"EX-01\" }");
  auto eng = rules.make_engine();
  const auto d = eng.evaluate(b_san("2015-06-30"), "strict", {true});
  REQUIRE(d.ok());
  CHECK(d.step.step == "stay");  // 100% < 101%: SU-02 no longer fires
  bool su04_replaced = false, ex01_present = false;
  for (const auto& t : d.trace) {
    if (t.rule_id == "SU-04") su04_replaced = t.where.find("rules/strict/") == 0;
    if (t.rule_id == "EX-01") ex01_present = true;
  }
  CHECK(su04_replaced);
  CHECK_FALSE(ex01_present);
  const auto summary = eng.pack("strict");
  CHECK(summary.chain == std::vector<std::string>{"strict", "national"});
}

TEST_CASE("extends cycles and missing bases are refused") {
  temp_rules rules;
  rules.write("a/pack.lua", "return { extends = 'b' }");
  rules.write("b/pack.lua", "return { extends = 'a' }");
  rules.write("c/pack.lua", "return { extends = 'nowhere' }");
  auto eng = rules.make_engine();
  CHECK_THROWS_WITH_AS((void)eng.pack("a"), doctest::Contains("extends cycle: a → b → a"), hashigo::rule_error);
  CHECK_THROWS_WITH_AS((void)eng.pack("c"), doctest::Contains("extends 'nowhere'"), hashigo::rule_error);
  CHECK_THROWS_AS((void)eng.pack("atlantis"), hashigo::input_error);
}

TEST_CASE("same case, day and pack give byte-identical decision JSON, and the pack digest follows the files") {
  temp_rules rules;
  auto eng1 = rules.make_engine();
  auto eng2 = rules.make_engine();
  const auto a = hashigo::engine::to_json(eng1.evaluate(b_san("2015-09-30"), "national", {true})).dump();
  const auto b = hashigo::engine::to_json(eng2.evaluate(b_san("2015-09-30"), "national", {true})).dump();
  CHECK(a == b);
  const auto digest = eng1.pack("national").digest;
  CHECK(digest.size() == 64);
  rules.write("national/alerts.lua", "-- changed\nreturn {}\n");
  CHECK(rules.make_engine().pack("national").digest != digest);
}

TEST_CASE("a region is a name under the rules root: paths out of it are refused, as are extends paths") {
  temp_rules rules;
  auto eng = rules.make_engine();
  for (const char* region : {"../rules/national", "national/../national", "/etc", "Chiba"})
    CHECK_THROWS_WITH_AS((void)eng.pack(region), doctest::Contains("is not a region name"), hashigo::input_error);
  rules.write("outside/pack.lua", "return { extends = '../rules/national' }");
  CHECK_THROWS_WITH_AS((void)eng.pack("outside"), doctest::Contains("extends '../rules/national', which is not a region name"),
                       hashigo::rule_error);
  CHECK_THROWS_WITH_AS(eng.require_region("nosuch", "--region"), doctest::Contains("no rule pack 'nosuch'"),
                       hashigo::input_error);
  CHECK_NOTHROW(eng.require_region("national", "--region"));
  CHECK(eng.regions() == std::vector<std::string>{"national", "outside"});
}

TEST_CASE("a day before the case opened, or before the pack is in force, is refused with the reason") {
  temp_rules rules;
  auto eng = rules.make_engine();
  CHECK_THROWS_WITH_AS((void)eng.evaluate(b_san("2015-05-01"), "national"),
                       doctest::Contains("no case yet on 2015-05-01"), hashigo::input_error);
  // A region inherits its base's first day, and may set a later one.
  rules.region("late", "", "", "in_force_from = '2015-07-01'");
  CHECK(eng.pack("late").in_force_from == "2015-07-01");
  CHECK(eng.pack("national").in_force_from == "2015-04-01");
  try {
    (void)eng.evaluate(b_san("2015-06-30"), "late");
    FAIL("evaluated before the pack's first day");
  } catch (const hashigo::input_error& e) {
    CHECK(e.where() == "as_of");
    CHECK(e.detail() == "the late pack has no rules in force before 2015-07-01 (asked for 2015-06-30)");
  }
  CHECK(eng.evaluate(b_san("2015-07-31"), "late").ok());
  rules.region("baddate", "", "", "in_force_from = 'soon'");
  CHECK_THROWS_WITH_AS((void)eng.pack("baddate"), doctest::Contains("in_force_from must be a date"), hashigo::rule_error);
}
