#pragma once
// A small line chart as inline SVG: one series over labelled points (months), for pages that must
// work offline with nothing but themselves.
#include <optional>
#include <string>
#include <vector>

namespace hashigo::report {

/// The chart of `values` (a gap where one is missing) over `labels`; `percent` shows a ratio as
/// a percentage. `title` is already escaped HTML text (the SVG's accessible name).
std::string line_chart(const std::vector<std::string>& labels, const std::vector<std::optional<double>>& values, const std::string& title,
                       bool percent);

}  // namespace hashigo::report
