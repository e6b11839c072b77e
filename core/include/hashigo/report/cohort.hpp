#pragma once
/// @file A cohort run (`hashigo.cohort/1`, sim::cohort_json) written out: a short text summary
/// for the terminal, CSV for spreadsheets (UTF-8 with a BOM), and a self-contained HTML page
/// with SVG charts: occupancy stacks, the cumulative share reaching 一般就労 (one minus the
/// Kaplan–Meier survival) with its band, and paired differences with their intervals.
#include <hashigo/report/monthly.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace hashigo::report {

/// The headline figures per region and the paired difference, in `lang`.
std::string cohort_text(const nlohmann::json& doc, const code_namer& names, const std::string& lang);

/// Every summary figure, one row each: section, key, label, month, region, mean, lo, hi.
std::string cohort_csv(const nlohmann::json& doc, const code_namer& names, const std::string& lang);

/// The page, shown in `lang` first with a switch to the other language.
std::string cohort_html(const nlohmann::json& doc, const code_namer& names, const std::string& lang);

}  // namespace hashigo::report
