#pragma once
// Charts of a cohort run as inline SVG: stacked shares over months, lines with interval bands,
// and estimates with interval bars around zero.
#include <optional>
#include <string>
#include <vector>

namespace hashigo::report {

/// A series over months: the mean, and its 95% interval where there is one.
struct band_series {
  std::string name;  ///< escaped HTML text for the legend
  std::vector<double> mean;
  std::vector<std::optional<double>> lo, hi;
};

/// Shares (0–1) stacked month by month, lowest layer first, each layer named in the legend.
std::string stack_chart(const std::vector<std::string>& labels, const std::vector<band_series>& layers, const std::string& title);

/// Lines with shaded 95% bands over months, as percentages; `zero` draws the zero line (differences).
std::string band_chart(const std::vector<std::string>& labels, const std::vector<band_series>& series, const std::string& title, bool zero);

/// One row per estimate: a point and its interval bar on an axis through zero.
struct interval_row {
  std::string name;  ///< escaped HTML text
  double mean = 0;
  std::optional<double> lo, hi;
};
std::string interval_chart(const std::vector<interval_row>& rows, const std::string& title, const std::string& unit);

}  // namespace hashigo::report
