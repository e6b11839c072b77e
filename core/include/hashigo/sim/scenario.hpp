#pragma once
/// @file Trainer scenarios (scripts/*.lua): a person's journey month by month, with decision
/// points and seeded variation, evaluated under a region's pack at every month end. The script
/// runs in the rule sandbox; steps the rules accept are committed in memory.
#include <hashigo/case/state.hpp>
#include <hashigo/engine/engine.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace hashigo::sim {

/// A decision point as the scenario asked it, and the option taken.
struct choice {
  int month = 0;
  std::string id;                                               ///< the script's name ("after_review")
  nlohmann::json prompt;                                        ///< {ja, en}
  std::vector<std::pair<std::string, nlohmann::json>> options;  ///< key → {ja, en}, by key
  std::string taken;                                            ///< the key taken
  std::string how;                                              ///< "given" (--choose), "asked" or "first" (the default)
  std::string answer;                                           ///< the trainer's answer for the quiz, if marked
  nlohmann::json why;                                           ///< {ja, en} the trainer's explanation, or null
};

/// A question the script marked on a month's decision (m.quiz); the decision is its answer.
struct quiz_mark {
  nlohmann::json prompt;  ///< {ja, en}
  nlohmann::json why;     ///< {ja, en}, or null
};

/// How a run takes its choices and draws its variation.
struct scenario_options {
  std::string region;     ///< empty: the scenario's own region
  std::uint64_t seed = 1; ///< same seed, same journey
  /// Answers by month number ("3") or by the choice's id ("after_review") → option key.
  std::map<std::string, std::string> given;
  /// Asked for a choice no `given` answers (a terminal); none: the first option.
  std::function<std::string(const choice&)> ask;
  /// Answers in the order the choice points come (a saved run replayed); used before `given`.
  std::vector<std::string> in_order;
  /// Keep every rule's checks in each decision (forks and comparisons explain with them).
  bool explain = false;
};

/// An event a month recorded on another case of the scenario (a household member's).
struct member_event {
  std::string case_id;
  cases::event event;
};

/// One month of the journey.
struct scenario_month {
  int month = 0;
  date first_day;                      ///< the intake day in month 1
  date last_day;                       ///< the month end, the day decided
  std::vector<cases::event> events;    ///< what the script recorded this month (intake included in month 1)
  std::vector<nlohmann::json> sayings; ///< narration, {ja, en}; "after_choice" names the choice a line followed
  std::vector<choice> choices;
  std::vector<quiz_mark> questions;    ///< m.quiz marks on this month's decision
  std::vector<member_event> member_events;  ///< what happened on the scenario's other cases (their intake included)
  std::vector<nlohmann::json> matches; ///< each m.match of the month: {date, match} (engine::to_json of the match)
  cases::case_state state;             ///< the case on last_day, before its step was committed
  engine::decision decision;
  bool committed = false;              ///< the accepted step became a stage_changed event
};

/// A whole run, and what makes it reproducible.
struct scenario_run {
  std::string path;                 ///< the script as named on the command line
  std::string scenario_digest;      ///< SHA-256 of the script's text
  nlohmann::json header;            ///< the script's table without its function
  std::string region;
  std::uint64_t seed = 1;
  cases::case_header case_header;
  std::vector<cases::case_header> other_cases;  ///< the scenario's `cases` (the household's other members), in header order
  std::string records_digest;       ///< SHA-256 of the record files the scenario reads (empty: none)
  std::vector<scenario_month> months;
};

/// How the run names one of its cases: the person's pseudonym when the case has one, else its id.
std::string case_name(const scenario_run& run, const std::string& case_id);

/// The month's narration said after the choice `choice_id` and before the next one (empty id:
/// before the month's first choice), in the order the script said it.
std::vector<const nlohmann::json*> sayings_after(const scenario_month& m, const std::string& choice_id);

/// Runs the scenario `text` (from `path`) under `eng`. The scenario's records (employers, agencies,
/// households; scripts/README.md) are linked to each evaluation as the store's would be, and
/// unlinked when the run ends. Throws input_error for a header that does not make a case or a
/// record that does not read (naming `path` and the field), or an event linking to a record the
/// scenario lacks; script_error for a failing script; stops after a decision that failed (the
/// last month then holds it).
scenario_run run_scenario(engine::engine& eng, const std::string& path, const std::string& text, const scenario_options& o);

/// The regions the scenario `text` names: its `region` first, then those of its `regions` list.
/// Throws as run_scenario does for a script that does not load or a malformed list.
std::vector<std::string> scenario_regions(const std::string& path, const std::string& text);

/// The seeded random stream of one month: the same for the same seed, case and month, whatever
/// other months drew.
std::uint64_t month_stream(std::uint64_t seed, const std::string& case_id, int month);

}  // namespace hashigo::sim
