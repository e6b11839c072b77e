#include "context.hpp"
#include "errors.hpp"
#include "text.hpp"

#include <hashigo/app/evaluate.hpp>
#include <hashigo/app/agencies.hpp>
#include <hashigo/app/households.hpp>
#include <hashigo/app/journey.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>
#include <hashigo/sim/journey.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <memory>

namespace hashigo::cli {

namespace {

struct eval_options {
  std::string target;
  std::string region;
  std::string as_of;
  std::string from;
  bool monthly = false;
  bool json = false;
  bool explain = false;
  bool commit = false;
  bool replay = false;
  bool lean = false;
  std::string audience = "staff";
};

}  // namespace

void add_eval_command(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("eval", ctx.msg("help.eval"));
  auto o = std::make_shared<eval_options>();
  cmd->add_option("case", o->target, ctx.msg("help.eval.case"))->required();
  cmd->add_option("--region", o->region, ctx.msg("help.eval.region"));
  cmd->add_option("--as-of", o->as_of, ctx.msg("help.eval.as_of"))->required();
  cmd->add_flag("--monthly", o->monthly,
                ctx.msg("help.eval.monthly"));
  cmd->add_option("--from", o->from, ctx.msg("help.eval.from"));
  cmd->add_flag("--json", o->json, ctx.msg("help.eval.json"));
  cmd->add_flag("--explain", o->explain, ctx.msg("help.eval.explain"));
  cmd->add_option("--audience", o->audience, ctx.msg("help.eval.audience"))
      ->check(CLI::IsMember({"staff", "person"}));
  cmd->add_flag("--commit", o->commit, ctx.msg("help.eval.commit"));
  cmd->add_flag("--lean", o->lean, ctx.msg("help.eval.lean"))->needs("--json")->excludes("--explain");
  cmd->add_flag("--replay", o->replay, ctx.msg("help.eval.replay"))->excludes("--monthly")->excludes("--commit");
  cmd->callback([&ctx, o] {
    const date as_of = date::parse_or_throw(o->as_of, "--as-of");
    std::error_code ec;  // a target that cannot be looked at (a link loop) is not a file: read_input says why
    const bool from_file = o->target == "-" || std::filesystem::is_regular_file(o->target, ec) ||
                           (ec && ec != std::errc::no_such_file_or_directory);
    if (from_file && o->commit) throw usage_error(message("error.commit_file"));
    if (!o->from.empty() && !o->monthly) throw usage_error(message("error.from_needs_monthly"));

    std::optional<store::database> db;
    std::optional<store::case_repository> repo;
    cases::case_header header;
    std::vector<cases::event> events;
    if (from_file) {
      auto file = ctx.read_case_file(o->target);
      header = file.header;
      events = file.events;
      cases::sort_events(events);
    } else {
      // Only --commit writes; any other evaluation reads, and works on a read-only database.
      db.emplace(o->commit ? ctx.open_db() : ctx.open_db_for_reading());
      repo.emplace(*db);
      header = repo->header(o->target);
      events = repo->readable_events(o->target);
    }
    const std::string region = o->region.empty() ? header.region : o->region;
    auto eng = ctx.make_engine();
    if (db) app::link_store(eng, *db);  // a stored case sees its household and its agencies
    ctx.use_pack_of(eng, region);  // names for the pack's codes; a pack that fails to load fails below
    std::vector<date> days{as_of};
    if (o->monthly) {
      if (events.empty()) throw input_error(o->target, message("error.no_events"));
      date from = o->from.empty() ? events.front().on : date::parse_or_throw(o->from, "--from");
      if (as_of < from) throw usage_error(message("error.from_after", from.to_string(), as_of.to_string()));
      days = sim::month_ends(from, as_of);
    }
    // No rule can decide on a day before the case exists: say so, with the day it opened.
    if (!events.empty() && days.front() < events.front().on)
      throw input_error(o->monthly && !o->from.empty() ? "--from" : "--as-of",
                        message("error.before_opening", days.front().to_string(), header.id, events.front().on.to_string()));
    const audience who = o->audience == "person" ? audience::person : audience::staff;
    const auto detail = o->lean ? engine::json_detail::lean : engine::json_detail::full;
    auto in_place = [&](const input_error& e) {
      if (e.where() == "as_of") throw input_error("--as-of", e);  // the day asked, not the file
      if (from_file) rethrow_in_file(o->target, std::current_exception());
      throw;
    };
    if (!o->monthly && !o->commit) {  // one day, nothing written: the evaluation every surface shares
      format::case_file file{header, std::move(events)};
      app::evaluation ev;
      try {
        ev = app::evaluate_case(eng, file, {as_of, region, o->replay, {.explain = o->explain, .lean = o->lean}});
      } catch (const input_error& e) {
        in_place(e);
      }
      const auto& d = ev.decision;
      if (o->json)
        fmt::print("{}\n", app::to_json(ev, detail).dump());
      else
        fmt::print("{}", decision_text(ctx, d, who, o->explain));
      if (ev.position == app::position_source::replayed && !o->json)
        fmt::print("{}\n", ctx.msg("eval.replayed", ev.replayed_steps));
      // A case file that records no step sits at its intake position however long ago that was.
      if (d.ok() && from_file && app::intake_position_only(ev) && !file.events.empty() &&
          sim::month_ends(file.events.front().on, as_of).size() > 1) {
        std::fflush(stdout);
        fmt::print(stderr, "{}\n", ctx.msg("eval.intake_only"));
      }
      if (!d.ok()) fail_with(d);
      return;
    }
    // Each decision is printed (and, uncommitted, its receipt stored) as soon as it is made.
    auto report = [&](const sim::journey_step& step, std::int64_t) {
      const auto& d = step.decision;
      if (o->json)
        fmt::print("{}\n", engine::to_json(d, detail).dump());
      else if (o->monthly)
        fmt::print("{}\n", decision_line(ctx, d, step.committed, o->commit));
      else
        fmt::print("{}", decision_text(ctx, d, who, o->explain));
      if (!d.ok()) fail_with(d);
    };
    try {
      // A case file run month by month carries accepted steps forward in memory, as a journey does.
      const bool carry_steps = o->commit || (from_file && o->monthly);
      app::run_journey(eng, header, events, {days, region, carry_steps, {.explain = o->explain, .lean = o->lean && !o->commit}},
                       o->commit ? &*db : nullptr, report);
    } catch (const input_error& e) {
      in_place(e);
    }
  });
}

}  // namespace hashigo::cli
