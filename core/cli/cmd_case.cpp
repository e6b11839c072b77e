#include "context.hpp"
#include "text.hpp"

#include <hashigo/error.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>

#include <memory>

namespace hashigo::cli {

namespace {

date as_of_or_last(const std::string& text, const std::vector<cases::event>& events) {
  if (!text.empty()) return date::parse_or_throw(text, "--as-of");
  if (events.empty()) throw input_error("--as-of", "the case has no events; give --as-of");
  date last = events.back().on;
  return last;
}

// The folded state, plus the corrections in force: which events the fold left out and why.
nlohmann::json state_json(const cases::case_state& state) {
  nlohmann::json out = format::to_json(state);
  out["voided"] = nlohmann::json::array();
  for (const auto& v : state.voided)
    out["voided"].push_back({{"seq", v.seq}, {"type", v.type}, {"date", v.on.to_string()}, {"voided_by", v.voided_by},
                             {"voided_on", v.voided_on.to_string()}, {"reason", v.reason}});
  return out;
}

}  // namespace

void add_case_commands(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("case", "create, list and show cases");
  cmd->require_subcommand(1);

  auto* create = cmd->add_subcommand("new", "create a case from a case file (person, household, events)");
  struct new_options {
    std::string file, id, region;
  };
  auto o = std::make_shared<new_options>();
  create->add_option("--file", o->file, "case file (JSON, see docs/case-format.md), - for stdin");
  create->add_option("--id", o->id, "case id (overrides the file's; required without --file)");
  create->add_option("--region", o->region, "region pack of the case (overrides the file's)");
  create->callback([&ctx, o] {
    const auto& [file, id, region] = *o;
    format::case_file f;
    if (!file.empty()) {
      f = ctx.read_case_file(file);
    } else if (id.empty()) {
      throw usage_error("case new needs --file or --id");
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
    fmt::print(fmt::runtime(ctx.language() == "ja" ? "ケース {} を作成（イベント{}件）\n" : "created case {} with {} event(s)\n"),
               f.header.id, seqs.size());
  });

  auto* list = cmd->add_subcommand("list", "list the cases in the database");
  list->callback([&ctx] {
    auto db = ctx.open_db_for_reading();
    for (const auto& case_id : db.case_ids()) fmt::print("{}\n", case_id);
  });

  auto* show = cmd->add_subcommand("show", "show a case's status and ladder timeline with reasons");
  struct show_options {
    std::string id, as_of;
    bool json = false;
  };
  auto so = std::make_shared<show_options>();
  show->add_option("case", so->id, "case id")->required();
  show->add_option("--as-of", so->as_of, "fold the case on this day (default: its last event)");
  show->add_flag("--json", so->json, "print the folded state as JSON");
  show->callback([&ctx, so] {
    const auto& show_id = so->id;
    auto db = ctx.open_db_for_reading();
    store::case_repository repo(db);
    (void)repo.header(show_id);  // an unknown case is named as such, not as a case without events
    const auto state = repo.fold(show_id, as_of_or_last(so->as_of, repo.events(show_id)));
    if (so->json)
      fmt::print("{}\n", state_json(state).dump(2));
    else
      fmt::print("{}", timeline_text(ctx, state));
  });
}

}  // namespace hashigo::cli
