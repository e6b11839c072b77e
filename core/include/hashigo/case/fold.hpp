#pragma once
/// @file fold(events, as_of) → case_state: pure and deterministic.
#include <hashigo/case/state.hpp>

#include <memory>
#include <vector>

namespace hashigo::cases {

/// Orders events as fold reads them: by date, then by seq.
void sort_events(std::vector<event>& events);

/// Applies every event dated on or before `as_of` to a fresh state and computes the derived
/// facts. Throws input_error naming `events[i].field` when the sequence is impossible (no
/// intake first, a date before the case opened, a placement ending before it starts, a plan
/// approved with no plan, anything but `reopened` on a closed case, …). `event_voided`
/// corrections are resolved first, whatever their date: the events they name are skipped, and
/// a correction naming no event, another correction, a later event or an event already voided is
/// refused. `events` must be sorted.
case_state fold(const case_header& header, const std::vector<event>& events, date as_of);

/// Checks that `incoming` can follow `existing` (both sorted by date/seq): folds them together
/// up to the last date. Throws input_error with the path `events[i]` of the offending new event.
/// A new `event_voided` may only name an event of `existing`.
void check_appendable(const case_header& header, const std::vector<event>& existing,
                      const std::vector<event>& incoming);

/// A fold kept open: events are applied as they arrive, in date order, and the state can be read
/// at any day on or after the last event, without refolding the history (a simulation's months).
/// Gives the same state as fold() over the same events. Corrections (`event_voided`) need the
/// whole history, so they are refused here: input_error naming the event.
class running_fold {
 public:
  explicit running_fold(const case_header& header);
  running_fold(running_fold&&) noexcept;
  running_fold& operator=(running_fold&&) noexcept;
  ~running_fold();

  /// Applies one event; it must not be dated before the last applied (input_error otherwise), and
  /// the first must be the intake.
  void apply(const event& e);
  /// The state on `as_of` (not before the last event applied), with its derived facts computed.
  const case_state& at(date as_of);
  /// The state as last computed by at().
  const case_state& state() const noexcept;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace hashigo::cases
