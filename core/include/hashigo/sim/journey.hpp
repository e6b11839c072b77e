#pragma once
/// @file The month-by-month journey runner: evaluate a case at every month end and commit
/// accepted steps, as a support team's monthly review would.
#include <hashigo/case/state.hpp>
#include <hashigo/engine/engine.hpp>

#include <functional>
#include <string>
#include <vector>

namespace hashigo::sim {

/// One evaluation of the journey.
struct journey_step {
  cases::case_state state;    ///< the case as folded on that day (before the step is committed)
  engine::decision decision;
  bool committed = false;     ///< the accepted step was recorded as a stage_changed event
};

/// The days a monthly run evaluates: every month end from `from`'s month through `to`, and `to`
/// itself when it is not a month end.
std::vector<date> month_ends(date from, date to);

/// The stage_changed event recording an accepted step and the rules behind it.
cases::event step_event(const engine::decision& d);
/// The same for a lean decision (its step accepted).
cases::event step_event(const engine::lean_decision& d);

/// step_event(d) numbered after the last of `events`, ready to be added to them.
cases::event next_step_event(const engine::decision& d, const std::vector<cases::event>& events);
/// next_step_event for a lean decision.
cases::event next_step_event(const engine::lean_decision& d, const std::vector<cases::event>& events);

/// Called before an accepted step is applied; may store it (and throw to stop the run).
using commit_hook = std::function<void(const engine::decision&, const cases::event&)>;
/// Called after each day's evaluation (and commit), in order.
using step_hook = std::function<void(const journey_step&)>;

/// Evaluates the case on each day; when `commit` is set, every accepted step becomes a
/// `stage_changed` event (handed to `on_commit` first) that later days fold. `events` must be
/// sorted and is updated in place. Stops after a decision with status "error".
std::vector<journey_step> run(engine::engine& eng, const cases::case_header& header, std::vector<cases::event>& events,
                              const std::string& region, const std::vector<date>& days, bool commit,
                              const engine::evaluate_options& opts = {}, const commit_hook& on_commit = {},
                              const step_hook& on_step = {});

}  // namespace hashigo::sim
