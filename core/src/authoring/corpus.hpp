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

}  // namespace hashigo::authoring
