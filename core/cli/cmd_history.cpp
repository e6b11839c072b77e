#include "context.hpp"

#include <hashigo/app/cases.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>

#include <map>
#include <memory>

namespace hashigo::cli {

void add_history_command(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("history", ctx.msg("help.history"));
  struct options {
    std::string case_id;
    bool json = false;
  };
  auto o = std::make_shared<options>();
  cmd->add_option("case", o->case_id, ctx.msg("help.case.show.case"))->required();
  cmd->add_flag("--json", o->json, ctx.msg("help.history.json"));
  cmd->callback([&ctx, o] {
    auto db = ctx.open_db_for_reading();
    store::case_repository repo(db);
    (void)repo.header(o->case_id);  // an unknown case is an error, not an empty history
    const auto rows = db.events(o->case_id);
    const auto receipts = db.receipts(o->case_id);
    if (o->json) {
      fmt::print("{}\n", app::history_json(db, o->case_id).dump(2));
      return;
    }
    // Voided events stay in the history (nothing is ever deleted); say which correction voids them.
    std::map<std::int64_t, std::int64_t> voided_by;
    for (const auto& e : rows)
      if (e.type == "event_voided") {
        const auto payload = store::parse_stored_json(e.payload_json, fmt::format("event #{}", e.seq));
        if (payload.contains("voids") && payload["voids"].is_number_integer())
          voided_by.emplace(payload["voids"].get<std::int64_t>(), e.seq);
      }
    fmt::print("{}\n", ctx.msg("history.events"));
    for (const auto& e : rows) {
      auto payload = store::parse_stored_json(e.payload_json, fmt::format("event #{}", e.seq));
      payload.erase("type");
      payload.erase("date");
      const auto by = voided_by.find(e.seq);
      const std::string mark =
          by == voided_by.end() ? "" : ctx.msg("history.voided_by", by->second);
      // English keeps the type as the case file writes it; Japanese names it.
      const std::string type = ctx.language() == "ja" ? ctx.name("event", e.type) : e.type;
      fmt::print("  #{:<5} {}  {:<18} {}{}\n", e.seq, e.date, type, payload.dump(), mark);
    }
    fmt::print("{}\n", ctx.msg("history.receipts"));
    for (const auto& r : receipts) {
      const auto outcome = store::parse_stored_json(r.outcome_json, fmt::format("receipt #{}", r.id));
      const auto& step = outcome["step"];
      fmt::print("  #{:<5} {}  {:<6} {} {}  {} {}\n", r.id, r.as_of, outcome.value("status", ""),
                 ctx.name("step", step.value("step", "")), step.value("accepted", false) ? ctx.msg("history.accepted") : "",
                 ctx.msg("history.pack"), r.pack_digest.substr(0, 12));
    }
  });
}

}  // namespace hashigo::cli
