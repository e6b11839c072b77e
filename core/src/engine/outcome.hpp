#pragma once
// Turning what rules returned into a decision: the multi-hit semantics (supersedes, down beats
// hold beats up, eligibility by any route, referrals merged by target, alerts by code), worked
// out once as rule indices (`resolution`), from which both the full decision (with reasons) and
// the lean one are built.
#include <hashigo/case/ladder.hpp>
#include <hashigo/engine/decision.hpp>
#include <hashigo/engine/lean.hpp>

#include "pack/evaluation.hpp"

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace hashigo::engine {

/// Two rules disagree irreconcilably, or a step leads off the ladder.
struct outcome_error {
  std::string where;
  std::string message;
};

/// The card of every rule of a pack, in the pack's rule order (the order of its runs).
using rule_cards = std::vector<std::shared_ptr<const rule_card>>;

/// What the engine keeps of a loaded pack's rules, made once per load.
struct pack_plan {
  rule_cards cards;
  /// By rule index: the indices of the rules whose proposals its firing drops (`supersedes`).
  std::vector<std::vector<std::uint32_t>> supersedes;
};

/// Makes the plan of a pack's rules.
pack_plan plan_of(const pack::summary& meta);

/// No rule (a run index that is not there).
inline constexpr std::uint32_t no_run = UINT32_MAX;

/// One evaluation's outcomes resolved, as indices into its runs. Reused from one evaluation to
/// the next: its vectors keep their capacity, so a steady run allocates nothing here.
struct resolution {
  // The step.
  std::string_view step = "stay";  ///< up | down | stay
  bool moves = false;              ///< `to` is set: a step rule proposed a move (up or down) that won
  cases::position to;
  bool accepted = false;
  bool skip = false;
  cases::localized refusal;
  std::vector<std::uint32_t> step_reasons;  ///< the winners, or the rules saying stay when none won
  /// Proposals that lost, in rule order, with the fired rule that superseded each (or no_run).
  std::vector<std::pair<std::uint32_t, std::uint32_t>> overruled;
  /// By run: the first fired rule that supersedes it (no_run when none).
  std::vector<std::uint32_t> superseded_by;

  /// A programme's result: eligible when any rule says so.
  struct eligibility_entry {
    std::string_view program;
    bool eligible = false;
    std::uint32_t first_route = 0, routes = 0;    ///< into `routes`
    std::uint32_t first_reason = 0, reasons = 0;  ///< into `reasons`
  };
  /// A referral target's merged suggestion.
  struct referral_entry {
    std::string_view target;
    pack::urgency_kind urgency = pack::urgency_kind::routine;
    bool warm_handoff = false;
    std::uint32_t first_reason = 0, reasons = 0;  ///< into `reasons`
  };
  std::vector<eligibility_entry> eligibility;  ///< sorted by programme
  std::vector<referral_entry> referrals;       ///< sorted by target
  std::vector<std::uint32_t> alerts;           ///< the runs that raised one, by code, then rule order
  std::vector<std::string_view> route_list;    ///< the routes of the eligibility entries
  std::vector<std::uint32_t> reason_list;      ///< the runs behind eligibility and referral entries

  /// Scratch: the ladder's verdict on the winning move.
  cases::move_verdict verdict;
  /// Scratch: (code, run) pairs while grouping.
  std::vector<std::pair<std::string_view, std::uint32_t>> keyed;
};

/// Resolves the outcomes of `ev` (a pack whose plan is `plan`) for a case in `status` at `from`:
/// the stepup proposals (the proposals of rules that a fired rule supersedes are dropped; of the
/// rest, down beats hold beats up; two rules proposing different targets for the winning
/// direction is an error naming both; the ladder then accepts or refuses), eligibility, referrals
/// and alerts. Throws outcome_error.
void resolve(const pack::evaluation& ev, const pack_plan& plan, const cases::ladder_spec& ladder,
             cases::process_status status, const cases::position& from, resolution& out);

/// The full decision's step, lists and (with `explain`) trace, with every reason's texts, checks,
/// references and defaults; "would change if" (`would_flip`) when `near_misses`.
void fill_decision(const pack::evaluation& ev, const pack_plan& plan, const resolution& r, bool near_misses,
                   bool explain, decision& d);

/// The lean decision's step and lists (rule ids only), into `out`'s reused buffers.
void fill_lean(const pack::evaluation& ev, const resolution& r, lean_decision& out);

}  // namespace hashigo::engine
