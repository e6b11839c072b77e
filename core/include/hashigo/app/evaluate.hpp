#pragma once
/// @file The evaluation every surface shares (CLI, batch, server, embedders): a case file on one
/// day, from its recorded position or from a month-by-month replay.
#include <hashigo/date.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/engine/lean.hpp>
#include <hashigo/format/case_json.hpp>

#include <nlohmann/json.hpp>

#include <span>
#include <string>
#include <string_view>

namespace hashigo::app {

/// Where the ladder position a decision starts from came from.
enum class position_source {
  recorded,  ///< the case's own stage_changed events (or its intake position when it has none)
  replayed,  ///< derived by evaluating every month end from intake and applying accepted steps
};

/// "recorded" or "replayed".
std::string_view to_string(position_source s) noexcept;

/// What to evaluate.
struct evaluate_request {
  date as_of;
  std::string region = {};  ///< empty: the case's own region
  bool replay = false;
  engine::evaluate_options options = {};
};

/// A decision and how the position it starts from was found.
struct evaluation {
  engine::decision decision;
  position_source position = position_source::recorded;
  int recorded_steps = 0;  ///< stage_changed events the case file itself carries
  int replayed_steps = 0;  ///< steps the replay accepted and applied before as_of
};

/// Evaluates a case file on `req.as_of` (its events are sorted in place; a replay adds the steps
/// it applies). A rule failure is a decision with status "error"; bad input throws input_error,
/// a day before the case opened among them (where = "as_of").
evaluation evaluate_case(engine::engine& eng, format::case_file& file, const evaluate_request& req);

/// A lean decision (engine::evaluate_lean) and how the position it starts from was found. The
/// decision's views point into `state` and the engine's pack: read it before the next evaluation
/// on the same engine. Reused from one case to the next, its buffers keep their capacity.
struct lean_evaluation {
  cases::case_state state;  ///< the case as folded on as_of (the last day of a replay)
  engine::lean_decision decision;
  position_source position = position_source::recorded;
  int recorded_steps = 0;
  int replayed_steps = 0;
};

/// evaluate_case on the lean path: the same outcomes as evaluate_case with
/// evaluate_options::lean, without reasons' texts, checks or the JSON tree (`req.options` is
/// not read: there is nothing to explain).
void evaluate_case_lean(engine::engine& eng, format::case_file& file, const evaluate_request& req, lean_evaluation& out);

/// Appends the lean decision's JSON with `position`, and `extra` members (sorted by key): the
/// bytes of to_json(evaluation, json_detail::lean) for the same evaluation.
void write_json(const lean_evaluation& e, std::string& out, std::span<const engine::json_member> extra = {});

/// The decision's JSON (engine::to_json) with `position`: {source, recorded_steps, replayed_steps}.
nlohmann::json to_json(const evaluation& e, engine::json_detail detail = engine::json_detail::full);

/// True when a plain evaluation starts from the intake position only because the file records
/// no steps: the position may lag what a month-by-month run would reach (warn, suggest --replay).
bool intake_position_only(const evaluation& e) noexcept;
/// intake_position_only for a lean evaluation.
bool intake_position_only(const lean_evaluation& e) noexcept;

}  // namespace hashigo::app
