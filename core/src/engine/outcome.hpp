#pragma once
// Turning what rules returned into a decision: shape checks and multi-hit semantics.
#include <hashigo/case/ladder.hpp>
#include <hashigo/engine/decision.hpp>

#include "lua/pack.hpp"

#include <vector>

namespace hashigo::engine {

/// A rule returned something of the wrong shape, or two rules disagree irreconcilably.
struct outcome_error {
  std::string where;
  std::string message;
};

/// The reason record of one rule run (title, text, source, file:line, checks).
reason reason_of(const lua::rule_run& run);

/// Resolves the stepup proposals: down beats hold beats up; two rules proposing different targets
/// for the winning direction is an error naming both. The ladder then accepts or refuses.
/// Throws outcome_error.
step_decision resolve_step(const std::vector<lua::rule_run>& runs, const cases::ladder_spec& ladder,
                           cases::process_status status, const cases::position& from);

/// The step rules that did not fire but compared something, each with only its unmet checks:
/// what would have to change for the decision to change.
std::vector<reason> near_misses(const std::vector<lua::rule_run>& runs);

/// Collects eligibility, referral and alert outcomes. Throws outcome_error.
void collect_lists(const std::vector<lua::rule_run>& runs, decision& d);

}  // namespace hashigo::engine
