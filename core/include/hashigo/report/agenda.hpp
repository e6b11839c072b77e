#pragma once
/// @file A meeting's agenda written out: Markdown to print or mail, a self-contained HTML page in
/// both languages to print, and JSON (`hashigo.agenda/1`) for tools.
#include <hashigo/case/event.hpp>
#include <hashigo/case/state.hpp>
#include <hashigo/date.hpp>
#include <hashigo/report/monthly.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace hashigo::report {

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

/// `hashigo.agenda/1`: the day, the region, and each case with the decisions asked of the meeting.
nlohmann::json agenda_json(const agenda& a);

/// One section per case with a table of the decisions asked, in `lang`.
std::string agenda_markdown(const agenda& a, const code_namer& names, const std::string& lang);

/// The same as a printable page, shown in `lang` first with a switch to the other language.
std::string agenda_html(const agenda& a, const code_namer& names, const std::string& lang);

}  // namespace hashigo::report
