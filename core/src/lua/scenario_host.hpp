#pragma once
// A trainer's scenario script (scripts/*.lua), run in the same sandbox and under the same limits
// as a rule pack. The script returns a table: who the person is at intake and a `month(m)`
// function the host calls once per month; `m` is how the month speaks (docs/trainers.md):
// m.event, m.attendance, m.say, m.choose, m.quiz, m.match, m.random/normal/chance/pick, m.day, and
// read-only m.case and m.last (the case view and the decision of the month before). A cohort spec
// (scripts/cohorts/) also returns person(p), called once per simulated person, and its month
// function keeps what it knows of the person in m.state.
#include "lua/sandbox.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace hashigo::lua {

/// A decision point the script reached: the question and its options, by key.
struct choice_point {
  int month = 0;
  std::string id;          ///< the script's name for it ("after_review")
  nlohmann::json prompt;   ///< {ja, en}
  std::vector<std::pair<std::string, nlohmann::json>> options;  ///< key → {ja, en}, sorted by key
  std::string answer;      ///< the trainer's answer for a quiz (empty: an open question)
  nlohmann::json why;      ///< {ja, en} the trainer's explanation, or null
};

/// A question the trainer marked on a month's decision (m.quiz): "what will the rules decide?".
struct quiz_mark {
  nlohmann::json prompt;  ///< {ja, en}
  nlohmann::json why;     ///< {ja, en} the trainer's explanation, or null
};

struct month_record;

/// What the host gives one month.
struct month_context {
  int month = 0;                 ///< 1 for the intake month
  std::string first_day;         ///< YYYY-MM-DD (the intake day in month 1)
  std::string last_day;          ///< the month end, when the engine decides
  nlohmann::json view;           ///< m.case: the case view at the end of the month before (null in month 1)
  nlohmann::json last;           ///< m.last: that decision, briefly (null in month 1)
  std::uint64_t random_key = 0;  ///< the month's random stream (from seed, case id and month)
  /// Answers a choice with one of its option keys.
  std::function<std::string(const choice_point&)> choose;
  /// When set, m.case and m.last are made on first use from these instead of `view` and `last`
  /// (a cohort's month rarely reads the whole case view, and building it costs more than deciding).
  std::function<nlohmann::json()> view_fn;
  std::function<nlohmann::json()> last_fn;
  /// m.stage, m.rung and m.status: where the case stands at the end of the month before (empty in
  /// a scenario, whose scripts read m.case).
  std::string stage, rung, status;
  /// The scenario's other cases (household members), which m.event(type, fields, case_id) may
  /// record on; none in a cohort.
  std::vector<std::string> other_cases;
  /// m.match(day): ranks the scenario's carved tasks for the case on `day` (YYYY-MM-DD, inside the
  /// month), seeing the events `so_far` has recorded; gives engine::to_json(match_result). Unset:
  /// the scenario has no employers, and m.match is refused.
  std::function<nlohmann::json(const std::string& day, const month_record& so_far)> match;
};

/// What the month did, in the order it did it.
struct month_record {
  std::vector<nlohmann::json> events;   ///< event objects, dated, as a case file holds them
  std::vector<std::string> event_cases; ///< per event, the other case it is on (empty: the scenario's own)
  std::vector<nlohmann::json> sayings;  ///< {ja, en} narration for the timeline
  std::vector<std::pair<choice_point, std::string>> choices;  ///< each point and the key taken
  std::vector<quiz_mark> questions;     ///< m.quiz marks
  std::vector<nlohmann::json> matches;  ///< each m.match: {date, match} (match as month_context::match gave it)
};

/// One loaded scenario: its header and its month function, in a state of its own.
class scenario_script {
 public:
  /// Loads and runs the chunk (named `@chunk_name`); throws script_error (RULE001..005) naming
  /// the file, e.g. when it does not return a table with a `month` function.
  scenario_script(std::string_view source, const std::string& chunk_name, const limits& lim = {});
  ~scenario_script();
  scenario_script(scenario_script&&) noexcept;
  scenario_script& operator=(scenario_script&&) noexcept;

  /// The returned table without its functions, as JSON.
  const nlohmann::json& header() const noexcept;

  /// True when the script returns a person(p) function (a cohort spec).
  bool has_person() const noexcept;

  /// Calls person(p) for the `index`-th person (from 1), drawing from `random_key`, and returns
  /// the table it gives as JSON (person, household, intake). Starts a fresh m.state, the table a
  /// cohort's month function keeps about this person from month to month.
  nlohmann::json make_person(std::int64_t index, std::uint64_t random_key);

  /// Calls month(m) for one month. Throws script_error on a script failure (RULE002/3/4), or on
  /// a misuse of `m` (RULE005: an event dated outside the month, an unknown option, …).
  month_record run_month(const month_context& c);

  struct impl;  // the state and the month being run (scenario_host.cpp)

 private:
  std::unique_ptr<impl> impl_;
};

/// A uniform draw in [0, 1) from a splitmix64 stream; `state` advances.
double uniform_draw(std::uint64_t& state) noexcept;

/// The splitmix64 finaliser of `x`: neighbouring inputs give unrelated outputs (stream keys).
std::uint64_t mix64(std::uint64_t x) noexcept;

}  // namespace hashigo::lua
