#pragma once
/// @file A lean decision: outcomes and the ids of the rules behind them, in buffers that the
/// caller reuses from one evaluation to the next, so that a steady run (batch, the cohort
/// simulation, a server) allocates nothing per decision.
#include <hashigo/case/ladder_types.hpp>
#include <hashigo/case/state.hpp>
#include <hashigo/date.hpp>
#include <hashigo/engine/decision.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hashigo::engine {

/// The result of engine::evaluate_lean. The views point into the engine's loaded pack and the
/// evaluated case: read it before the next evaluation on the same engine (or a reload), and
/// while the case_state lives.
struct lean_decision {
  /// A range of `rule_ids`.
  struct rules_range {
    std::uint32_t first = 0;
    std::uint32_t count = 0;
  };
  /// A programme's result.
  struct eligibility_item {
    std::string_view program;
    bool eligible = false;
    std::uint32_t first_route = 0;  ///< its routes: routes[first_route, +route_count)
    std::uint32_t route_count = 0;
    rules_range rules;
  };
  /// A referral the rules suggest, merged by target.
  struct referral_item {
    std::string_view target;
    std::string_view urgency;  ///< routine | soon | urgent
    bool warm_handoff = false;
    rules_range rules;
  };
  /// An alert.
  struct alert_item {
    std::string_view code;
    std::optional<date> due;
    std::string_view severity;  ///< info | warning | urgent
    const std::string* rule = nullptr;
    std::string_view meeting;  ///< the meeting decision asked for; empty when none
  };

  std::string_view case_id;
  date as_of;
  std::string_view region;
  std::string_view pack_version;
  std::string_view pack_digest;
  char inputs_digest[64] = {};  ///< hex digits of the inputs digest (not NUL-terminated)
  bool has_digest = false;      ///< the digest was asked for (evaluate_lean's `digest`)
  cases::process_status process_status = cases::process_status::intake;

  std::string_view step = "stay";  ///< up | down | stay
  cases::position from;
  bool moves = false;  ///< `to` is set
  cases::position to;
  bool accepted = false;
  bool skip = false;
  cases::localized refusal;  ///< why the core refused the move (empty otherwise)
  rules_range step_rules;
  /// The text of the first rule behind the step (what a stage_changed event records; not in the JSON).
  cases::localized step_reason;

  std::vector<eligibility_item> eligibility;  ///< sorted by programme
  std::vector<referral_item> referrals;       ///< sorted by target
  std::vector<alert_item> alerts;             ///< sorted by code
  std::vector<const std::string*> rule_ids;   ///< the ids the ranges above point into
  std::vector<std::string_view> routes;

  std::optional<failure> error;  ///< set when a rule failed: there is no outcome then

  /// True when every rule ran.
  bool ok() const noexcept { return !error.has_value(); }
  /// The rule ids of a range.
  std::span<const std::string* const> rules(rules_range r) const noexcept {
    return std::span<const std::string* const>(rule_ids).subspan(r.first, r.count);
  }
  /// The inputs digest as text (empty when it was not asked for).
  std::string_view digest() const noexcept { return has_digest ? std::string_view(inputs_digest, sizeof inputs_digest) : std::string_view(); }
};

/// Sets the decision's inputs digest from `state` (the case it was evaluated on) when
/// evaluate_lean was asked for none: what a caller does once it knows which decision it shows.
void add_inputs_digest(const cases::case_state& state, lean_decision& d);

/// The full decision a failed lean one stands for (a failure has no outcome to lose): what
/// evaluate() returns for the same failure, for answers that show failures in full.
decision failed_decision(const lean_decision& d);

/// A member a caller adds to the decision's JSON object: its key and its value as JSON text.
struct json_member {
  std::string_view key;
  std::string_view value;
};

/// Appends the decision as JSON to `out`: byte for byte what to_json(decision, json_detail::lean)
/// dumps for the same evaluation, written straight into the buffer; with `extra` (sorted by key,
/// keys the decision does not have) in key order, as setting them on that JSON object would.
void write_json(const lean_decision& d, std::string& out, std::span<const json_member> extra = {});

}  // namespace hashigo::engine
