#pragma once
/// @file The trainer's timeline report: one self-contained HTML file (inline CSS and SVG, no
/// network) with a ladder chart by month, each month's events, choices, decisions with their
/// reasons and references, and alerts, in Japanese and English. One run, two branches of a fork
/// or several regions of a comparison share one chart.
#include <hashigo/case/ladder.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/sim/divergence.hpp>
#include <hashigo/sim/roads.hpp>
#include <hashigo/report/quiz.hpp>
#include <hashigo/sim/scenario.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hashigo::report {

/// Names codes for a reader: `name(kind, code, lang)` as the CLI's labels do (the pack's name,
/// else the catalogue's, else the code), and `namer(lang)` for the check sentences.
struct naming {
  std::function<std::string(std::string_view kind, const std::string& code, const std::string& lang)> name;
  std::function<engine::namer(const std::string& lang)> namer;
};

/// One journey drawn: a run with its label ("A 3=a", "chiba").
struct branch {
  std::string label;
  const sim::scenario_run* run = nullptr;
  cases::ladder_spec ladder;  ///< the pack's ladder, for the chart's rows
};

/// The first difference between two branches (by index into the branches).
struct pair_difference {
  std::size_t a = 0;
  std::size_t b = 0;
  std::optional<sim::divergence> first_difference;
};

/// What the page shows.
struct timeline {
  std::vector<branch> branches;                  ///< one for `sim run`, two for a fork, two or more for a comparison
  std::vector<sim::road_not_taken> roads;            ///< for a single run
  std::vector<pair_difference> differences;      ///< for forks and comparisons
  std::vector<quiz_question> quiz;               ///< when non-empty, answers hide behind reveal buttons
};

/// How the page is written.
struct html_options {
  std::string lang = "ja";  ///< the language shown first; the other is one click away
  naming names;
  bool person = false;      ///< plain wording for the person instead of staff reasons
};

/// The page as one HTML document.
std::string timeline_html(const timeline& t, const html_options& o);

}  // namespace hashigo::report
