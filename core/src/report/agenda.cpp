#include <hashigo/report/agenda.hpp>
#include <hashigo/text/messages.hpp>

#include "html.hpp"

#include <fmt/format.h>

namespace hashigo::report {

namespace {

using nlohmann::json;

std::string named(const code_namer& names, std::string_view kind, const std::string& code, const std::string& lang) {
  const std::string found = names ? names(kind, code, lang) : std::string();
  return found.empty() ? code : found;
}

std::string position_name(const code_namer& names, const cases::position& p, const std::string& lang) {
  const std::string stage = named(names, "stage", std::string(cases::to_string(p.at)), lang);
  if (p.rung.empty()) return stage;
  return fmt::format(fmt::runtime(lang == "ja" ? "{}（{}）" : "{} ({})"), stage, named(names, "rung", p.rung, lang));
}

std::string last_meeting(const code_namer& names, const agenda_case& c, const std::string& lang) {
  if (!c.last_meeting) return text::msg("agenda.never_discussed", lang);
  const auto& m = *c.last_meeting;
  return fmt::format("{} {} ({})", m.on.to_string(), named(names, "meeting", m.kind, lang), m.id);
}

std::string due_text(const agenda_item& i, const std::string& lang) {
  if (i.due.empty()) return "";
  return i.overdue ? text::msg("agenda.overdue", lang, i.due) : i.due;
}

const std::string& pick(const cases::localized& t, const std::string& lang) { return lang == "ja" ? (t.ja.empty() ? t.en : t.ja) : (t.en.empty() ? t.ja : t.en); }

// Markdown table cells hold no newline or bar.
std::string cell(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out;
}

}  // namespace

json agenda_json(const agenda& a) {
  json cases = json::array();
  for (const auto& c : a.cases) {
    json items = json::array();
    for (const auto& i : c.items)
      items.push_back({{"decision", i.decision}, {"code", i.code}, {"rule", i.rule_id}, {"severity", i.severity},
                       {"due", i.due.empty() ? json(nullptr) : json(i.due)}, {"overdue", i.overdue},
                       {"reason", {{"ja", i.reason.ja}, {"en", i.reason.en}}}});
    json last = nullptr;
    if (c.last_meeting) last = {{"id", c.last_meeting->id}, {"kind", c.last_meeting->kind}, {"on", c.last_meeting->on.to_string()}};
    json pos = {{"stage", std::string(cases::to_string(c.position.at))}};
    if (!c.position.rung.empty()) pos["rung"] = c.position.rung;
    cases.push_back({{"case", c.id}, {"region", c.region}, {"status", c.status}, {"position", pos}, {"last_meeting", last}, {"items", items}});
  }
  json skipped = json::array();
  for (const auto& s : a.skipped) skipped.push_back({{"case", s.id}, {"reason", {{"ja", s.reason.ja}, {"en", s.reason.en}}}});
  return {{"format", "hashigo.agenda/1"},
          {"date", a.on.to_string()},
          {"region", a.region.empty() ? json(nullptr) : json(a.region)},
          {"cases_read", a.cases_read},
          {"cases", cases},
          {"skipped", skipped}};
}

std::string agenda_markdown(const agenda& a, const code_namer& names, const std::string& lang) {
  std::string out = "# " + text::msg("agenda.title", lang, a.on.to_string()) + "\n\n";
  out += text::msg("agenda.summary", lang, a.region.empty() ? text::msg("agenda.every_region", lang) : a.region, a.cases_read, a.cases.size()) + "\n";
  for (const auto& c : a.cases) {
    out += "\n## " + c.id + "\n\n";
    out += fmt::format("- {}: {} · {}: {} · {}: {}\n", text::msg("agenda.region", lang), c.region, text::msg("agenda.status", lang),
                       named(names, "status", c.status, lang), text::msg("agenda.position", lang), position_name(names, c.position, lang));
    out += fmt::format("- {}: {}\n\n", text::msg("agenda.last_meeting", lang), last_meeting(names, c, lang));
    out += fmt::format("| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n", text::msg("agenda.decision", lang), text::msg("agenda.reason", lang),
                       text::msg("agenda.due", lang), text::msg("agenda.rule", lang), text::msg("agenda.result", lang));
    for (const auto& i : c.items) {
      const std::string due = due_text(i, lang);
      out += fmt::format("| {} | {} | {} | {} | |\n", cell(named(names, "decision", i.decision, lang)), cell(pick(i.reason, lang)),
                         i.overdue ? "**" + due + "**" : due, i.rule_id);
    }
  }
  if (a.cases.empty()) out += "\n" + text::msg("agenda.nothing", lang) + "\n";
  if (!a.skipped.empty()) {
    out += "\n## " + text::msg("agenda.skipped", lang) + "\n\n";
    for (const auto& s : a.skipped) out += fmt::format("- {}: {}\n", s.id, cell(pick(s.reason, lang)));
  }
  return out;
}

std::string agenda_html(const agenda& a, const code_namer& names, const std::string& lang) {
  using html::both;
  using html::escape;
  using html::message;
  auto in_both = [&](auto&& f) { return both([&](const std::string& l) { return f(l); }); };
  std::string out = html::page_start(lang, text::msg("agenda.title", lang, a.on.to_string()));
  out += "<header>\n<h1>" + in_both([&](const std::string& l) { return text::msg("agenda.title", l, a.on.to_string()); }) + "</h1>\n";
  out += "<p class=\"meta\">" + in_both([&](const std::string& l) {
           return text::msg("agenda.summary", l, a.region.empty() ? text::msg("agenda.every_region", l) : a.region, a.cases_read, a.cases.size());
         }) + "</p>\n</header>\n";
  for (const auto& c : a.cases) {
    out += "<section class=\"agenda-case\" id=\"case-" + escape(c.id) + "\">\n<h2>" + escape(c.id) + "</h2>\n";
    out += "<p class=\"meta\">" + message("agenda.region") + ": " + escape(c.region) + " · " + message("agenda.status") + ": " +
           in_both([&](const std::string& l) { return named(names, "status", c.status, l); }) + " · " + message("agenda.position") + ": " +
           in_both([&](const std::string& l) { return position_name(names, c.position, l); }) + "<br>" + message("agenda.last_meeting") + ": " +
           in_both([&](const std::string& l) { return last_meeting(names, c, l); }) + "</p>\n";
    out += "<table>\n<thead><tr><th>" + message("agenda.decision") + "</th><th>" + message("agenda.reason") + "</th><th>" + message("agenda.due") +
           "</th><th>" + message("agenda.rule") + "</th><th class=\"result\">" + message("agenda.result") + "</th></tr></thead>\n<tbody>\n";
    for (const auto& i : c.items) {
      out += fmt::format("<tr class=\"{}{}\"><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td><td class=\"result\"></td></tr>\n", escape(i.severity),
                         i.overdue ? " overdue" : "", in_both([&](const std::string& l) { return named(names, "decision", i.decision, l); }),
                         both(i.reason), in_both([&](const std::string& l) { return due_text(i, l); }), escape(i.rule_id));
    }
    out += "</tbody>\n</table>\n</section>\n";
  }
  if (a.cases.empty()) out += "<p>" + message("agenda.nothing") + "</p>\n";
  if (!a.skipped.empty()) {
    out += "<h2>" + message("agenda.skipped") + "</h2>\n<ul>\n";
    for (const auto& s : a.skipped) out += "<li><code>" + escape(s.id) + "</code>: " + both(s.reason) + "</li>\n";
    out += "</ul>\n";
  }
  return out + html::page_end();
}

}  // namespace hashigo::report
