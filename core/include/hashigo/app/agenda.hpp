#pragma once
/// @file A meeting's agenda: the stored cases some rule says a meeting must decide about on a
/// day (alerts with a `meeting` decision), with the reasons, for `hashigo meeting agenda`.
#include <hashigo/case/event.hpp>
#include <hashigo/date.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/store/database.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace hashigo::app {

/// One decision a meeting is asked to take about a case, and why.
struct agenda_item {
  std::string decision;  ///< codes::meeting_decisions
  std::string code;      ///< the alert's code
  std::string rule_id;
  std::string severity;  ///< info | warning | urgent
  std::string due;       ///< YYYY-MM-DD or empty
  bool overdue = false;  ///< due before the agenda's day
  cases::localized reason;
};

/// A case on the agenda.
struct agenda_case {
  std::string id;
  std::string region;
  std::string status;  ///< the process status on the day
  cases::position position;
  std::optional<cases::meeting_record> last_meeting;  ///< the latest meeting that discussed it
  std::vector<agenda_item> items;  ///< in the order the rules gave them
};

/// A stored case the agenda could not read or evaluate, and why.
struct agenda_skip {
  std::string id;
  cases::localized reason;
};

/// The agenda of one day.
struct agenda {
  date on;
  std::string region;                ///< the region asked for; empty: every region
  std::size_t cases_read = 0;        ///< stored cases open on or before the day, in the region
  std::vector<agenda_case> cases;    ///< those with something to decide, by id
  std::vector<agenda_skip> skipped;  ///< unreadable cases and rule failures, by id
};

/// Evaluates every stored case (of `region`, when given) on `on` and keeps those with alerts
/// that ask a meeting for a decision. A case that does not fold or whose rules fail is listed in
/// `skipped`, and the others are still read.
/// `progress(done, total)` is called after each case.
agenda meeting_agenda(engine::engine& eng, const store::database& db, date on, const std::string& region = {},
                      const std::function<void(std::size_t, std::size_t)>& progress = {});

}  // namespace hashigo::app
