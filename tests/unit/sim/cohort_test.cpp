// Cohort runs over the real rule packs: results independent of threads and shards, common random
// numbers (a region against itself differs by exactly nothing), and counts that add up.
#include <doctest/doctest.h>

#include <hashigo/error.hpp>
#include <hashigo/sim/cohort.hpp>

#include <filesystem>
#include <fstream>

using namespace hashigo;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string example_spec() {
  std::ifstream in(fs::path(HASHIGO_TEST_SOURCE_DIR) / "scripts" / "cohorts" / "commuter-ladder.lua");
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

sim::cohort_options options(std::vector<std::string> regions, unsigned jobs) {
  sim::cohort_options o;
  o.regions = std::move(regions);
  o.replicates = 3;
  o.seed = 7;
  o.jobs = jobs;
  o.people = 40;
  o.make_engine = [] {
    engine::engine_options e;
    e.rules_root = fs::path(HASHIGO_TEST_SOURCE_DIR) / "rules";
    return engine::engine(e);
  };
  return o;
}

json run(const sim::cohort_spec& spec, const sim::cohort_options& o) { return sim::cohort_json(sim::run_cohort(spec, o)); }

}  // namespace

TEST_CASE("a cohort gives the same result on one thread and on three, and shards merge into it") {
  const auto spec = sim::load_cohort_spec("commuter-ladder.lua", example_spec());
  const json one = run(spec, options({"national", "chiba"}, 1));
  CHECK(run(spec, options({"national", "chiba"}, 3)) == one);
  std::vector<std::pair<std::string, json>> shards;
  for (int k = 1; k <= 2; ++k) {
    auto o = options({"national", "chiba"}, 2);
    o.shard = k;
    o.shards = 2;
    shards.emplace_back("shard" + std::to_string(k), run(spec, o));
    CHECK(shards.back().second["shard"] == std::to_string(k) + "/2");
  }
  CHECK(shards[0].second["runs"].size() == 2);  // replicates 1 and 3
  CHECK(shards[1].second["runs"].size() == 1);  // replicate 2
  CHECK(sim::merge_cohorts(shards).dump() == one.dump());
  // the same shards in another order, too
  std::swap(shards[0], shards[1]);
  CHECK(sim::merge_cohorts(shards).dump() == one.dump());
}

TEST_CASE("merge refuses a replicate twice, a missing one, and shards of another run") {
  const auto spec = sim::load_cohort_spec("commuter-ladder.lua", example_spec());
  auto o = options({"national"}, 1);
  o.people = 8;
  o.shards = 3;
  o.shard = 1;
  const json a = run(spec, o);
  o.shard = 2;
  const json b = run(spec, o);
  CHECK_THROWS_AS(sim::merge_cohorts({{"a", a}, {"b", b}}), input_error);  // replicate 3 missing
  CHECK_THROWS_AS(sim::merge_cohorts({{"a", a}, {"a2", a}}), input_error);  // replicate 1 twice
  json other = b;
  other["seed"] = 8;
  try {
    (void)sim::merge_cohorts({{"a", a}, {"other", other}});
    FAIL("no error");
  } catch (const input_error& e) {
    CHECK(e.where() == "other: seed");
  }
}

TEST_CASE("common random numbers: a region against itself differs by exactly zero") {
  const auto spec = sim::load_cohort_spec("commuter-ladder.lua", example_spec());
  const json r = run(spec, options({"national", "national"}, 2));
  const json& d = r["summary"]["difference"];
  for (const auto& e : d["reached_general"]) {
    CHECK(e["mean"] == 0.0);
    CHECK(e["lo"] == 0.0);
    CHECK(e["hi"] == 0.0);
  }
  CHECK(d["step_up_rate"]["mean"] == 0.0);
}

TEST_CASE("counts add up: everyone is somewhere each month, and people reach general work") {
  const auto spec = sim::load_cohort_spec("commuter-ladder.lua", example_spec());
  auto o = options({"national"}, 2);
  o.people = 60;
  const json r = run(spec, o);
  REQUIRE(r["runs"].size() == 3);
  std::int64_t reached = 0, ups = 0;
  for (const auto& one : r["runs"]) {
    const json& t = one["regions"]["national"];
    CHECK(t["people"] == 60);
    for (const auto& month : t["occupancy"]) {
      std::int64_t sum = 0;
      for (const auto& n : month) sum += n.get<std::int64_t>();
      CHECK(sum == 60);
    }
    std::int64_t left = 0;
    for (std::size_t m = 0; m < t["reached"].size(); ++m)
      left += t["reached"][m].get<std::int64_t>() + t["left"][m].get<std::int64_t>() + t["stopped"][m].get<std::int64_t>();
    CHECK(left <= 60 - t["started_general"].get<std::int64_t>());
    for (const auto& n : t["reached"]) reached += n.get<std::int64_t>();
    ups += t["step_ups"].get<std::int64_t>();
    CHECK(t["errors"] == 0);
  }
  CHECK(reached > 0);
  CHECK(ups > 0);
  // the share reaching general work never falls, and stays within 0 … 1
  double before = 0;
  for (const auto& e : r["summary"]["national"]["reached_general"]) {
    CHECK(e["mean"].get<double>() >= before);
    CHECK(e["mean"].get<double>() <= 1.0);
    before = e["mean"].get<double>();
  }
}

TEST_CASE("a spec without person(p), or with an unknown field, is refused with its place") {
  CHECK_THROWS_AS(sim::load_cohort_spec("s.lua", "return { start = '2024-04-01', months = 3, people = 2, month = function(m) end }"),
                  rule_error);
  try {
    (void)sim::load_cohort_spec("s.lua",
                                "return { start = '2024-04-01', months = 3, people = 2, crowd = 1, person = function(p) return {} end, month = function(m) end }");
    FAIL("no error");
  } catch (const input_error& e) {
    CHECK(e.where() == "s.lua: crowd");
  }
  try {
    (void)sim::load_cohort_spec("s.lua", "return { start = '2024-04-01', months = 3, people = 0, person = function(p) return {} end, month = function(m) end }");
    FAIL("no error");
  } catch (const input_error& e) {
    CHECK(e.where() == "s.lua: people");
  }
}
