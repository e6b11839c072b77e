// The national pack through the engine: the rules fire on real case data, multi-hit semantics
// hold, and the ladder disposes.
#include <doctest/doctest.h>

#include "engine_fixtures.hpp"

using namespace engine_fixtures;

namespace {
std::string rules_of(const std::vector<hashigo::engine::reason>& rs) {
  std::string out;
  for (const auto& r : rs) out += (out.empty() ? "" : ",") + r.rule_id;
  return out;
}
}  // namespace

TEST_CASE("Bさん: no move at the end of the intake month, SU-02 at the end of month 1") {
  temp_rules rules;
  auto eng = rules.make_engine();
  const auto may = eng.evaluate(b_san("2015-05-31"), "national");
  CHECK(may.ok());
  CHECK(may.step.step == "stay");
  CHECK(may.step.reasons.empty());

  const auto june = eng.evaluate(b_san("2015-06-30"), "national");
  REQUIRE(june.ok());
  CHECK(june.step.step == "up");
  CHECK(june.step.accepted);
  CHECK(hashigo::cases::to_string(*june.step.to) == "employment");
  REQUIRE(june.step.reasons.size() == 1);
  const auto& r = june.step.reasons.front();
  CHECK(r.rule_id == "SU-02");
  CHECK(r.where().find("rules/national/stepup.lua:") == 0);
  CHECK(r.text.ja.find("100%") != std::string::npos);
  CHECK(r.text.en.find("needs 80%") != std::string::npos);
  CHECK(!r.plain.ja.empty());
  REQUIRE(r.checks.size() == 3);
  CHECK(r.checks[1].label == "goal_attainment");
  CHECK(r.checks[1].parameter == "goal_attainment_min");
  CHECK(r.checks[1].threshold.get<double>() == doctest::Approx(0.8));
  CHECK(r.checks[1].passed);
}

TEST_CASE("explain keeps the checks of rules that did not fire, and without it they are dropped") {
  temp_rules rules;
  auto eng = rules.make_engine();
  const auto with = eng.evaluate(b_san("2015-06-30"), "national", {true});
  const auto without = eng.evaluate(b_san("2015-06-30"), "national", {false});
  CHECK(with.trace.size() == eng.pack("national").rules.size());  // every rule of the pack is traced
  CHECK(without.trace.empty());
  bool saw_failed_check = false;
  for (const auto& t : with.trace)
    for (const auto& c : t.checks) saw_failed_check = saw_failed_check || !c.passed;
  CHECK(saw_failed_check);  // JS-06's days_to_plan_end was compared and failed
}

TEST_CASE("steady attendance alone does not move a paid commuter; the employment contract does (SU-05)") {
  temp_rules rules;
  auto eng = rules.make_engine();
  // A commuter's yardstick is the plan's goals; 最賃保障職員 is defined by its 雇用契約書.
  const auto steady = state_of(commuter_case("commuter_paid", R"(,
    {"type":"placement_started","date":"2020-01-10","placement_id":"p","kind":"commuter_paid","contract":"commuter_confirmation","hours_per_week":6},
    {"type":"attendance","date":"2020-03-31","placement_id":"p","period_start":"2020-03-01","scheduled_hours":30,"attended_hours":29})"),
                               "2020-03-31");
  const auto stays = eng.evaluate(steady, "national");
  REQUIRE(stays.ok());
  CHECK(stays.step.step == "stay");

  const auto hired = state_of(commuter_case("commuter_paid", R"(,
    {"type":"placement_started","date":"2020-03-02","placement_id":"p","kind":"minwage_staff","contract":"employment","hours_per_week":12,"wage_per_hour_yen":1000},
    {"type":"attendance","date":"2020-03-31","placement_id":"p","period_start":"2020-03-02","scheduled_hours":48,"attended_hours":47})"),
                              "2020-03-31");
  const auto d = eng.evaluate(hired, "national");
  REQUIRE(d.ok());
  CHECK(d.step.step == "up");
  CHECK(rules_of(d.step.reasons) == "SU-05");
  CHECK(d.step.to->rung == "minwage_staff");
  CHECK(d.step.accepted);
}

TEST_CASE("down beats up: SD-01 wins over an up and the up is kept as overruled") {
  temp_rules rules;
  // A region whose own rule always proposes up, to see both directions at once.
  rules.region("both", "stepup", R"(return {
    { id = "T-UP", title = { ja = "上", en = "up" }, note = "test",
      decide = function(case, ctx) return { step = "up", reason = { ja = "上へ", en = "up" } } end },
  })");
  auto eng = rules.make_engine();
  // Paid to unpaid commuter: both on a commuter confirmation, so the step down needs no new contract.
  const auto s = state_of(commuter_case("commuter_paid", R"(,
    {"type":"placement_started","date":"2020-01-10","placement_id":"p","kind":"commuter_paid","contract":"commuter_confirmation","hours_per_week":12},
    {"type":"attendance","date":"2020-03-31","placement_id":"p","period_start":"2020-03-18","scheduled_hours":24,"attended_hours":10})"),
                          "2020-03-31");
  const auto d = eng.evaluate(s, "both");
  REQUIRE(d.ok());
  CHECK(d.step.step == "down");
  CHECK(rules_of(d.step.reasons) == "SD-01");
  CHECK(d.step.to->rung == "commuter_unpaid");
  CHECK(d.step.accepted);
  CHECK(rules_of(d.step.overruled) == "T-UP");
}

TEST_CASE("hold beats up: an FDP fall holds progression (SD-02)") {
  temp_rules rules;
  rules.region("fall", "stepup", R"(return {
    { id = "T-UP", title = { ja = "上", en = "up" }, references = { { id = "jiritsu_ho" } },
      decide = function(case, ctx) return { step = "up", reason = { ja = "上へ", en = "up" } } end },
  })");
  auto eng = rules.make_engine();
  const auto s = state_of(commuter_case("commuter_paid", R"(,
    {"type":"placement_started","date":"2020-01-10","placement_id":"p","kind":"commuter_paid","contract":"commuter_confirmation","hours_per_week":6},
    {"type":"attendance","date":"2020-03-31","placement_id":"p","period_start":"2020-03-01","scheduled_hours":30,"attended_hours":30},
    {"type":"assessment","date":"2020-03-20","kind":"re","fdp":{"interpersonal":3,"mental":3,"stress":2,"thinking":3,"environment":3}})"),
                          "2020-03-31");
  const auto d = eng.evaluate(s, "fall");
  REQUIRE(d.ok());
  CHECK(d.step.step == "stay");
  CHECK(rules_of(d.step.reasons) == "SD-02");
  CHECK(rules_of(d.step.overruled) == "T-UP");
}

TEST_CASE("a skip is legal only when the proposing rule allows it") {
  temp_rules rules;
  rules.region("skipper", "stepup", R"(return {
    { id = "T-SKIP", title = { ja = "飛", en = "skip" }, note = "test",
      decide = function(case, ctx) return { step = "up", to = { stage = "general", rung = "full_time" }, reason = { ja = "飛", en = "skip" } } end },
  })");
  rules.region("allowed", "stepup", R"(return {
    { id = "T-SKIP", title = { ja = "飛", en = "skip" }, note = "test", allows_skip = true,
      decide = function(case, ctx) return { step = "up", to = { stage = "general", rung = "full_time" }, reason = { ja = "飛", en = "skip" } } end },
  })");
  auto eng = rules.make_engine();
  const auto s = b_san("2015-05-31");
  const auto refused = eng.evaluate(s, "skipper");
  REQUIRE(refused.ok());
  CHECK(refused.step.step == "up");
  CHECK_FALSE(refused.step.accepted);
  CHECK(refused.step.refusal.en.find("skips") != std::string::npos);
  const auto allowed = eng.evaluate(s, "allowed");
  CHECK(allowed.step.accepted);
  CHECK(allowed.step.skip);
}

TEST_CASE("nothing moves a closed case") {
  temp_rules rules;
  rules.region("pusher", "stepup", R"(return {
    { id = "T-UP", title = { ja = "上", en = "up" }, note = "test",
      decide = function(case, ctx) return { step = "up", reason = { ja = "上", en = "up" } } end },
  })");
  auto eng = rules.make_engine();
  const auto d = eng.evaluate(state_of(commuter_case("commuter_paid", R"(,
    {"type":"closed","date":"2020-02-01","reason":"person_request"})"), "2020-02-29"), "pusher");
  CHECK(d.process_status == "closed");
  CHECK(d.step.step == "up");
  CHECK_FALSE(d.step.accepted);
  CHECK(d.step.refusal.en.find("closed") != std::string::npos);
}

TEST_CASE("two rules proposing different targets for the same step is an error naming both") {
  temp_rules rules;
  rules.region("clash", "stepup", R"(return {
    { id = "T-A", title = { ja = "A", en = "A" }, note = "test",
      decide = function(case, ctx) return { step = "up", reason = { ja = "A", en = "A" } } end },
    { id = "T-B", title = { ja = "B", en = "B" }, note = "test", allows_skip = true,
      decide = function(case, ctx) return { step = "up", to = { stage = "general", rung = "part_time" }, reason = { ja = "B", en = "B" } } end },
  })");
  auto eng = rules.make_engine();
  const auto d = eng.evaluate(b_san("2015-05-31"), "clash");
  REQUIRE(!d.ok());
  CHECK(d.error->code == "RULE005");
  CHECK(d.error->message.find("T-A") != std::string::npos);
  CHECK(d.error->message.find("T-B") != std::string::npos);
}

TEST_CASE("a decision says what would flip it, even without --explain") {
  temp_rules rules;
  auto eng = rules.make_engine();
  const auto d = eng.evaluate(b_san("2015-05-31"), "national");
  REQUIRE(d.step.step == "stay");
  REQUIRE(d.step.would_flip.size() == 1);
  const auto& miss = d.step.would_flip.front();
  CHECK(miss.rule_id == "SU-02");
  for (const auto& c : miss.checks) CHECK_FALSE(c.passed);  // only the unmet conditions
  bool months = false;
  for (const auto& c : miss.checks)
    if (c.label == "months_in_rung") {
      months = true;
      CHECK(hashigo::engine::describe(c, "en") == "months_in_rung 0 — needs >= 1 (1 more month(s))");
      CHECK(hashigo::engine::describe(c, "ja") == "今の位置での月数 0 — 必要: 1以上（あと1か月）");
    }
  CHECK(months);
}

TEST_CASE("ctx.position, ctx.up and ctx.down follow the case from one evaluation to the next") {
  temp_rules rules;
  // An alert whose code spells out what the rule saw of the ladder.
  rules.region("ladder", "alerts", R"(return {
    { id = "T-LADDER", title = { ja = "梯子", en = "ladder" }, note = "test",
      decide = function(case, ctx)
        local function at(p) return p and (p.stage .. "/" .. (p.rung or "")) or "none" end
        return { code = at(ctx.position) .. " up " .. at(ctx.up) .. " down " .. at(ctx.down),
                 reason = { ja = "梯子", en = "ladder" } }
      end },
  })");
  auto eng = rules.make_engine();
  auto at = [](const std::string& stage, const std::string& rung) {
    return R"({"id":"c","person":{"birth_date":"1990-01-01"},"household":{"size":1},"events":[
      {"type":"intake","date":"2020-01-06","stage":")" + stage + R"(","rung":")" + rung + R"("}]})";
  };
  auto seen = [&](const std::string& stage, const std::string& rung) {
    const auto d = eng.evaluate(state_of(at(stage, rung), "2020-01-31"), "ladder");
    REQUIRE(d.ok());
    for (const auto& a : d.alerts)
      if (a.why.rule_id == "T-LADDER") return a.code;
    return std::string("no alert");
  };
  CHECK(seen("intermediate", "commuter_paid") ==
        "intermediate/commuter_paid up intermediate/minwage_staff down intermediate/commuter_unpaid");
  // The top of the ladder has no `up`: the one of the previous evaluation must not linger.
  CHECK(seen("general", "full_time") == "general/full_time up none down general/part_time");
  CHECK(seen("intermediate", "commuter_paid") ==
        "intermediate/commuter_paid up intermediate/minwage_staff down intermediate/commuter_unpaid");
  CHECK(seen("general", "full_time") == "general/full_time up none down general/part_time");
}
