// The lean path of batch and the server (evaluate_case_lean, write_json): the same bytes as the
// full path's lean JSON, recorded and replayed, on every example case and month, with the batch's
// `line` member, and the same CSV rows.
#include <doctest/doctest.h>

#include <hashigo/app/evaluate.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>

#include "app/batch_output.hpp"
#include "unit/engine/engine_fixtures.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace hashigo;

namespace {

std::vector<fs::path> example_files() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "cases")) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

format::case_file read_case(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return format::case_file_from_json(format::parse_json(text.str(), path.string()));
}

}  // namespace

TEST_CASE("the lean path writes the full path's lean JSON, recorded and replayed, with extra members") {
  engine::engine eng({.rules_root = fs::path(HASHIGO_TEST_SOURCE_DIR) / "rules"});
  app::lean_evaluation lean;  // reused, as batch workers reuse it
  int compared = 0, replayed_steps = 0;
  for (const auto& path : example_files()) {
    const auto original = read_case(path);
    auto first = original.events;
    cases::sort_events(first);
    for (int m = 0; m < 24; m += 3) {
      const auto day = first.front().on.add_months(m + 1).add_days(-1);
      for (const bool replay : {false, true}) {
        for (const std::string& region : {std::string(), std::string("national")}) {
          app::evaluate_request req{day, region, replay, {.lean = true}};
          auto full_file = original;
          const auto full = app::evaluate_case(eng, full_file, req);
          auto want = app::to_json(full, engine::json_detail::lean);
          want["line"] = 7;
          auto lean_file = original;
          app::evaluate_case_lean(eng, lean_file, req, lean);
          std::string got;
          const engine::json_member line{"line", "7"};
          app::write_json(lean, got, {&line, 1});
          CHECK_MESSAGE(got == want.dump(), path.filename().string(), " on ", day.to_string(), replay ? " replayed" : "");
          CHECK(lean_file.events.size() == full_file.events.size());  // the replay applied the same steps
          CHECK(app::intake_position_only(lean) == app::intake_position_only(full));
          // The CSV row is the one the full decision (not thinned) gives.
          auto csv_file = original;
          app::evaluate_request full_req = req;
          full_req.options = {};
          app::line_outcome a, b;
          a.line = b.line = 7;
          a.result = app::evaluate_case(eng, csv_file, full_req);
          b.lean = &lean;
          std::string row_a, row_b;
          app::append_csv(row_a, a, "en");
          app::append_csv(row_b, b, "en");
          CHECK(row_a == row_b);
          replayed_steps += lean.replayed_steps;
          ++compared;
        }
      }
    }
  }
  CHECK(compared > 100);
  CHECK(replayed_steps > 0);  // the replays did move cases
}

TEST_CASE("a day before the case opened is refused on the lean path as on the full path") {
  engine::engine eng({.rules_root = fs::path(HASHIGO_TEST_SOURCE_DIR) / "rules"});
  auto file = read_case(fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "cases" / "b-san.json");
  app::lean_evaluation lean;
  CHECK_THROWS_AS(app::evaluate_case_lean(eng, file, {.as_of = date::parse_or_throw("2000-01-31", "as_of")}, lean),
                  input_error);
}

TEST_CASE("a failing rule gives the same answer on both paths, on the day and part-way through a replay") {
  engine_fixtures::temp_rules rules;
  // b-san is at social from intake; the rule fails from 2015-07 on, so a replay to 2015-09-30
  // stops at July's month end.
  rules.region("broken", "stepup",
               "return { { id = 'T-1', title = { ja = 'x', en = 'x' }, note = 'x', decide = function(case, ctx)\n"
               "  if case.as_of >= '2015-07-01' then error('boom') end\n"
               "end } }\n");
  auto eng = rules.make_engine();
  const auto original = read_case(fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "cases" / "b-san.json");
  app::lean_evaluation lean;
  for (const bool replay : {false, true}) {
    app::evaluate_request req{date::parse_or_throw("2015-09-30", "as_of"), "broken", replay, {.lean = true}};
    auto full_file = original, lean_file = original;
    const auto full = app::evaluate_case(eng, full_file, req);
    app::evaluate_case_lean(eng, lean_file, req, lean);
    REQUIRE_FALSE(lean.decision.ok());
    std::string got;
    app::write_json(lean, got);
    CHECK(got == app::to_json(full, engine::json_detail::lean).dump());
    CHECK(lean.decision.has_digest);
    CHECK(lean.decision.as_of.to_string() == (replay ? "2015-07-31" : "2015-09-30"));
    // What the server shows of a failure in full.
    CHECK(engine::to_json(engine::failed_decision(lean.decision)).dump() ==
          engine::to_json(app::evaluate_case(eng, full_file = original, {req.as_of, "broken", replay, {}}).decision).dump());
  }
}
