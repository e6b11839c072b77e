// `hashigo employer add|change|list|show`: employers and their carved tasks (docs/employers.md).
#include "context.hpp"

#include <hashigo/app/employers.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/employer_json.hpp>

#include <fmt/format.h>

#include <memory>

namespace hashigo::cli {

namespace {

void add_store(CLI::App* cmd, context& ctx, const char* name, bool change) {
  auto* store_cmd = cmd->add_subcommand(name, ctx.msg(change ? "help.employer.change" : "help.employer.add"));
  auto files = std::make_shared<std::vector<std::string>>();
  store_cmd->add_option("--file", *files, ctx.msg("help.employer.file"))->required();
  store_cmd->callback([&ctx, files, change] {
    auto db = ctx.open_db();
    // Every file is read before any is stored, and all are stored in one transaction: a folder of
    // sheets lands whole or not at all.
    const auto records = read_record_files(ctx, *files, format::employer_record_from_json);
    try {
      app::record_employers(db, records, change);
    } catch (const input_error&) {
      if (records.size() != 1) throw;  // the refusal names the record
      rethrow_in_file((*files)[0] == "-" ? "<stdin>" : (*files)[0], std::current_exception());
    }
    for (const auto& e : records) fmt::print("{}\n", ctx.msg("employer.recorded", e.id, e.since.to_string(), e.tasks.size()));
  });
}

std::string joined(context& ctx, std::string_view kind, const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) {
    std::string shown = ctx.name(kind, c);
    if (kind == "placement" && shown == c) shown = ctx.name("rung", c);  // the ladder's rungs carry these names
    out += (out.empty() ? "" : ", ") + shown;
  }
  return out;
}

void add_list(CLI::App* cmd, context& ctx) {
  auto* list = cmd->add_subcommand("list", ctx.msg("help.employer.list"));
  auto json_out = std::make_shared<bool>(false);
  list->add_flag("--json", *json_out, ctx.msg("help.meeting.json"));
  list->callback([&ctx, json_out] {
    auto db = ctx.open_db_for_reading();
    nlohmann::json all = nlohmann::json::array();
    for (const auto& e : app::stored_employers(db)) {
      if (*json_out) {
        all.push_back(format::to_json(e));
        continue;
      }
      fmt::print("{} {} {} ({})\n", e.since.to_string(), e.id, e.name, ctx.msg("employer.task_count", e.tasks.size()));
    }
    if (*json_out) fmt::print("{}\n", all.dump(2));
  });
}

// The employer's version in force on a day, and each task with the places its placements fill.
void add_show(CLI::App* cmd, context& ctx) {
  auto* show = cmd->add_subcommand("show", ctx.msg("help.employer.show"));
  struct options {
    std::string id, as_of;
    bool json = false;
  };
  auto o = std::make_shared<options>();
  show->add_option("employer", o->id, ctx.msg("help.employer.show.id"))->required();
  show->add_option("--as-of", o->as_of, ctx.msg("help.employer.as_of"));
  show->add_flag("--json", o->json, ctx.msg("help.meeting.json"));
  show->callback([&ctx, o] {
    auto db = ctx.open_db_for_reading();
    std::vector<cases::employer_record> versions;
    for (auto& e : app::stored_employers(db))
      if (e.id == o->id) versions.push_back(std::move(e));
    if (versions.empty()) throw input_error("employer", message("error.employer_unknown", o->id));
    const date as_of = o->as_of.empty() ? versions.back().since : date::parse_or_throw(o->as_of, "--as-of");
    ctx.use_pack_of("national");  // the names of the ways of working (rungs)
    const auto* e = cases::employer_in_force(versions, o->id, as_of);
    if (!e) throw input_error("--as-of", message("error.employer_not_yet", o->id, versions.front().since.to_string(), as_of.to_string()));
    const auto filled = app::filled_tasks(db, as_of);
    const auto taken = [&](const std::string& task) {
      const auto f = filled.find({e->id, task});
      return f == filled.end() ? 0 : f->second;
    };
    if (o->json) {
      nlohmann::json j = {{"employer", format::to_json(*e)}, {"as_of", as_of.to_string()}, {"filled", nlohmann::json::object()}};
      for (const auto& t : e->tasks) j["filled"][t.id] = taken(t.id);
      fmt::print("{}\n", j.dump(2));
      return;
    }
    fmt::print("{}\n", ctx.msg("employer.header", e->name, e->id, e->since.to_string()));
    if (e->recruited_on) fmt::print("  {}\n", ctx.msg("employer.recruited", e->recruited_on->to_string()));
    for (const auto& t : e->tasks) {
      const bool offered = t.offered(as_of, e->since);
      fmt::print("  {} {} — {}\n", t.id, ctx.pick({t.title_ja, t.title_en}),
                 offered ? ctx.msg("employer.places", taken(t.id), t.openings) : ctx.msg("employer.not_offered"));
      fmt::print("    {}\n", ctx.msg("employer.hours", t.days_per_week, t.hours_per_day, t.hours_per_week()));
      fmt::print("    {}: {}\n", ctx.msg("employer.wage_forms"), joined(ctx, "placement", t.wage_forms));
      if (!t.conditions.empty()) fmt::print("    {}: {}\n", ctx.msg("employer.conditions"), joined(ctx, "work_condition", t.conditions));
      if (!t.supports.empty()) fmt::print("    {}: {}\n", ctx.msg("employer.supports"), joined(ctx, "work_support", t.supports));
      for (const auto& row : t.breakdown)
        fmt::print("    {:>5} {}{}{}{}\n", row.time, row.work, row.content.empty() ? "" : " / " + row.content,
                   row.minutes ? fmt::format(" ({})", ctx.msg("employer.minutes", *row.minutes)) : "", row.qualified_only ? " ★" : "");
    }
  });
}

}  // namespace

void add_employer_commands(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("employer", ctx.msg("help.employer"));
  cmd->require_subcommand(1);
  add_store(cmd, ctx, "add", false);
  add_store(cmd, ctx, "change", true);
  add_list(cmd, ctx);
  add_show(cmd, ctx);
}

}  // namespace hashigo::cli
