#pragma once
// The step-conflict probe of `hashigo check`: two step rules that both win a decision with
// different targets end it in RULE005 at run time. The probe runs the pack over combinations of
// situations at every position and names each conflicting pair once, with a case that shows it.
#include <hashigo/authoring/check.hpp>
#include <hashigo/engine/engine.hpp>

#include <functional>
#include <vector>

namespace hashigo::authoring {

/// What the probe found and how far it got.
struct step_conflict_report {
  std::vector<finding> findings;  ///< errors `step-conflict`, one per pair, at the second rule's file:line
  std::size_t evaluated = 0;      ///< probe cases evaluated
  std::size_t total = 0;          ///< probe cases in all
  bool stopped = false;           ///< `over()` turned true before the end (the caller reports its budget)
};

/// The number of probe cases for a pack (days × positions × the programme runs' combinations).
std::size_t step_probe_size(engine::engine& eng, const engine::pack_summary& pack);

/// Runs the probe, adding each rule's time to `costs`.
step_conflict_report probe_step_conflicts(engine::engine& eng, const engine::pack_summary& pack,
                                          const std::function<bool()>& over, std::vector<engine::rule_cost>* costs);

}  // namespace hashigo::authoring
