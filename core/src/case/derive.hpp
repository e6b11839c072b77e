#pragma once
#include <hashigo/case/state.hpp>

namespace hashigo::cases {

/// Computes the derived facts of a folded state on its as_of day.
derived_facts derive(const case_state& s);

/// attended / scheduled hours over the `days` days ending on `as_of` (inclusive), prorating
/// attendance periods that straddle the window by their overlap in days.
std::optional<double> attendance_rate(const std::vector<attendance_record>& records, date as_of, int days);

}  // namespace hashigo::cases
