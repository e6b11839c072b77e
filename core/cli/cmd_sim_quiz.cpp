// `hashigo sim quiz`: a scenario as questions for a class — in the terminal (answers read from
// standard input, so a class can type them or a file can hold them) or as an HTML page with a
// reveal button per question.
#include "errors.hpp"
#include "sim_shared.hpp"
#include "text.hpp"

#include <hashigo/report/quiz.hpp>
#include <hashigo/sim/roads.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <memory>

namespace hashigo::cli {
namespace {

std::string option_keys(const report::quiz_question& q) {
  std::string keys;
  for (const auto& [key, _] : q.options) keys += (keys.empty() ? "" : "/") + key;
  return keys;
}

// Where an option not taken leads, in one line.
std::string road_line(context& ctx, const sim::road_not_taken& r) {
  if (!r.first_difference) return ctx.msg("report.same_throughout");
  const auto& d = *r.first_difference;
  std::string parts, rules;
  for (const auto& p : d.parts) parts += (parts.empty() ? "" : ", ") + ctx.msg("sim.part." + p);
  for (const auto& x : d.rules) rules += (rules.empty() ? " — " : ", ") + x.rule_id;
  return fmt::format("{} {} ({}) · {}{}", ctx.msg("report.first_difference"), ctx.msg("sim.month", d.index + 1), d.as_of, parts, rules);
}

// Asks one question on stderr and reads a line until it is one of the keys; nothing for an
// empty line, or once the input has ended.
std::string ask(context& ctx, const report::quiz_question& q, bool& input_open) {
  while (input_open) {
    fmt::print(stderr, "{} ", ctx.msg("sim.quiz.prompt", option_keys(q)));
    std::string line;
    if (!std::getline(std::cin, line)) {
      input_open = false;
      fmt::print(stderr, "\n");
      break;
    }
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty() || std::any_of(q.options.begin(), q.options.end(), [&](const auto& o) { return o.first == line; })) return line;
  }
  return {};
}

struct score {
  int answerable = 0;
  int right = 0;
};

void reveal(context& ctx, const report::quiz_question& q, const std::string& given, const std::vector<sim::road_not_taken>& roads,
            score& s) {
  if (q.answer.empty()) {
    fmt::print("  {}\n", ctx.msg("sim.quiz.open"));
  } else {
    ++s.answerable;
    std::string answer;
    for (const auto& [key, text] : q.options)
      if (key == q.answer) answer = fmt::format("{}) {}", key, ctx.pick(text));
    if (!given.empty() && given == q.answer) {
      ++s.right;
      fmt::print("  ✓ {} — {}\n", ctx.msg("sim.quiz.right"), answer);
    } else {
      fmt::print("  {} {}\n", given.empty() ? "→" : "✗", ctx.msg("sim.quiz.wrong", answer));
    }
  }
  if (!q.why.ja.empty() || !q.why.en.empty()) fmt::print("  {}\n", ctx.pick(q.why));
  if (q.kind != "choice") return;
  // Whatever the answer, the class sees where every option leads.
  fmt::print("  {}\n", ctx.msg("sim.quiz.roads"));
  for (const auto& [key, text] : q.options) {
    std::string where = ctx.msg("sim.quiz.taken");
    for (const auto& r : roads)
      if (r.month == q.month && r.choice_id == q.choice_id && r.option == key) where = road_line(ctx, r);
    fmt::print("    {}) {} → {}\n", key, ctx.pick(text), where);
  }
}

void play(context& ctx, const sim::scenario_run& run, const std::vector<report::quiz_question>& questions,
          const std::vector<sim::road_not_taken>& roads) {
  const auto& h = run.header;
  fmt::print("{}\n", title_line(ctx, h));
  if (h.contains("goal")) fmt::print("{}: {}\n", ctx.msg("sim.goal"), said(ctx, h["goal"]));
  bool input_open = true;
  score s;
  std::size_t k = 0;
  for (const auto& m : run.months) {
    fmt::print("\n── {} ({}) ──\n", m.last_day.year_month(), ctx.msg("sim.month", m.month));
    for (const auto* line : sim::sayings_after(m, "")) fmt::print("  » {}\n", said(ctx, *line));
    const std::size_t first = k;
    for (; k < questions.size() && questions[k].month == m.month; ++k) {
      const auto& q = questions[k];
      fmt::print("\n{} {}\n", ctx.msg("sim.quiz.question", k + 1, ctx.msg("sim.month", q.month)), ctx.pick(q.prompt));
      for (const auto& [key, text] : q.options) fmt::print("    {}) {}\n", key, ctx.pick(text));
      std::fflush(stdout);
      const std::string given = ask(ctx, q, input_open);
      reveal(ctx, q, given, roads, s);
      if (q.kind == "choice")  // what the script says after a choice belongs to the road taken
        for (const auto* line : sim::sayings_after(m, q.choice_id)) fmt::print("  » {}\n", said(ctx, *line));
    }
    // A month asked about is explained in full; the others in a line, to keep the thread.
    if (k > first)
      fmt::print("{}", decision_text(ctx, m.decision, audience::staff, false));
    else
      fmt::print("  {}\n", decision_line(ctx, m.decision, m.committed, false));
  }
  fmt::print("\n{}\n", ctx.msg("sim.quiz.score", s.answerable, s.right));
}

}  // namespace

void add_sim_quiz_command(CLI::App& sim_cmd, context& ctx) {
  auto* cmd = sim_cmd.add_subcommand("quiz", ctx.msg("help.sim.quiz"));
  struct options {
    std::string script;
    std::string region;
    std::uint64_t seed = 1;
    std::string choose;
    std::string html;
  };
  auto o = std::make_shared<options>();
  cmd->add_option("script", o->script, ctx.msg("help.sim.script"))->required();
  cmd->add_option("--region", o->region, ctx.msg("help.sim.region"));
  cmd->add_option("--seed", o->seed, ctx.msg("help.sim.seed"));
  cmd->add_option("--choose", o->choose, ctx.msg("help.sim.choose"))->multi_option_policy(CLI::MultiOptionPolicy::Join);
  cmd->add_option("--html", o->html, ctx.msg("help.sim.quiz.html"));
  cmd->callback([&ctx, o] {
    sim::scenario_options so;
    so.region = o->region;
    so.seed = o->seed;
    so.given = parse_given(o->choose);
    so.explain = true;
    const std::string text = ctx.read_input(o->script);
    auto eng = ctx.make_engine();
    const auto run = sim::run_scenario(eng, o->script, text, so);
    ctx.use_pack_of(eng, run.region);
    const auto roads = sim::roads_not_taken(eng, o->script, text, so, run);
    const auto questions = report::quiz_of(run);
    if (!o->html.empty()) {
      report::timeline t;
      t.branches.push_back(branch_of(eng, run.region, run));
      t.roads = roads;
      t.quiz = questions;
      write_timeline(ctx, o->html, t, false);
    } else if (questions.empty()) {
      fmt::print("{}\n", ctx.msg("sim.quiz.none"));
    } else {
      play(ctx, run, questions, roads);
    }
    if (!run.months.empty() && !run.months.back().decision.ok()) fail_with(run.months.back().decision);
  });
}

}  // namespace hashigo::cli
