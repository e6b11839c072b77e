#pragma once
/// @file A meeting's agenda written out: Markdown to print or mail, a self-contained HTML page in
/// both languages to print, and JSON (`hashigo.agenda/1`) for tools.
#include <hashigo/app/agenda.hpp>
#include <hashigo/report/monthly.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace hashigo::report {

/// `hashigo.agenda/1`: the day, the region, and each case with the decisions asked of the meeting.
nlohmann::json agenda_json(const app::agenda& a);

/// One section per case with a table of the decisions asked, in `lang`.
std::string agenda_markdown(const app::agenda& a, const code_namer& names, const std::string& lang);

/// The same as a printable page, shown in `lang` first with a switch to the other language.
std::string agenda_html(const app::agenda& a, const code_namer& names, const std::string& lang);

}  // namespace hashigo::report
