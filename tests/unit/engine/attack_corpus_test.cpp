// In-process survival of the attack corpus (tests/attacks/): ONE engine loads every hostile pack,
// evaluates it (a rule error with the expected code), and then national, in the same process;
// national's decision must stay byte-identical to a fresh engine's, and re-evaluating an attack
// on its (reused) state must fail the same way.
#include <doctest/doctest.h>
#include <hashigo/engine/decision.hpp>
#include <hashigo/error.hpp>

#include "engine_fixtures.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace engine_fixtures;
namespace fs = std::filesystem;

namespace {

struct expectation {
  std::string code;
  std::string as_of = "2015-06-30";
};

expectation read_expect(const fs::path& file) {
  expectation e;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("code ", 0) == 0) e.code = line.substr(5);
    if (line.rfind("as_of ", 0) == 0) e.as_of = line.substr(6);
  }
  return e;
}

// The code of an evaluation of `region`: from the decision, or from the load-time rule_error.
std::string outcome_code(hashigo::engine::engine& eng, const std::string& region, const char* as_of) {
  try {
    const auto d = eng.evaluate(b_san(as_of), region);
    return !d.ok() ? d.error->code : "ok";
  } catch (const hashigo::rule_error& e) {
    return std::string(e.what()).substr(0, 7);
  }
}

}  // namespace

TEST_CASE("every attack fails in-process and national is untouched in the same engine") {
  temp_rules rules;
  const fs::path corpus = fs::path(HASHIGO_TEST_SOURCE_DIR) / "tests" / "attacks";
  std::vector<std::pair<std::string, expectation>> attacks;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (!entry.is_directory()) continue;
    const std::string region = "attack_" + entry.path().filename().string();
    fs::copy(entry.path(), rules.root() / region, fs::copy_options::recursive);
    fs::remove(rules.root() / region / "expect");
    if (!fs::exists(rules.root() / region / "pack.lua"))
      rules.write(region + "/pack.lua", "return { name = { ja = 'a', en = 'a' }, version = '0', extends = 'national' }\n");
    attacks.emplace_back(region, read_expect(entry.path() / "expect"));
  }
  std::sort(attacks.begin(), attacks.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  REQUIRE(attacks.size() > 50);

  auto fresh = rules.make_engine();
  const auto baseline = hashigo::engine::to_json(fresh.evaluate(b_san("2015-06-30"), "national")).dump();

  auto eng = rules.make_engine();
  (void)eng.evaluate(b_san("2015-06-30"), "national");  // national's state exists before the attacks
  for (const auto& [region, want] : attacks) {
    CAPTURE(region);
    CHECK(outcome_code(eng, region, want.as_of.c_str()) == want.code);
    CHECK(outcome_code(eng, region, want.as_of.c_str()) == want.code);  // again, on the reused state
    const auto after = eng.evaluate(b_san("2015-06-30"), "national");
    REQUIRE(after.ok());
    CHECK(hashigo::engine::to_json(after).dump() == baseline);
  }
}
