#pragma once
// The ladder chart: one row per position (stage and rung, lowest at the bottom), one column per
// month, one mark per branch and month at the position the month ended on.
#include <hashigo/report/timeline_html.hpp>

#include <string>

namespace hashigo::report {

/// Where a month leaves the case: the accepted and carried-forward step's target, else where it was.
const cases::position& position_after(const sim::scenario_month& m);

/// The branch colours, in order (CSS and SVG share them).
const std::string& branch_colour(std::size_t index);

/// The chart as an inline <svg> element; marks link to the month sections (#m<N>).
std::string ladder_svg(const timeline& t, const naming& names);

}  // namespace hashigo::report
