#pragma once
/// @file Evaluating a case over days with its receipts stored: what `eval --monthly --commit`, the
/// server's `POST /v1/cases/{id}/evaluate?commit=true` and an embedder's review run share.
#include <hashigo/case/event.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/sim/journey.hpp>
#include <hashigo/store/database.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace hashigo::app {

/// The receipt of decision `d` about a stored case, made from `events` (those through
/// `events_through`, the last seq the evaluation read): view digest, events digest and the JSON.
store::receipt_row make_receipt(const std::string& case_id, const std::vector<cases::event>& events,
                                const engine::decision& d, std::int64_t events_through);

/// What a journey run does.
struct journey_request {
  std::vector<date> days;      ///< the days to evaluate, in order (sim::month_ends for a monthly run)
  std::string region = {};     ///< empty: the case's own region
  bool carry_steps = false;    ///< accepted steps become stage_changed events later days fold
  engine::evaluate_options options = {};
};

/// Called after each day, with the receipt stored for it (0 when nothing is stored).
using journey_hook = std::function<void(const sim::journey_step&, std::int64_t receipt_id)>;

/// Evaluates a case on each day. With `store`, the case is the stored case `header.id`: each
/// accepted step (when carry_steps) is committed with its receipt in one transaction, refused with
/// E_CONFLICT when another writer added an event since `events` were read; every other decision's
/// receipt is stored. Without it nothing is written. `events` must be sorted; it is updated in
/// place. Stops after a decision with status "error" (the hook has seen it).
void run_journey(engine::engine& eng, const cases::case_header& header, std::vector<cases::event>& events,
                 const journey_request& req, store::database* store, const journey_hook& on_day = {});

}  // namespace hashigo::app
