#pragma once
/// @file The monthly statistics written out: JSON for tools, CSV for spreadsheets (UTF-8 with a
/// BOM, so that Excel shows the Japanese), Markdown for a note or a mail, and a self-contained HTML
/// page in both languages.
#include <hashigo/stats/monthly.hpp>

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace hashigo::report {

/// The name of a code of a kind (`channel`, `program`, …) in a language; empty when it has none.
using code_namer = std::function<std::string(std::string_view kind, const std::string& code, const std::string& lang)>;

/// `hashigo.monthly-stats/1`: every figure by id, with its unit, value (null when it cannot be
/// computed), numerator and denominator, and its label in both languages.
nlohmann::json monthly_json(const stats::monthly_report& r, const code_namer& names);

/// One row per figure: section, id, label (in `lang`), value, unit, numerator, denominator.
std::string monthly_csv(const stats::monthly_report& r, const code_namer& names, const std::string& lang);

/// A table per section, in `lang`.
std::string monthly_markdown(const stats::monthly_report& r, const code_namer& names, const std::string& lang);

/// The page, shown in `lang` first with a switch to the other language.
std::string monthly_html(const stats::monthly_report& r, const code_namer& names, const std::string& lang);

/// `hashigo.monthly-trend/1`: the months' reports (monthly_json each), in month order.
nlohmann::json trend_json(const std::vector<stats::monthly_report>& months, const code_namer& names);

/// monthly_csv's rows for every month, under one BOM and header.
std::string trend_csv(const std::vector<stats::monthly_report>& months, const code_namer& names, const std::string& lang);

/// One table: the figures that are not breakdowns, one column per month.
std::string trend_markdown(const std::vector<stats::monthly_report>& months, const std::string& lang);

/// The page: a line chart (inline SVG) per headline figure, then trend_markdown's table.
std::string trend_html(const std::vector<stats::monthly_report>& months, const code_namer& names, const std::string& lang);

}  // namespace hashigo::report
