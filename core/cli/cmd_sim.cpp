// `hashigo sim run|replay|fork|compare`: a trainer's scenario month by month, in the terminal, as
// JSON or as an HTML timeline.
#include "context.hpp"
#include "errors.hpp"
#include "sim_shared.hpp"
#include "text.hpp"

#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/report/event_text.hpp>
#include <hashigo/sim/divergence.hpp>
#include <hashigo/sim/roads.hpp>
#include <hashigo/sim/scenario.hpp>

#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <memory>

namespace hashigo::cli {
namespace {

using nlohmann::json;

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
  const std::string type{cases::type_name(e.body)};
  const std::string fields = report::event_fields(e);
  return fmt::format("{}  {}{}", e.on.to_string(), ctx.language() == "ja" ? ctx.name("event", type) : type, fields.empty() ? "" : "  " + fields);
}

// An m.match of the month: the day, how many tasks fit, and the best few with their scores.
std::string match_text(context& ctx, const json& x) {
  const json& tasks = x["match"]["tasks"];
  const auto fitting = std::count_if(tasks.begin(), tasks.end(), [](const json& t) { return t.value("fits", false); });
  std::string out = fmt::format("  ⚖ {}\n", ctx.msg("sim.match", x.value("date", ""), fitting, tasks.size()));
  int shown = 0;
  for (const auto& t : tasks) {
    if (!t.value("fits", false) || ++shown > 3) break;
    out += fmt::format("     {}. {:+g}  {} / {} ({}/{})\n", shown, t.value("score", 0.0), said(ctx, t["title"]), t.value("employer_name", ""),
                       t.value("employer", ""), t.value("task", ""));
  }
  return out;
}

void print_text(context& ctx, const sim::scenario_run& run, audience who, bool explain) {
  const json& h = run.header;
  fmt::print("{}\n", title_line(ctx, h));
  if (h.contains("goal")) fmt::print("{}: {}\n", ctx.msg("sim.goal"), said(ctx, h["goal"]));
  const std::string pack = run.months.empty() ? "" : run.months.back().decision.pack_digest.substr(0, 12);
  fmt::print("{}\n", ctx.msg("sim.header", run.scenario_digest.substr(0, 12), run.region, pack, run.seed));
  for (const auto& m : run.months) {
    fmt::print("\n── {} ({}) ──\n", m.last_day.year_month(), ctx.msg("sim.month", m.month));
    for (const auto* s : sim::sayings_after(m, "")) fmt::print("  » {}\n", said(ctx, *s));
    for (const auto& c : m.choices) {
      std::string taken;
      for (const auto& [key, text] : c.options)
        if (key == c.taken) taken = said(ctx, text);
      fmt::print("  ? {} → {}) {}  [{}]\n", said(ctx, c.prompt), c.taken, taken, ctx.msg("sim.how." + c.how));
      for (const auto* s : sim::sayings_after(m, c.id)) fmt::print("  » {}\n", said(ctx, *s));
    }
    for (const auto& x : m.matches) fmt::print("{}", match_text(ctx, x));  // what the month's placements were chosen from
    for (const auto& e : m.events) fmt::print("  {}\n", event_brief(ctx, e));
    for (const auto& o : m.member_events) fmt::print("  [{}] {}\n", sim::case_name(run, o.case_id), event_brief(ctx, o.event));
    if (explain)
      fmt::print("{}", decision_text(ctx, m.decision, who, true));
    else
      fmt::print("  {}\n", decision_line(ctx, m.decision, m.committed, false));
  }
}

std::string divergence_text(context& ctx, const std::optional<sim::divergence>& d, const std::string& a, const std::string& b) {
  if (!d) return ctx.msg("sim.same", a, b) + "\n";
  std::string parts;
  for (const auto& p : d->parts) parts += (parts.empty() ? "" : ", ") + ctx.msg("sim.part." + p);
  std::string out = ctx.msg("sim.first_difference", a, b, d->as_of, d->index + 1, parts) + "\n";
  for (const auto& r : d->rules) {
    out += fmt::format("  {}: {}\n", r.rule_id,
                       ctx.msg("sim.fired", a, ctx.msg(r.fired_a ? "sim.yes" : "sim.no"), b, ctx.msg(r.fired_b ? "sim.yes" : "sim.no")));
    for (const auto& [label, text] : {std::pair{&a, &r.said_a}, std::pair{&b, &r.said_b}})
      if (!text->ja.empty() || !text->en.empty()) out += fmt::format("    {}: » {}\n", *label, ctx.pick(*text));
    for (const auto& c : r.checks) {
      out += fmt::format("    {}: {}\n", a, c.a.label.empty() ? ctx.msg("sim.not_checked") : (c.a.passed ? "✓ " : "✗ ") + check_text(ctx, c.a));
      out += fmt::format("    {}: {}\n", b, c.b.label.empty() ? ctx.msg("sim.not_checked") : (c.b.passed ? "✓ " : "✗ ") + check_text(ctx, c.b));
    }
  }
  return out;
}

json divergence_json(const std::optional<sim::divergence>& d) {
  if (!d) return nullptr;
  json rules = json::array();
  for (const auto& r : d->rules) {
    json checks = json::array();
    auto side = [](const engine::check& c) -> json {
      if (c.label.empty()) return nullptr;
      return {{"value", c.value}, {"op", c.op}, {"threshold", c.threshold}, {"passed", c.passed}};
    };
    for (const auto& c : r.checks) checks.push_back({{"label", c.label}, {"a", side(c.a)}, {"b", side(c.b)}});
    json rule{{"rule", r.rule_id}, {"fired_a", r.fired_a}, {"fired_b", r.fired_b}, {"checks", checks}};
    if (!r.said_a.ja.empty() || !r.said_a.en.empty()) rule["said_a"] = {{"ja", r.said_a.ja}, {"en", r.said_a.en}};
    if (!r.said_b.ja.empty() || !r.said_b.en.empty()) rule["said_b"] = {{"ja", r.said_b.ja}, {"en", r.said_b.en}};
    rules.push_back(rule);
  }
  return {{"month", d->index + 1}, {"as_of", d->as_of}, {"parts", d->parts}, {"rules", rules}};
}

// Runs laid side by side, month by month, under their labels.
void print_side_by_side(context& ctx, const std::vector<std::pair<std::string, const sim::scenario_run*>>& runs) {
  const auto& first = *runs.front().second;
  const json& h = first.header;
  fmt::print("{}\n", title_line(ctx, h));
  fmt::print("{}\n", ctx.msg("sim.header_many", first.scenario_digest.substr(0, 12), first.seed));
  std::size_t months = 0;
  for (const auto& [label, run] : runs) months = std::max(months, run->months.size());
  for (std::size_t i = 0; i < months; ++i) {
    fmt::print("\n── {} ({}) ──\n", first.months.size() > i ? first.months[i].last_day.year_month() : "", ctx.msg("sim.month", i + 1));
    for (const auto& [label, run] : runs) {
      if (i >= run->months.size()) continue;
      const auto& m = run->months[i];
      for (const auto& c : m.choices) fmt::print("  {:<10} ? {} → {}\n", label, said(ctx, c.prompt), c.taken);
      fmt::print("  {:<10} {}\n", label, decision_line(ctx, m.decision, m.committed, false));
    }
  }
  fmt::print("\n");
}

}  // namespace

void add_sim_commands(CLI::App& app, context& ctx) {
  auto* sim_cmd = app.add_subcommand("sim", ctx.msg("help.sim"));
  sim_cmd->require_subcommand(1);
  add_sim_quiz_command(*sim_cmd, ctx);
  add_sim_cohort_commands(*sim_cmd, ctx);
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
    std::string html;
  };
  auto o = std::make_shared<options>();
  run_cmd->add_option("script", o->script, ctx.msg("help.sim.script"))->required();
  run_cmd->add_option("--region", o->region, ctx.msg("help.sim.region"));
  run_cmd->add_option("--seed", o->seed, ctx.msg("help.sim.seed"));
  run_cmd->add_option("--choose", o->choose, ctx.msg("help.sim.choose"))->multi_option_policy(CLI::MultiOptionPolicy::Join);
  run_cmd->add_flag("--interactive", o->interactive, ctx.msg("help.sim.interactive"));
  run_cmd->add_flag("--json", o->json, ctx.msg("help.sim.json"));
  run_cmd->add_flag("--explain", o->explain, ctx.msg("help.eval.explain"))->excludes("--json");
  run_cmd->add_flag("--lean", o->lean, ctx.msg("help.sim.lean"))->needs("--json");
  run_cmd->add_option("--audience", o->audience, ctx.msg("help.eval.audience"))->check(CLI::IsMember({"staff", "person"}));
  run_cmd->add_option("--html", o->html, ctx.msg("help.sim.html"));
  run_cmd->callback([&ctx, o] {
    sim::scenario_options so;
    so.region = o->region;
    so.seed = o->seed;
    so.given = parse_given(o->choose);
    if (o->interactive) {
      if (!isatty(STDIN_FILENO)) throw usage_error(message("error.interactive_needs_terminal"));
      so.ask = [&ctx](const sim::choice& c) { return ask_terminal(ctx, c); };
    }
    const std::string text = ctx.read_input(o->script);
    auto eng = ctx.make_engine();
    if (!o->region.empty()) ctx.use_pack_of(eng, o->region);
    const auto run = sim::run_scenario(eng, o->script, text, so);
    if (o->region.empty()) ctx.use_pack_of(eng, run.region);  // names for the codes printed
    if (!o->html.empty()) {
      // The page explains every road not taken: the run again with rule traces, its answers fixed.
      sim::scenario_options traced = so;
      traced.in_order = answers_of(run);
      traced.ask = nullptr;
      traced.explain = true;
      const auto shown = sim::run_scenario(eng, o->script, text, traced);
      report::timeline t;
      t.branches.push_back(branch_of(eng, run.region, shown));
      t.roads = sim::roads_not_taken(eng, o->script, text, traced, shown);
      write_timeline(ctx, o->html, t, o->audience == "person");
    }
    if (o->json)
      fmt::print("{}\n", run_json(run, o->lean ? engine::json_detail::lean : engine::json_detail::full).dump());
    else
      print_text(ctx, run, o->audience == "person" ? audience::person : audience::staff, o->explain);
    if (!run.months.empty() && !run.months.back().decision.ok()) fail_with(run.months.back().decision);
  });

  // sim replay: a saved run (sim run --json) made again from its script, seed, region and choices.
  auto* replay_cmd = sim_cmd->add_subcommand("replay", ctx.msg("help.sim.replay"));
  struct replay_options {
    std::string saved;
    bool json = false;
  };
  auto r = std::make_shared<replay_options>();
  replay_cmd->add_option("run", r->saved, ctx.msg("help.sim.replay.run"))->required();
  replay_cmd->add_flag("--json", r->json, ctx.msg("help.sim.json"));
  replay_cmd->callback([&ctx, r] {
    const json saved = ctx.read_json(r->saved);
    auto field = [&](const json& at, const char* key, const std::string& where) -> const json& {
      if (!at.is_object() || !at.contains(key)) throw input_error(fmt::format("{}: {}", r->saved, where), message("error.required"));
      return at[key];
    };
    if (field(saved, "format", "format") != "hashigo.sim-run/1")
      throw input_error(fmt::format("{}: format", r->saved), message("error.expected_value", "hashigo.sim-run/1"));
    const json& scenario = field(saved, "scenario", "scenario");
    const std::string path = field(scenario, "path", "scenario.path").get<std::string>();
    const std::string text = ctx.read_input(path);
    sim::scenario_options so;
    so.region = field(saved, "region", "region").get<std::string>();
    so.seed = field(saved, "seed", "seed").get<std::uint64_t>();
    std::vector<std::string> how;
    bool lean = false;
    for (const auto& m : field(saved, "months", "months")) {
      for (const auto& c : m.value("choices", json::array())) {
        so.in_order.push_back(c.value("taken", ""));
        how.push_back(c.value("how", "given"));
      }
      lean = lean || m.value("decision", json::object()).value("detail", "") == "lean";
    }
    auto eng = ctx.make_engine();
    auto run = sim::run_scenario(eng, path, text, so);
    // What makes the run the same: the script, the record files it reads and the pack it ran under.
    if (run.scenario_digest != field(scenario, "digest", "scenario.digest"))
      throw input_error(path, message("error.replay_script_changed", r->saved));
    if (run.records_digest != scenario.value("records_digest", ""))
      throw input_error(path, message("error.replay_records_changed", r->saved));
    const json& pack = field(saved, "pack", "pack");
    if (!run.months.empty() && run.months.back().decision.pack_digest != pack.value("digest", ""))
      throw input_error(fmt::format("{}: pack.digest", r->saved), message("error.replay_pack_changed", run.region));
    std::size_t i = 0;
    for (auto& m : run.months)
      for (auto& c : m.choices) c.how = i < how.size() ? how[i++] : c.how;
    ctx.use_pack_of(eng, run.region);
    if (r->json)
      fmt::print("{}\n", run_json(run, lean ? engine::json_detail::lean : engine::json_detail::full).dump());
    else
      print_text(ctx, run, audience::staff, false);
  });

  // sim fork: one scenario, two sets of choices, the same seed.
  auto* fork_cmd = sim_cmd->add_subcommand("fork", ctx.msg("help.sim.fork"));
  struct fork_options {
    std::string script;
    std::string region;
    std::uint64_t seed = 1;
    std::string choose;
    std::string vs;
    bool json = false;
    std::string html;
  };
  auto f = std::make_shared<fork_options>();
  fork_cmd->add_option("script", f->script, ctx.msg("help.sim.script"))->required();
  fork_cmd->add_option("--choose", f->choose, ctx.msg("help.sim.fork.choose"))->multi_option_policy(CLI::MultiOptionPolicy::Join)->required();
  fork_cmd->add_option("--vs", f->vs, ctx.msg("help.sim.fork.vs"))->multi_option_policy(CLI::MultiOptionPolicy::Join)->required();
  fork_cmd->add_option("--region", f->region, ctx.msg("help.sim.region"));
  fork_cmd->add_option("--seed", f->seed, ctx.msg("help.sim.seed"));
  fork_cmd->add_flag("--json", f->json, ctx.msg("help.sim.json"));
  fork_cmd->add_option("--html", f->html, ctx.msg("help.sim.html"));
  fork_cmd->callback([&ctx, f] {
    const std::string text = ctx.read_input(f->script);
    auto eng = ctx.make_engine();
    sim::scenario_options so;
    so.region = f->region;
    so.seed = f->seed;
    so.given = parse_given(f->choose);
    so.explain = true;
    const auto a = sim::run_scenario(eng, f->script, text, so);
    so.given = parse_given(f->vs);
    const auto b = sim::run_scenario(eng, f->script, text, so);
    ctx.use_pack_of(eng, a.region);
    const auto d = sim::first_divergence(sim::decisions_of(a), sim::decisions_of(b));
    auto label = [](std::string side, std::string given) {
      std::replace(given.begin(), given.end(), '\n', ',');
      return side + " " + given;
    };
    const std::string la = label("A", f->choose), lb = label("B", f->vs);
    if (!f->html.empty()) {
      report::timeline t;
      t.branches = {branch_of(eng, la, a), branch_of(eng, lb, b)};
      t.differences = {{0, 1, d}};
      write_timeline(ctx, f->html, t, false);
    }
    if (f->json) {
      fmt::print("{}\n", json{{"format", "hashigo.sim-fork/1"},
                              {"a", run_json(a, engine::json_detail::lean)},
                              {"b", run_json(b, engine::json_detail::lean)},
                              {"first_difference", divergence_json(d)}}.dump());
      return;
    }
    print_side_by_side(ctx, {{la, &a}, {lb, &b}});
    fmt::print("{}", divergence_text(ctx, d, la, lb));
  });

  // sim compare: one scenario under several regions' packs, the same choices and seed.
  auto* compare_cmd = sim_cmd->add_subcommand("compare", ctx.msg("help.sim.compare"));
  struct compare_options {
    std::string script;
    std::vector<std::string> regions;
    std::uint64_t seed = 1;
    std::string choose;
    bool json = false;
    std::string html;
  };
  auto c = std::make_shared<compare_options>();
  compare_cmd->add_option("script", c->script, ctx.msg("help.sim.script"))->required();
  compare_cmd->add_option("--regions", c->regions, ctx.msg("help.sim.compare.regions"))->delimiter(',');
  compare_cmd->add_option("--choose", c->choose, ctx.msg("help.sim.choose"))->multi_option_policy(CLI::MultiOptionPolicy::Join);
  compare_cmd->add_option("--seed", c->seed, ctx.msg("help.sim.seed"));
  compare_cmd->add_flag("--json", c->json, ctx.msg("help.sim.json"));
  compare_cmd->add_option("--html", c->html, ctx.msg("help.sim.html"));
  compare_cmd->callback([&ctx, c] {
    const std::string text = ctx.read_input(c->script);
    auto eng = ctx.make_engine();
    std::vector<std::string> regions = c->regions;
    if (regions.empty()) regions = sim::scenario_regions(c->script, text);  // the regions the scenario names
    if (regions.size() < 2) throw usage_error(message("error.compare_needs_two"));
    std::vector<sim::scenario_run> runs;
    for (const auto& region : regions) {
      sim::scenario_options so;
      so.region = region;
      so.seed = c->seed;
      so.given = parse_given(c->choose);
      so.explain = true;
      runs.push_back(sim::run_scenario(eng, c->script, text, so));
    }
    ctx.use_pack_of(eng, regions.front());
    std::vector<std::pair<std::string, const sim::scenario_run*>> side;
    report::timeline t;
    for (std::size_t i = 0; i < runs.size(); ++i) {
      side.emplace_back(regions[i], &runs[i]);
      t.branches.push_back(branch_of(eng, regions[i], runs[i]));
    }
    json pairs = json::array();
    std::string explained;
    for (std::size_t i = 0; i < runs.size(); ++i)
      for (std::size_t j = i + 1; j < runs.size(); ++j) {
        const auto d = sim::first_divergence(sim::decisions_of(runs[i]), sim::decisions_of(runs[j]));
        pairs.push_back({{"a", regions[i]}, {"b", regions[j]}, {"first_difference", divergence_json(d)}});
        explained += divergence_text(ctx, d, regions[i], regions[j]);
        t.differences.push_back({i, j, d});
      }
    if (!c->html.empty()) write_timeline(ctx, c->html, t, false);
    if (c->json) {
      json all = json::array();
      for (const auto& one : runs) all.push_back(run_json(one, engine::json_detail::lean));
      fmt::print("{}\n", json{{"format", "hashigo.sim-compare/1"}, {"runs", all}, {"pairs", pairs}}.dump());
      return;
    }
    print_side_by_side(ctx, side);
    fmt::print("{}", explained);
  });
}

}  // namespace hashigo::cli
