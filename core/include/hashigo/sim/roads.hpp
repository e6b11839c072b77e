#pragma once
/// @file The roads not taken: at each decision point of a run, where each other option would
/// have led — the scenario run again with that option, compared month by month.
#include <hashigo/sim/divergence.hpp>
#include <hashigo/sim/scenario.hpp>

#include <optional>
#include <string>
#include <vector>

namespace hashigo::sim {

/// One option not taken, and the first month its journey's decisions differ from the run's.
struct road_not_taken {
  int month = 0;
  std::string choice_id;
  std::string option;
  std::optional<divergence> first_difference;  ///< nothing: the same decisions throughout
};

/// The month decisions of a run, in order, for first_divergence.
std::vector<const engine::decision*> decisions_of(const scenario_run& run);

/// Every option not taken at every decision point of `run` (made by run_scenario with `o`, which
/// must have set `explain`): the choices before the point as taken, the other option at it, and
/// later ones as `o` answers them. In month order, then option order.
std::vector<road_not_taken> roads_not_taken(engine::engine& eng, const std::string& path, const std::string& text,
                                            const scenario_options& o, const scenario_run& run);

}  // namespace hashigo::sim
