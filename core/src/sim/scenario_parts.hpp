#pragma once
// What a trainer's scenario and a cohort spec share: the case a header starts, its regions, and
// the brief decision a month's m.last shows.
#include <hashigo/engine/decision.hpp>
#include <hashigo/engine/lean.hpp>
#include <hashigo/format/case_json.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace hashigo::sim {

/// The case a header starts (id, start, person, household, intake) as a case file with the
/// intake as event 0; input_error names `path` and the field.
format::case_file intake_file(const nlohmann::json& h, const std::string& path, const std::string& region);

/// The header's `regions`: its own region first (national when none), then the others it lists once each.
std::vector<std::string> regions_of(const nlohmann::json& h, const std::string& path);

/// What the next month's m.last says of a decision.
nlohmann::json brief(const engine::decision& d);
/// The same for a lean decision.
nlohmann::json brief(const engine::lean_decision& d);

}  // namespace hashigo::sim
