// Hot reload: an edited pack is swapped in only when it loads and passes the gate; a broken edit
// leaves the previous version serving.
#include <doctest/doctest.h>

#include "engine_fixtures.hpp"

#include <fstream>

using namespace engine_fixtures;

namespace {

void replace_in(const fs::path& file, const std::string& from, const std::string& to) {
  std::ifstream in(file);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(file) << text;
}

}  // namespace

TEST_CASE("an edited threshold is picked up by reload under a live engine") {
  temp_rules rules;
  auto eng = rules.make_engine();
  const auto state = b_san("2015-06-30");
  REQUIRE(eng.evaluate(state, "national").step.step == "up");  // SU-02 at 100% >= 80%
  const auto before = eng.pack("national").digest;

  CHECK(eng.reload().empty());  // nothing changed on disk: nothing reloaded

  replace_in(rules.root() / "national" / "pack.lua", "value = 0.8,", "value = 1.5,");
  const auto results = eng.reload();
  REQUIRE(results.size() == 1);
  CHECK(results[0].swapped);
  CHECK(results[0].error.empty());
  CHECK(results[0].old_digest == before);
  CHECK(results[0].new_digest != before);
  CHECK(eng.pack("national").digest == results[0].new_digest);
  CHECK(eng.evaluate(state, "national").step.step == "stay");  // 100% < 150% now
}

TEST_CASE("a broken edit keeps the old pack serving and reports the error") {
  temp_rules rules;
  auto eng = rules.make_engine();
  const auto state = b_san("2015-06-30");
  REQUIRE(eng.evaluate(state, "national").step.step == "up");
  const auto before = eng.pack("national").digest;

  replace_in(rules.root() / "national" / "stepup.lua", "local function general_rung(case, ctx)",
             "local function general_rung(case, ctx) return (");
  const auto results = eng.reload();
  REQUIRE(results.size() == 1);
  CHECK_FALSE(results[0].swapped);
  CHECK(results[0].error.find("RULE001 rules/national/stepup.lua:") == 0);
  CHECK(eng.pack("national").digest == before);
  const auto d = eng.evaluate(state, "national");
  CHECK(d.ok());
  CHECK(d.step.step == "up");
  CHECK(d.pack_digest == before);
}

TEST_CASE("a pack the gate refuses is not swapped in") {
  temp_rules rules;
  auto eng = rules.make_engine();
  const auto state = b_san("2015-06-30");
  (void)eng.evaluate(state, "national");
  const auto before = eng.pack("national").digest;
  replace_in(rules.root() / "national" / "pack.lua", "value = 0.8,", "value = 0.5,");
  const auto results = eng.reload([](const hashigo::engine::pack_summary& p) {
    return p.digest.empty() ? std::string() : std::string("refused by the gate");
  });
  REQUIRE(results.size() == 1);
  CHECK_FALSE(results[0].swapped);
  CHECK(results[0].error == "refused by the gate");
  CHECK(eng.pack("national").digest == before);
}
