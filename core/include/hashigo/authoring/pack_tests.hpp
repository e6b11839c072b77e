#pragma once
/// @file Pack tests (`hashigo test rules/<region>`): cases with expected outcomes, run through the
/// engine, with readable differences; the bases' tests run under the region too, as the region
/// patches them; and coverage.
#include <hashigo/engine/engine.hpp>

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace hashigo::authoring {

/// A rule that fired on a case its `applies_to` leaves out (found with test_run_options::every_rule):
/// the engine would not have run it there.
struct scope_breach {
  std::string rule_id;
  std::string as_of;
  std::string position;  ///< `social/…`
  std::string status;    ///< `in_support`
};

/// The result of one test case.
struct test_result {
  std::string file;      ///< `rules/national/tests/journeys.lua`
  std::string name;
  std::string region;    ///< the pack whose tests these are (a base's tests run under the region)
  bool passed = false;
  bool skipped = false;     ///< excluded by a pack that extends the test's pack
  std::string skip_reason;  ///< `excluded by osaka: …`
  std::vector<std::string> patched_by;  ///< the packs whose patches changed this base test's expectations
  std::vector<std::string> differences;  ///< `2015-06-30 step: expected up, got stay`
  std::set<std::string> rules_fired;
  std::vector<scope_breach> fired_outside;  ///< with test_run_options::every_rule only
};

/// The result of a pack's test run.
struct test_report {
  std::string region;
  std::vector<test_result> results;
  std::vector<engine::rule_summary> unreached;  ///< rules no test made fire (with coverage)
  bool stopped = false;  ///< the deadline passed before every test ran (test_run_options)
  int passed() const;
  int failed() const;
  int skipped() const;
};

/// How run_pack_tests runs (the checker gives it what is left of its time budget).
struct test_run_options {
  /// Stop before the next test once the clock is past this (report.stopped is then set).
  std::optional<std::chrono::steady_clock::time_point> deadline;
  /// Add each rule's cost to this (engine::evaluate_options::costs).
  std::vector<engine::rule_cost>* costs = nullptr;
  /// The language of the differences and skip reasons (ja|en); the expected and actual values
  /// stay the codes the test file writes.
  std::string lang = "en";
  /// Run every rule, even outside its `applies_to`, and report the ones that fire there
  /// (test_result::fired_outside): `hashigo check` does.
  bool every_rule = false;
};

/// Runs `rules_root/<region>/tests/*.lua`, then every base's tests under the region: with the
/// expectations the packs between patch (`patches`), except those they exclude (`exclude`, with a
/// reason). A base test that fails under the region is a failure. Throws rule_error when a test
/// file cannot be loaded or is of the wrong shape (a patch naming no base test included),
/// input_error when its case is malformed.
test_report run_pack_tests(engine::engine& eng, const std::string& region, const test_run_options& opts = {});

}  // namespace hashigo::authoring
