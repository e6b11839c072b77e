#pragma once
// Turning what rules returned into a decision: shape checks and multi-hit semantics.
#include <hashigo/case/ladder.hpp>
#include <hashigo/engine/decision.hpp>

#include "pack/evaluation.hpp"

#include <memory>
#include <vector>

namespace hashigo::engine {

/// A rule returned something of the wrong shape, or two rules disagree irreconcilably.
struct outcome_error {
  std::string where;
  std::string message;
};

/// The card of every rule of a pack, in the pack's rule order (the order of its runs).
using rule_cards = std::vector<std::shared_ptr<const rule_card>>;

/// Makes the cards of a pack's rules, once per load.
rule_cards cards_of(const pack::summary& meta);

/// Resolves the stepup proposals: the proposals of rules that a fired rule supersedes are dropped
/// (overruled, with reason::superseded_by); of the rest, down beats hold beats up; two rules
/// proposing different targets for the winning direction is an error naming both. The ladder
/// then accepts or refuses.
/// `runs` are one per rule of the pack that `cards` were made from; the texts of the reasons are
/// moved out of their outcomes. Throws outcome_error.
step_decision resolve_step(std::vector<pack::rule_run>& runs, const rule_cards& cards,
                           const cases::ladder_spec& ladder, cases::process_status status, const cases::position& from);

/// The step rules that did not fire but compared something (and that no fired rule supersedes),
/// each with only its unmet checks:
/// what would have to change for the decision to change. With `take_checks` the checks are moved
/// out of the runs instead of copied.
std::vector<reason> near_misses(std::vector<pack::rule_run>& runs, const rule_cards& cards, bool take_checks);

/// Collects eligibility, referral and alert outcomes (their texts moved out). Throws outcome_error.
void collect_lists(std::vector<pack::rule_run>& runs, const rule_cards& cards, decision& d);

}  // namespace hashigo::engine
