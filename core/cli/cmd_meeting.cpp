#include "context.hpp"
#include "pack_names.hpp"
#include "progress.hpp"
#include "text.hpp"

#include <hashigo/app/agenda.hpp>
#include <hashigo/app/agencies.hpp>
#include <hashigo/app/households.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/meeting_json.hpp>
#include <hashigo/report/agenda.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>

#include <memory>

namespace hashigo::cli {

namespace {

format::meeting_file stored_meeting(const store::meeting_row& row, const std::string& db_path) {
  const auto where = fmt::format("meeting '{}' in {}", row.id, db_path);
  try {
    return format::meeting_file_from_json(store::parse_stored_json(row.payload_json, where));
  } catch (const input_error& e) {
    throw storage_error(message("error.stored_invalid", where, message::nested(e.placed_message())), "E_CORRUPT");
  }
}

void add_new(CLI::App* cmd, context& ctx) {
  auto* create = cmd->add_subcommand("new", ctx.msg("help.meeting.new"));
  auto file = std::make_shared<std::string>("-");
  create->add_option("--file", *file, ctx.msg("help.meeting.new.file"));
  create->callback([&ctx, file] {
    const std::string shown = *file == "-" ? "<stdin>" : *file;
    auto db = ctx.open_db();
    store::case_repository repo(db);
    format::meeting_file m;
    std::vector<std::int64_t> seqs;
    try {
      m = format::meeting_file_from_json(ctx.read_json(*file));
      seqs = repo.record_meeting(m);
    } catch (const input_error&) {
      rethrow_in_file(shown, std::current_exception());
    }
    fmt::print("{}\n", ctx.msg("meeting.recorded", m.id, m.held_on.to_string(), m.cases.size()));
    for (std::size_t i = 0; i < seqs.size(); ++i) fmt::print("  {} #{} meeting\n", m.cases[i].case_id, seqs[i]);
  });
}

void add_list(CLI::App* cmd, context& ctx) {
  auto* list = cmd->add_subcommand("list", ctx.msg("help.meeting.list"));
  auto json_out = std::make_shared<bool>(false);
  list->add_flag("--json", *json_out, ctx.msg("help.meeting.json"));
  list->callback([&ctx, json_out] {
    auto db = ctx.open_db_for_reading();
    nlohmann::json all = nlohmann::json::array();
    for (const auto& row : db.meetings()) {
      const auto m = stored_meeting(row, db.path());
      if (*json_out) {
        all.push_back(format::to_json(m));
        continue;
      }
      std::string ids;
      for (const auto& c : m.cases) ids += (ids.empty() ? "" : ", ") + c.case_id;
      fmt::print("{} {} {} ({})\n", m.held_on.to_string(), m.id, ctx.name("meeting", m.kind), ids);
    }
    if (*json_out) fmt::print("{}\n", all.dump(2));
  });
}

void add_show(CLI::App* cmd, context& ctx) {
  auto* show = cmd->add_subcommand("show", ctx.msg("help.meeting.show"));
  struct options {
    std::string id;
    bool json = false;
  };
  auto o = std::make_shared<options>();
  show->add_option("meeting", o->id, ctx.msg("help.meeting.show.id"))->required();
  show->add_flag("--json", o->json, ctx.msg("help.meeting.json"));
  show->callback([&ctx, o] {
    auto db = ctx.open_db_for_reading();
    const auto row = db.meeting(o->id);
    if (!row) throw input_error("meeting", message("error.unknown_meeting", o->id));
    const auto m = stored_meeting(*row, db.path());
    if (o->json) {
      fmt::print("{}\n", format::to_json(m).dump(2));
      return;
    }
    fmt::print("{} {} — {}\n", m.held_on.to_string(), m.id, ctx.name("meeting", m.kind));
    if (!m.chair.empty()) fmt::print("{}: {}\n", ctx.msg("meeting.chair"), m.chair);
    for (const auto& a : m.agencies) fmt::print("  {} ({})\n", a.name, ctx.name("agency_role", a.role));
    for (const auto& c : m.cases) {
      fmt::print("\n{}: {}\n", c.case_id, decisions_text(ctx, c.decisions));
      if (!c.minutes.empty()) fmt::print("  {}\n", c.minutes);
    }
    if (!m.minutes.empty()) fmt::print("\n{}\n", m.minutes);
  });
}

void add_agenda(CLI::App* cmd, context& ctx) {
  auto* agenda = cmd->add_subcommand("agenda", ctx.msg("help.meeting.agenda"));
  struct options {
    std::string day, region, format = "md", out;
    bool no_progress = false;
  };
  auto o = std::make_shared<options>();
  agenda->add_option("--date", o->day, ctx.msg("help.meeting.agenda.date"))->required();
  agenda->add_option("--region", o->region, ctx.msg("help.meeting.agenda.region"));
  agenda->add_option("--format", o->format, ctx.msg("help.meeting.agenda.format"))->check(CLI::IsMember({"md", "html", "json"}));
  agenda->add_option("--out", o->out, ctx.msg("help.report.out"));
  agenda->add_flag("--no-progress", o->no_progress, ctx.msg("help.batch.no_progress"));
  agenda->callback([&ctx, o] {
    const date on = date::parse_or_throw(o->day, "--date");
    auto db = ctx.open_db_for_reading();
    auto eng = ctx.make_engine();
    app::link_store(eng, db);
    progress_bar bar(std::nullopt, ctx.msg("report.unit"), !o->no_progress && progress_bar::stderr_is_terminal());
    const auto a = app::meeting_agenda(eng, db, on, o->region, [&](std::size_t done, std::size_t) { bar.update(done, 0); });
    bar.finish();
    const auto names = names_of_every_region(ctx);
    if (o->format == "json") ctx.emit(o->out, report::agenda_json(a).dump(2) + "\n");
    else if (o->format == "html") ctx.emit(o->out, report::agenda_html(a, names, ctx.language()));
    else ctx.emit(o->out, report::agenda_markdown(a, names, ctx.language()));
  });
}

}  // namespace

void add_meeting_commands(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("meeting", ctx.msg("help.meeting"));
  cmd->require_subcommand(1);
  add_new(cmd, ctx);
  add_list(cmd, ctx);
  add_show(cmd, ctx);
  add_agenda(cmd, ctx);
}

}  // namespace hashigo::cli
