#pragma once
/// @file Quiz mode: the questions a scenario run asks a class — "what would you do?" at each
/// decision point, and "what will the rules decide?" at each month the script marked (m.quiz) or
/// the rules moved the case — each with the answer the trainer or the rules give.
#include <hashigo/case/event.hpp>
#include <hashigo/sim/scenario.hpp>

#include <string>
#include <utility>
#include <vector>

namespace hashigo::report {

/// One question, asked before its answer is shown.
struct quiz_question {
  int month = 0;
  std::string kind;       ///< "choice" (what would you do?) or "decision" (what will the rules decide?)
  std::string choice_id;  ///< the decision point's id, for a choice
  cases::localized prompt;
  std::vector<std::pair<std::string, cases::localized>> options;  ///< key → text
  std::string answer;     ///< the expected key; empty for a choice the trainer left open
  cases::localized why;   ///< the trainer's explanation, when the script gave one
};

/// The run's questions in month order (a month's decision points before its decision).
std::vector<quiz_question> quiz_of(const sim::scenario_run& run);

/// The option key a decision answers to: "up" or "down" when a step was taken, else "stay".
std::string decided_step(const sim::scenario_month& m);

/// {ja, en} JSON as text in both languages (empty for null).
cases::localized localized_of(const nlohmann::json& text);

}  // namespace hashigo::report
