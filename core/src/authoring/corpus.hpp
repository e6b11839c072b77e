#pragma once
// Synthetic cases for the checker: every position of a pack's ladder crossed with situations
// (goals met, steady or falling attendance, a hire, an FDP fall, a plan ending, debt, …), so a
// rule that fires on none of them is very likely unreachable.
#include <hashigo/case/ladder.hpp>
#include <hashigo/case/state.hpp>

#include <vector>

namespace hashigo::authoring {

/// The synthetic states for a ladder, each folded at one of a few fixed days.
std::vector<cases::case_state> synthetic_cases(const cases::ladder_spec& ladder);

/// Every position of the ladder, lowest first.
std::vector<cases::position> positions_of(const cases::ladder_spec& ladder);

/// The days the synthetic cases are folded at (one per era of the dated parameters).
std::vector<date> probe_days();

/// The plain synthetic case at a position on a day: in support for 8 months, 4 in the position, a
/// placement fitting it, a plan, readiness support running; every situation starts from it.
cases::case_state base_case(const cases::position& p, date today);

}  // namespace hashigo::authoring
