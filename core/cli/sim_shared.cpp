#include "sim_shared.hpp"

#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

namespace hashigo::cli {

using nlohmann::json;

std::map<std::string, std::string> parse_given(const std::string& text) {
  std::map<std::string, std::string> out;
  std::string items = text;  // --choose given more than once: CLI11 joins them with newlines
  std::replace(items.begin(), items.end(), '\n', ',');
  std::stringstream in(items);
  for (std::string item; std::getline(in, item, ',');) {
    const auto eq = item.find('=');
    if (item.empty() || eq == std::string::npos || eq == 0 || eq + 1 == item.size())
      throw usage_error(message("error.choose_form", item));
    out[item.substr(0, eq)] = item.substr(eq + 1);
  }
  return out;
}

std::string said(context& ctx, const json& text) { return text.value(ctx.language() == "ja" ? "ja" : "en", std::string()); }

std::string title_line(context& ctx, const json& header) {
  const std::string id = header.value("id", "");
  const std::string title = header.contains("title") ? said(ctx, header["title"]) : "";
  return title.empty() ? id : id + " — " + title;
}

json run_json(const sim::scenario_run& run, engine::json_detail detail) {
  json months = json::array();
  for (const auto& m : run.months) {
    json events = json::array();
    for (const auto& e : m.events) events.push_back(format::to_json(e));
    json choices = json::array();
    for (const auto& c : m.choices) {
      json options = json::object();
      for (const auto& [key, text] : c.options) options[key] = text;
      choices.push_back({{"id", c.id}, {"prompt", c.prompt}, {"options", options}, {"taken", c.taken}, {"how", c.how}});
    }
    json month{{"month", m.month},
               {"first_day", m.first_day.to_string()},
               {"last_day", m.last_day.to_string()},
               {"events", events},
               {"sayings", m.sayings},
               {"choices", choices},
               {"committed", m.committed},
               {"decision", engine::to_json(m.decision, detail)}};
    if (!m.member_events.empty()) {
      json others = json::array();
      for (const auto& o : m.member_events) others.push_back({{"case", o.case_id}, {"event", format::to_json(o.event)}});
      month["member_events"] = std::move(others);
    }
    if (!m.matches.empty()) month["matches"] = m.matches;
    months.push_back(std::move(month));
  }
  json scenario{{"path", run.path}, {"digest", run.scenario_digest}};
  if (!run.records_digest.empty()) scenario["records_digest"] = run.records_digest;
  if (!run.other_cases.empty()) {
    scenario["cases"] = json::array();
    for (const auto& c : run.other_cases) scenario["cases"].push_back({{"id", c.id}, {"name", sim::case_name(run, c.id)}});
  }
  for (const char* key : {"id", "title", "goal"})
    if (run.header.contains(key)) scenario[key] = run.header[key];
  json pack = json::object();
  if (!run.months.empty()) pack = {{"digest", run.months.back().decision.pack_digest}, {"version", run.months.back().decision.pack_version}};
  return {{"format", "hashigo.sim-run/1"}, {"scenario", scenario}, {"region", run.region}, {"pack", pack},
          {"seed", run.seed}, {"months", months}};
}

report::branch branch_of(engine::engine& eng, std::string label, const sim::scenario_run& run) {
  return {std::move(label), &run, eng.pack(run.region).ladder};
}

void write_timeline(context& ctx, const std::string& path, const report::timeline& t, bool person) {
  report::html_options o;
  o.lang = ctx.language();
  o.person = person;
  o.names.name = [&ctx](std::string_view kind, const std::string& code, const std::string& lang) { return ctx.names.name(kind, code, lang); };
  o.names.namer = [&ctx](const std::string& lang) { return ctx.names.namer(lang); };
  ctx.emit(path, report::timeline_html(t, o));
}

std::vector<std::string> answers_of(const sim::scenario_run& run) {
  std::vector<std::string> out;
  for (const auto& m : run.months)
    for (const auto& c : m.choices) out.push_back(c.taken);
  return out;
}

}  // namespace hashigo::cli
