#include <doctest/doctest.h>

#include <hashigo/app/evaluate.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>
#include <hashigo/sim/journey.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace hashigo;

namespace {

format::case_file example(const std::string& name) {
  std::ifstream in(fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "cases" / name);
  std::stringstream text;
  text << in.rdbuf();
  return format::case_file_from_json(format::parse_json(text.str(), name));
}

engine::engine national() { return engine::engine({.rules_root = fs::path(HASHIGO_TEST_SOURCE_DIR) / "rules"}); }

}  // namespace

TEST_CASE("a case file with no recorded step is decided from its intake position, and says so") {
  auto eng = national();
  auto file = example("b-san.json");
  const auto e = app::evaluate_case(eng, file, {.as_of = date::parse_or_throw("2016-02-29", "as_of")});
  CHECK(e.position == app::position_source::recorded);
  CHECK(e.recorded_steps == 0);
  CHECK(app::intake_position_only(e));
  CHECK(cases::to_string(e.decision.step.from) == "social");
  CHECK(app::to_json(e)["position"]["source"] == "recorded");
}

TEST_CASE("a replay reaches the position the month-by-month run reaches, and decides as its last month") {
  auto eng = national();
  const date as_of = date::parse_or_throw("2016-02-29", "as_of");
  auto file = example("b-san.json");
  const auto e = app::evaluate_case(eng, file, {.as_of = as_of, .replay = true});
  CHECK(e.position == app::position_source::replayed);
  CHECK(e.replayed_steps == 2);  // SU-02 social → employment, EX-01 → general/part_time
  CHECK_FALSE(app::intake_position_only(e));
  CHECK(cases::to_string(e.decision.step.from) == "general/part_time");

  auto events = example("b-san.json").events;
  cases::sort_events(events);
  const auto journey = sim::run(eng, file.header, events, "national", sim::month_ends(events.front().on, as_of), true);
  REQUIRE_FALSE(journey.empty());
  CHECK(engine::to_json(e.decision).dump() == engine::to_json(journey.back().decision).dump());
}

TEST_CASE("recorded steps are counted and kept; a replay adds its own after them") {
  auto eng = national();
  auto file = example("b-san.json");
  cases::stage_changed_event change;
  change.from = cases::position{cases::stage::social, ""};
  change.to = cases::position{cases::stage::employment, ""};
  change.direction = "up";
  cases::event e;
  e.on = date::parse_or_throw("2015-06-30", "date");
  e.seq = 1000;
  e.body = change;
  file.events.push_back(e);
  const auto recorded = app::evaluate_case(eng, file, {.as_of = date::parse_or_throw("2015-07-31", "as_of")});
  CHECK(recorded.recorded_steps == 1);
  CHECK_FALSE(app::intake_position_only(recorded));
  CHECK(cases::to_string(recorded.decision.step.from) == "employment");
}

TEST_CASE("no decision on a day before the case opened") {
  auto eng = national();
  auto file = example("b-san.json");
  try {
    (void)app::evaluate_case(eng, file, {.as_of = date::parse_or_throw("2015-01-31", "as_of"), .replay = true});
    FAIL("expected an input_error");
  } catch (const input_error& e) {
    CHECK(e.where() == "as_of");
    CHECK(std::string(e.what()).find("2015-05-11") != std::string::npos);
  }
}

TEST_CASE("lean JSON keeps outcomes and rule ids and drops explanations") {
  auto eng = national();
  auto file = example("b-san.json");
  const auto e = app::evaluate_case(eng, file, {.as_of = date::parse_or_throw("2015-06-30", "as_of"),
                                                .options = {.lean = true}});
  CHECK(e.decision.step.would_flip.empty());
  const auto lean = app::to_json(e, engine::json_detail::lean);
  CHECK(lean["detail"] == "lean");
  CHECK(lean["step"]["rules"] == nlohmann::json::array({"SU-02"}));
  CHECK_FALSE(lean["step"].contains("reasons"));
  CHECK_FALSE(lean["step"].contains("would_flip"));
  CHECK(lean["step"]["to"]["stage"] == "employment");
  const auto full = app::to_json(e);
  CHECK(full["step"]["reasons"][0]["rule"] == "SU-02");
  CHECK(lean.dump().size() * 3 < full.dump().size());
}
