#pragma once
// What the `sim` subcommands share: reading --choose, the run's JSON, and the HTML timeline.
#include "context.hpp"

#include <hashigo/report/timeline_html.hpp>
#include <hashigo/sim/scenario.hpp>

#include <map>
#include <string>
#include <vector>

namespace hashigo::cli {

/// "3=b,after_review=a" → {3: b, after_review: a} (items also one per line: --choose given twice);
/// a usage error names a malformed item.
std::map<std::string, std::string> parse_given(const std::string& text);

/// The {ja, en} JSON text in the output language.
std::string said(context& ctx, const nlohmann::json& text);

/// The scenario's first line: its id, and its title when it has one.
std::string title_line(context& ctx, const nlohmann::json& header);

/// The run as `hashigo.sim-run/1` JSON.
nlohmann::json run_json(const sim::scenario_run& run, engine::json_detail detail);

/// A branch of the timeline: `run` under `label`, with its pack's ladder.
report::branch branch_of(engine::engine& eng, std::string label, const sim::scenario_run& run);

/// Writes the timeline page to `path` in the output language, naming codes as the CLI does, and
/// says where on stderr.
void write_timeline(context& ctx, const std::string& path, const report::timeline& t, bool person);

/// Registers `sim cohort` and `sim merge` under `sim` (cmd_sim_cohort.cpp).
void add_sim_cohort_commands(CLI::App& sim_cmd, context& ctx);

/// Registers `sim quiz` under `sim` (cmd_sim_quiz.cpp).
void add_sim_quiz_command(CLI::App& sim_cmd, context& ctx);

/// The answers a run took, in the order its decision points came (for sim_options::in_order).
std::vector<std::string> answers_of(const sim::scenario_run& run);

}  // namespace hashigo::cli
