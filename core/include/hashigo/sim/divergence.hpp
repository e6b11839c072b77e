#pragma once
/// @file Where two journeys part: the first month whose decisions differ, what differs and the
/// rules and checks behind it (for `sim fork` and `sim compare`).
#include <hashigo/engine/decision.hpp>

#include <optional>
#include <string>
#include <vector>

namespace hashigo::sim {

/// A check one rule made on both sides, with different outcomes or values.
struct check_difference {
  std::string label;
  engine::check a;  ///< the check on side A (label empty when A's rule did not make it)
  engine::check b;  ///< the same on side B
};

/// A rule whose firing or checks differ between the two sides, or behind an outcome that differs.
struct rule_difference {
  std::string rule_id;
  bool fired_a = false;
  bool fired_b = false;
  std::vector<check_difference> checks;
  cases::localized said_a;  ///< what the rule said in A's differing outcome (empty when it said nothing there)
  cases::localized said_b;  ///< the same for B
};

/// The first month the outcomes differ.
struct divergence {
  std::size_t index = 0;           ///< into the aligned decisions (month - 1)
  std::string as_of;
  std::vector<std::string> parts;  ///< "step", "eligibility", "referrals", "alerts", "status", "error"
  std::vector<rule_difference> rules;
};

/// Compares decisions month by month (the shorter list bounds it). Rules are compared through
/// the decisions' traces, so those must be explained (evaluate_options::explain).
std::optional<divergence> first_divergence(const std::vector<const engine::decision*>& a, const std::vector<const engine::decision*>& b);

}  // namespace hashigo::sim
