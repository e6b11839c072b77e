// `hashigo match CASE`: the carved tasks a stored case fits, ranked by the pack's matching.lua.
#include "context.hpp"

#include <hashigo/app/employers.hpp>
#include <hashigo/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace hashigo::cli {

void add_match_command(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("match", ctx.msg("help.match"));
  struct options {
    std::string case_id, as_of, employers, audience = "staff";
    bool json = false, all = false;
    int limit = 10;
  };
  auto o = std::make_shared<options>();
  cmd->add_option("case", o->case_id, ctx.msg("help.match.case"))->required();
  cmd->add_option("--as-of", o->as_of, ctx.msg("help.match.as_of"));
  cmd->add_option("--employers", o->employers, ctx.msg("help.match.employers"));
  cmd->add_option("--limit", o->limit, ctx.msg("help.match.limit"))->check(CLI::Range(1, 1000));
  cmd->add_flag("--all", o->all, ctx.msg("help.match.all"));
  cmd->add_option("--audience", o->audience, ctx.msg("help.eval.audience"))->check(CLI::IsMember({"staff", "person"}));
  cmd->add_flag("--json", o->json, ctx.msg("help.meeting.json"));
  cmd->callback([&ctx, o] {
    auto db = ctx.open_db_for_reading();
    auto eng = ctx.make_engine();
    std::optional<date> as_of;
    if (!o->as_of.empty()) as_of = date::parse_or_throw(o->as_of, "--as-of");
    std::optional<std::filesystem::path> folder;
    if (!o->employers.empty()) folder = o->employers;
    engine::match_result r;
    try {
      r = app::match_case(db, eng, o->case_id, as_of, folder);
    } catch (const input_error& e) {
      if (e.where() == "as_of") throw input_error("--as-of", e);  // the day asked
      throw;
    }
    if (o->json) {
      fmt::print("{}\n", engine::to_json(r).dump(2));
      return;
    }
    ctx.use_pack_of(eng, r.region);
    fmt::print("{}\n", ctx.msg("match.header", r.case_id, r.as_of, r.region));
    if (r.tasks.empty()) {
      fmt::print("  {}\n", ctx.msg("match.no_tasks"));
      return;
    }
    const bool person = o->audience == "person";
    const auto fitting = std::count_if(r.tasks.begin(), r.tasks.end(), [](const engine::task_match& t) { return !t.excluded; });
    int shown = 0;
    for (const auto& t : r.tasks) {
      if (t.excluded && !o->all) continue;
      if (shown >= o->limit) break;
      ++shown;
      const std::string rank = t.excluded ? "  ×" : fmt::format("{:>3}", shown);
      fmt::print("{} {:>5}  {} / {} ({}/{})  {}\n", rank, t.excluded ? "-" : fmt::format("{:+g}", t.score), ctx.pick(t.title), t.employer_name,
                 t.employer_id, t.task_id, ctx.msg("match.hours_open", t.hours_per_week, t.open));
      for (const auto& why : t.reasons) {
        const std::string mark = why.exclude ? "×" : why.points > 0 ? "+" : why.points < 0 ? "−" : "·";
        const std::string points = why.exclude || why.points == 0 ? "" : fmt::format("{:+g} ", why.points);
        fmt::print("        {} {}{}{}\n", mark, points, ctx.pick(person ? why.plain : why.reason), person ? "" : " [" + why.criterion + "]");
      }
    }
    const auto excluded = static_cast<std::ptrdiff_t>(r.tasks.size()) - fitting;
    if (shown < fitting) fmt::print("{}\n", ctx.msg("match.more_fitting", fitting - shown));
    if (excluded > 0 && !o->all) fmt::print("{}\n", ctx.msg("match.excluded_hidden", excluded));
  });
}

}  // namespace hashigo::cli
