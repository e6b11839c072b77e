// `hashigo sim run`: a trainer's scenario month by month, in the terminal or as JSON.
#include "context.hpp"
#include "errors.hpp"
#include "text.hpp"

#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/sim/scenario.hpp>

#include <fmt/format.h>

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

namespace hashigo::cli {
namespace {

using nlohmann::json;

std::string read_script(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw input_error(path, message("error.cannot_read", std::strerror(errno)));
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// "3=b,after_review=a" → {3: b, after_review: a}
std::map<std::string, std::string> parse_given(const std::string& text) {
  std::map<std::string, std::string> out;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ',');) {
    const auto eq = item.find('=');
    if (item.empty() || eq == std::string::npos || eq == 0 || eq + 1 == item.size())
      throw usage_error(message("error.choose_form", item));
    out[item.substr(0, eq)] = item.substr(eq + 1);
  }
  return out;
}

std::string said(context& ctx, const json& text) { return text.value(ctx.language() == "ja" ? "ja" : "en", std::string()); }

// A terminal answer: the options on stderr, a key read from stdin (the first option on an empty
// line or at the end of input).
std::string ask_terminal(context& ctx, const sim::choice& c) {
  fmt::print(stderr, "\n{} ({})\n", said(ctx, c.prompt), ctx.msg("sim.month", c.month));
  for (const auto& [key, text] : c.options) fmt::print(stderr, "  {}) {}\n", key, said(ctx, text));
  for (;;) {
    fmt::print(stderr, "{} ", ctx.msg("sim.ask", c.options.front().first));
    std::string line;
    if (!std::getline(std::cin, line) || line.empty()) return c.options.front().first;
    for (const auto& o : c.options)
      if (o.first == line) return line;
  }
}

std::string event_brief(context& ctx, const cases::event& e) {
  json j = format::to_json(e);
  const std::string type = j.value("type", "");
  j.erase("type");
  j.erase("date");
  return fmt::format("{}  {}{}", e.on.to_string(), ctx.language() == "ja" ? ctx.name("event", type) : type,
                     j.empty() ? "" : " " + j.dump());
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
    months.push_back({{"month", m.month},
                      {"first_day", m.first_day.to_string()},
                      {"last_day", m.last_day.to_string()},
                      {"events", events},
                      {"sayings", m.sayings},
                      {"choices", choices},
                      {"committed", m.committed},
                      {"decision", engine::to_json(m.decision, detail)}});
  }
  json scenario{{"path", run.path}, {"digest", run.scenario_digest}};
  for (const char* key : {"id", "title", "goal"})
    if (run.header.contains(key)) scenario[key] = run.header[key];
  json pack = json::object();
  if (!run.months.empty()) pack = {{"digest", run.months.back().decision.pack_digest}, {"version", run.months.back().decision.pack_version}};
  return {{"format", "hashigo.sim-run/1"}, {"scenario", scenario}, {"region", run.region}, {"pack", pack},
          {"seed", run.seed}, {"months", months}};
}

void print_text(context& ctx, const sim::scenario_run& run, audience who, bool explain) {
  const json& h = run.header;
  fmt::print("{} — {}\n", h.value("id", ""), h.contains("title") ? said(ctx, h["title"]) : "");
  if (h.contains("goal")) fmt::print("{}: {}\n", ctx.msg("sim.goal"), said(ctx, h["goal"]));
  const std::string pack = run.months.empty() ? "" : run.months.back().decision.pack_digest.substr(0, 12);
  fmt::print("{}\n", ctx.msg("sim.header", run.scenario_digest.substr(0, 12), run.region, pack, run.seed));
  for (const auto& m : run.months) {
    fmt::print("\n── {} ({}) ──\n", m.last_day.year_month(), ctx.msg("sim.month", m.month));
    for (const auto& s : m.sayings) fmt::print("  » {}\n", said(ctx, s));
    for (const auto& c : m.choices) {
      std::string taken;
      for (const auto& [key, text] : c.options)
        if (key == c.taken) taken = said(ctx, text);
      fmt::print("  ? {} → {}) {}  [{}]\n", said(ctx, c.prompt), c.taken, taken, ctx.msg("sim.how." + c.how));
    }
    for (const auto& e : m.events) fmt::print("  {}\n", event_brief(ctx, e));
    if (explain)
      fmt::print("{}", decision_text(ctx, m.decision, who, true));
    else
      fmt::print("  {}\n", decision_line(ctx, m.decision, m.committed, false));
  }
}

}  // namespace

void add_sim_commands(CLI::App& app, context& ctx) {
  auto* sim_cmd = app.add_subcommand("sim", ctx.msg("help.sim"));
  sim_cmd->require_subcommand(1);
  auto* run_cmd = sim_cmd->add_subcommand("run", ctx.msg("help.sim.run"));
  struct options {
    std::string script;
    std::string region;
    std::uint64_t seed = 1;
    std::string choose;
    bool interactive = false;
    bool json = false;
    bool explain = false;
    bool lean = false;
    std::string audience = "staff";
  };
  auto o = std::make_shared<options>();
  run_cmd->add_option("script", o->script, ctx.msg("help.sim.script"))->required();
  run_cmd->add_option("--region", o->region, ctx.msg("help.sim.region"));
  run_cmd->add_option("--seed", o->seed, ctx.msg("help.sim.seed"));
  run_cmd->add_option("--choose", o->choose, ctx.msg("help.sim.choose"));
  run_cmd->add_flag("--interactive", o->interactive, ctx.msg("help.sim.interactive"));
  run_cmd->add_flag("--json", o->json, ctx.msg("help.sim.json"));
  run_cmd->add_flag("--explain", o->explain, ctx.msg("help.eval.explain"))->excludes("--json");
  run_cmd->add_flag("--lean", o->lean, ctx.msg("help.sim.lean"))->needs("--json");
  run_cmd->add_option("--audience", o->audience, ctx.msg("help.eval.audience"))->check(CLI::IsMember({"staff", "person"}));
  run_cmd->callback([&ctx, o] {
    sim::scenario_options so;
    so.region = o->region;
    so.seed = o->seed;
    so.given = parse_given(o->choose);
    if (o->interactive) {
      if (!isatty(STDIN_FILENO)) throw usage_error(message("error.interactive_needs_terminal"));
      so.ask = [&ctx](const sim::choice& c) { return ask_terminal(ctx, c); };
    }
    const std::string text = read_script(o->script);
    auto eng = ctx.make_engine();
    if (!o->region.empty()) ctx.use_pack_of(eng, o->region);
    const auto run = sim::run_scenario(eng, o->script, text, so);
    if (o->region.empty()) ctx.use_pack_of(eng, run.region);  // names for the codes printed
    if (o->json)
      fmt::print("{}\n", run_json(run, o->lean ? engine::json_detail::lean : engine::json_detail::full).dump());
    else
      print_text(ctx, run, o->audience == "person" ? audience::person : audience::staff, o->explain);
    if (!run.months.empty() && !run.months.back().decision.ok()) fail_with(run.months.back().decision);
  });
}

}  // namespace hashigo::cli
