#pragma once
/// @file Receipts: the digest of the events a decision was made from, and verifying a stored
/// decision by making it again from the same events under the current pack.
#include <hashigo/case/event.hpp>
#include <hashigo/case/state.hpp>
#include <hashigo/date.hpp>
#include <hashigo/engine/engine.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace hashigo::app {

/// The events digest: sha256 hex over every event of `events` dated on or before `as_of`, in fold
/// order (date, then seq), each as its case-file JSON on one line — notes and minutes included,
/// which the view digest (decision::inputs_digest) leaves out when no rule reads them.
std::string events_digest(const std::vector<cases::event>& events, date as_of);

/// What a stored receipt recorded, as verifying needs it.
struct recorded_decision {
  std::string as_of;          ///< YYYY-MM-DD
  std::string outcome_json;   ///< the decision JSON as stored
  std::string pack_digest;
  std::string events_digest;  ///< empty: the receipt predates events digests
};

/// How a decision made again compares with the recorded one.
enum class verdict {
  identical,       ///< the same bytes
  different,       ///< the same pack and events, another decision
  pack_changed,    ///< the region's pack is not the one recorded: it cannot be made again here
  events_changed,  ///< the events up to the receipt no longer digest as recorded
  unverifiable,    ///< the receipt predates events digests (schema version 1)
};

/// "identical", "different", …
std::string_view to_string(verdict v) noexcept;

/// The outcome of verifying one receipt.
struct verification {
  verdict result = verdict::identical;
  std::string recorded;  ///< pack_changed: the recorded digest; events_changed: the recorded events digest
  std::string now;       ///< the same, now; different: the first JSON path that differs
};

/// Folds `events` (the case's events up to the receipt's events_through) on the receipt's day,
/// evaluates them under the receipt's region with the engine's current pack (with --explain when
/// the receipt has a trace) and compares the decision JSON with the recorded one.
verification verify(engine::engine& eng, const cases::case_header& header, const std::vector<cases::event>& events,
                    const recorded_decision& receipt);

}  // namespace hashigo::app
