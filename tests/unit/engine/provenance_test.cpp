// Provenance as data: rules and parameters cite the bibliography by id, parameters say their unit
// and basis, and a decision names the documents behind each reason and the defaults it used.
#include <doctest/doctest.h>

#include <hashigo/engine/decision.hpp>
#include <hashigo/error.hpp>

#include <algorithm>

#include "engine_fixtures.hpp"

using namespace engine_fixtures;

namespace {

// The message of the rule error loading `region` raises ("" when it loads).
std::string load_error(const temp_rules& rules, const std::string& region) {
  auto eng = rules.make_engine();
  try {
    (void)eng.pack(region);
  } catch (const hashigo::rule_error& e) {
    return e.what();
  }
  return {};
}

const hashigo::pack::parameter& param(const hashigo::engine::pack_summary& p, const char* name) {
  const auto* found = p.parameter_named(name);
  REQUIRE(found != nullptr);
  return *found;
}

}  // namespace

TEST_CASE("national's rules and parameters carry resolved references, units and bases") {
  temp_rules rules;
  auto eng = rules.make_engine();
  const auto p = eng.pack("national");
  REQUIRE(p.document_named("jiritsu_ho_kisoku") != nullptr);
  CHECK(p.document_named("jiritsu_ho_kisoku")->kind == "law");
  CHECK(std::is_sorted(p.bibliography.begin(), p.bibliography.end(),
                       [](const auto& a, const auto& b) { return a.id < b.id; }));
  for (const auto& r : p.rules) {
    INFO(r.id);
    CHECK_FALSE(r.references.empty());
    for (const auto& ref : r.references) CHECK_FALSE(ref.title.ja.empty());
  }
  const auto jr01 = std::find_if(p.rules.begin(), p.rules.end(), [](const auto& r) { return r.id == "JR-01"; });
  REQUIRE(jr01 != p.rules.end());
  CHECK(jr01->references.front().id == "jiritsu_ho_kisoku");
  CHECK(jr01->references.front().section.rfind("第4条第1号", 0) == 0);
  CHECK(jr01->references.front().title.ja == "生活困窮者自立支援法施行規則");

  const auto& goal = param(p, "goal_attainment_min");
  CHECK(goal.basis == hashigo::pack::basis::default_value);
  CHECK(goal.unit == "ratio");
  CHECK_FALSE(goal.note.en.empty());
  const auto& period = param(p, "jyunbi_period_months");
  CHECK(period.basis == hashigo::pack::basis::law);
  CHECK(period.references.front().section == "第5条");
  for (const auto& q : p.parameters) {
    INFO(q.name);
    CHECK(q.basis != hashigo::pack::basis::none);
    CHECK_FALSE(q.unit.empty());
  }
}

TEST_CASE("a reason lists its rule's references and the default values the rule read") {
  temp_rules rules;
  auto eng = rules.make_engine();
  const auto june = eng.evaluate(b_san("2015-06-30"), "national");
  REQUIRE(june.ok());
  REQUIRE(june.step.reasons.size() == 1);
  const auto& r = june.step.reasons.front();
  CHECK(r.rule_id == "SU-02");
  REQUIRE_FALSE(r.references().empty());
  CHECK(r.references().front().id == "uwn_chiba_report");
  bool goal = false;
  for (const auto& d : r.defaults_used)
    if (d.parameter == "goal_attainment_min") {
      goal = true;
      CHECK(d.value.get<double>() == doctest::Approx(0.8));
      CHECK(d.unit == "ratio");
    }
  CHECK(goal);
  const auto j = hashigo::engine::to_json(june);
  const auto& reason = j["step"]["reasons"][0];
  CHECK_FALSE(reason.contains("source"));
  CHECK(reason["references"][0]["id"] == "uwn_chiba_report");
  CHECK(reason["references"][0]["title"]["ja"].get<std::string>().find("本人の状態像") != std::string::npos);
  CHECK(reason["defaults_used"][0].contains("parameter"));
}

TEST_CASE("a parameter a region sets from a source is not reported as a default") {
  temp_rules rules;
  rules.region("sourced", "", "",
               "parameters = { goal_attainment_min = { value = 0.8, unit = 'ratio', basis = 'official guidance', "
               "references = { { id = 'jiritsu_ho', section = '第3条' } } } }");
  auto eng = rules.make_engine();
  const auto june = eng.evaluate(b_san("2015-06-30"), "sourced");
  REQUIRE(june.step.reasons.size() == 1);
  for (const auto& d : june.step.reasons.front().defaults_used) CHECK(d.parameter != "goal_attainment_min");
  const auto sourced = eng.pack("sourced");
  const auto& goal = param(sourced, "goal_attainment_min");
  CHECK(goal.basis == hashigo::pack::basis::official_guidance);
  CHECK(goal.references.front().title.en.find("Self-Reliance") != std::string::npos);
}

TEST_CASE("a plain override keeps the base's unit but not its basis") {
  temp_rules rules;
  rules.region("plain", "", "", "parameters = { goal_attainment_min = 0.7 }");
  auto eng = rules.make_engine();
  const auto plain = eng.pack("plain");
  const auto& goal = param(plain, "goal_attainment_min");
  CHECK(goal.unit == "ratio");
  CHECK(goal.basis == hashigo::pack::basis::none);
  CHECK(goal.defined_in == "plain");
}

TEST_CASE("a replacing rule without references keeps its base's") {
  temp_rules rules;
  rules.region("narrow", "stepup", R"(return {
    { id = "SU-04", decide = function(case, ctx, base) return base(case, ctx) end },
    { id = "SU-06", references = { { id = "jiritsu_ho" } }, decide = function(case, ctx, base) return base(case, ctx) end },
  })");
  auto eng = rules.make_engine();
  const auto p = eng.pack("narrow");
  const auto national = eng.pack("national");
  auto refs_of = [](const hashigo::engine::pack_summary& s, const char* id) {
    for (const auto& r : s.rules)
      if (r.id == id) return r.references;
    return std::vector<hashigo::pack::reference>{};
  };
  REQUIRE_FALSE(refs_of(p, "SU-04").empty());
  CHECK(refs_of(p, "SU-04").front().id == refs_of(national, "SU-04").front().id);
  REQUIRE(refs_of(p, "SU-06").size() == 1);
  CHECK(refs_of(p, "SU-06").front().id == "jiritsu_ho");
}

TEST_CASE("citations and described parameters of the wrong shape are refused, naming file, line and field") {
  temp_rules rules;
  rules.region("unknown_id", "stepup", R"(return {
    { id = "X-1", title = { ja = "x", en = "x" }, references = { { id = "jiritsu_hoo" } },
      decide = function(case, ctx) return nil end },
  })");
  std::string e = load_error(rules, "unknown_id");
  CHECK(e.find("RULE005 rules/unknown_id/stepup.lua:3:") == 0);
  CHECK(e.find("rule X-1: references[1]: 'jiritsu_hoo' is not in the bibliography") != std::string::npos);
  CHECK(e.find("did you mean 'jiritsu_ho'") != std::string::npos);

  rules.region("old_source", "stepup", R"(return {
    { id = "X-2", title = { ja = "x", en = "x" }, source = "a seed file",
      decide = function(case, ctx) return nil end },
  })");
  e = load_error(rules, "old_source");
  CHECK(e.find("RULE005 rules/old_source/stepup.lua:3:") == 0);
  CHECK(e.find("'source' is no longer read") != std::string::npos);
  CHECK(e.find("references") != std::string::npos);

  rules.region("bad_key", "stepup", R"(return {
    { id = "X-3", references = { { id = "jiritsu_ho", page = "3" } }, decide = function(case, ctx) return nil end },
  })");
  CHECK(load_error(rules, "bad_key").find("references[1]: unknown key 'page'") != std::string::npos);

  rules.region("bad_basis", "", "", "parameters = { goal_attainment_min = { value = 0.8, unit = 'ratio', basis = 'lore' } }");
  e = load_error(rules, "bad_basis");
  CHECK(e.find("RULE005 rules/bad_basis/pack.lua:") == 0);
  CHECK(e.find("parameters.goal_attainment_min.basis is 'lore'") != std::string::npos);

  rules.region("no_basis", "", "", "parameters = { goal_attainment_min = { value = 0.8, unit = 'ratio' } }");
  CHECK(load_error(rules, "no_basis").find("parameters.goal_attainment_min.basis is missing") != std::string::npos);

  rules.region("bad_unit", "", "", "parameters = { farm_max_age = { value = 39, unit = 'years old', basis = 'default' } }");
  CHECK(load_error(rules, "bad_unit").find("parameters.farm_max_age.unit is 'years old'") != std::string::npos);

  rules.region("bad_sources", "", "", "sources = { 'a seed file.txt' }");
  CHECK(load_error(rules, "bad_sources").find("sources: 'a seed file.txt' is not a document id") != std::string::npos);
}

TEST_CASE("a region's own bibliography adds documents; an id defined twice is refused") {
  temp_rules rules;
  rules.region("own_docs", "", "",
               "sources = { 'my_rules' }, parameters = { farm_max_age = { value = 39, unit = 'age', "
               "basis = 'official guidance', references = { { id = 'my_rules', section = '第3条' } } } }");
  rules.write("own_docs/references.lua",
              "return { my_rules = { title = { ja = '要綱', en = 'Rules' }, kind = 'official guidance', publisher = 'My City' } }");
  auto eng = rules.make_engine();
  const auto p = eng.pack("own_docs");
  REQUIRE(p.document_named("my_rules") != nullptr);
  CHECK(p.document_named("my_rules")->defined_in == "own_docs");
  CHECK(param(p, "farm_max_age").references.front().title.ja == "要綱");
  // national does not see the region's documents
  CHECK(eng.pack("national").document_named("my_rules") == nullptr);

  rules.region("twice", "", "");
  rules.write("twice/references.lua",
              "return { jiritsu_ho = { title = { ja = 'x', en = 'x' }, kind = 'law', publisher = 'x' } }");
  const std::string e = load_error(rules, "twice");
  CHECK(e.find("RULE005 rules/twice/references.lua:") == 0);
  CHECK(e.find("document id 'jiritsu_ho' is already defined by rules/references.lua") != std::string::npos);

  rules.region("bad_kind", "", "");
  rules.write("bad_kind/references.lua", "return { x_doc = { title = { ja = 'x', en = 'x' }, kind = 'blog', publisher = 'x' } }");
  CHECK(load_error(rules, "bad_kind").find("x_doc.kind is 'blog'") != std::string::npos);
}

TEST_CASE("the bibliography is part of every pack's digest") {
  temp_rules rules;
  auto eng = rules.make_engine();
  const std::string before = eng.pack("national").digest;
  std::ofstream(rules.root() / "references.lua", std::ios::app) << "-- an edit\n";
  auto fresh = rules.make_engine();
  CHECK(fresh.pack("national").digest != before);
}
