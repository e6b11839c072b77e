#include "context.hpp"
#include "text.hpp"

#include <hashigo/app/agencies.hpp>
#include <hashigo/app/cases.hpp>
#include <hashigo/error.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>

#include <memory>

namespace hashigo::cli {

namespace {

date as_of_or_last(const std::string& text, const std::vector<cases::event>& events) {
  if (!text.empty()) return date::parse_or_throw(text, "--as-of");
  if (events.empty()) throw input_error("--as-of", message("error.no_events_as_of"));
  date last = events.back().on;
  return last;
}

}  // namespace

void add_case_commands(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("case", ctx.msg("help.case"));
  cmd->require_subcommand(1);

  auto* create = cmd->add_subcommand("new", ctx.msg("help.case.new"));
  struct new_options {
    std::string file, id, region;
  };
  auto o = std::make_shared<new_options>();
  create->add_option("--file", o->file, ctx.msg("help.case.new.file"));
  create->add_option("--id", o->id, ctx.msg("help.case.new.id"));
  create->add_option("--region", o->region, ctx.msg("help.case.new.region"));
  create->callback([&ctx, o] {
    const auto& [file, id, region] = *o;
    format::case_file f;
    if (!file.empty()) {
      f = ctx.read_case_file(file);
    } else if (id.empty()) {
      throw usage_error(message("error.case_new_needs"));
    }
    if (!id.empty()) f.header.id = id;
    if (!region.empty()) f.header.region = region;
    // A case names the pack that decides it: an unknown one is refused now, not at its first eval.
    ctx.make_engine().require_region(f.header.region, region.empty() && !file.empty() ? file + ": region" : "--region");
    auto db = ctx.open_db();
    store::case_repository repo(db);
    std::vector<std::int64_t> seqs;
    try {
      seqs = repo.create(f);
    } catch (const input_error&) {
      if (file.empty()) throw;
      rethrow_in_file(file, std::current_exception());
    }
    fmt::print("{}\n", ctx.msg("case.created", f.header.id, seqs.size()));
  });

  auto* list = cmd->add_subcommand("list", ctx.msg("help.case.list"));
  list->callback([&ctx] {
    auto db = ctx.open_db_for_reading();
    for (const auto& case_id : db.case_ids()) fmt::print("{}\n", case_id);
  });

  auto* show = cmd->add_subcommand("show", ctx.msg("help.case.show"));
  struct show_options {
    std::string id, as_of;
    bool json = false;
  };
  auto so = std::make_shared<show_options>();
  show->add_option("case", so->id, ctx.msg("help.case.show.case"))->required();
  show->add_option("--as-of", so->as_of, ctx.msg("help.case.show.as_of"));
  show->add_flag("--json", so->json, ctx.msg("help.case.show.json"));
  show->callback([&ctx, so] {
    const auto& show_id = so->id;
    auto db = ctx.open_db_for_reading();
    store::case_repository repo(db);
    (void)repo.header(show_id);  // an unknown case is named as such, not as a case without events
    auto state = repo.fold(show_id, as_of_or_last(so->as_of, repo.events(show_id)));
    app::link_stored_agencies(db, state);  // their names and roles
    if (so->json)
      fmt::print("{}\n", app::state_json(state).dump(2));
    else {
      ctx.use_pack_of(state.header.region);  // the names the case's pack gives its rungs
      fmt::print("{}", timeline_text(ctx, state));
    }
  });
}

}  // namespace hashigo::cli
