#include "context.hpp"

#include <hashigo/error.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <string>
#include <vector>

namespace hashigo::cli {

namespace {

// Lists each case that does not fold, with the event and the reason, then fails with exit 5.
void fail_if_unreadable(context& ctx, const std::vector<store::unreadable_case>& unreadable) {
  if (unreadable.empty()) return;
  const bool ja = ctx.language() == "ja";
  std::string ids;
  for (const auto& u : unreadable) {
    fmt::print(fmt::runtime(ja ? "読めないケース {}: {}: {}\n" : "unreadable case {}: {}: {}\n"), u.id, u.where, u.reason);
    ids += (ids.empty() ? "" : ", ") + u.id;
  }
  throw storage_error(fmt::format("{}: {} case(s) do not fold ({}); repair each with an `event_voided` correction of "
                                  "the event named above (docs/architecture.md, \"Repairing an unreadable case\")",
                                  ctx.db_path, unreadable.size(), ids),
                      "E_UNREADABLE_CASE");
}

}  // namespace

void add_init_command(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("init", "create (or migrate) the database");
  cmd->callback([&ctx] {
    const auto parent = std::filesystem::path(ctx.db_path).parent_path();
    if (!parent.empty()) {
      std::error_code ec;
      std::filesystem::create_directories(parent, ec);
      if (ec) throw storage_error(fmt::format("{}: cannot create the folder for the database ({})", parent.string(), ec.message()));
    }
    auto db = ctx.open_db(true);
    fmt::print("{} (schema {})\n", ctx.db_path, db.schema_version());
  });
}

void add_db_commands(CLI::App& app, context& ctx) {
  auto* db_cmd = app.add_subcommand("db", "database maintenance");
  db_cmd->require_subcommand(1);
  auto* rebuild = db_cmd->add_subcommand("rebuild-snapshots", "drop the snapshot cache and rebuild it from the events");
  rebuild->callback([&ctx] {
    auto db = ctx.open_db();
    store::case_repository repo(db);
    const auto report = repo.rebuild_snapshots();
    fmt::print(fmt::runtime(ctx.language() == "ja" ? "{}件のケースのスナップショットを再構築しました\n" : "rebuilt the snapshots of {} case(s)\n"),
               report.rebuilt);
    fail_if_unreadable(ctx, report.unreadable);
  });
  auto* check = db_cmd->add_subcommand("check", "run SQLite's integrity check and fold every case");
  check->callback([&ctx] {
    auto db = ctx.open_db_for_reading();
    const bool ja = ctx.language() == "ja";
    const auto result = db.integrity_check();
    fmt::print("{}: {}\n", ja ? "整合性検査" : "integrity", result);
    if (result != "ok") throw storage_error(fmt::format("{}: integrity check failed", ctx.db_path), "E_CORRUPT");
    // A file SQLite finds intact can still hold a case no fold accepts (written by an older
    // hashigo, or by hand): fold every case as of its last event.
    store::case_repository repo(db);
    std::vector<store::unreadable_case> unreadable;
    const auto ids = db.case_ids();
    for (const auto& id : ids)
      if (auto broken = repo.check(id)) unreadable.push_back(std::move(*broken));
    fmt::print(fmt::runtime(ja ? "ケース: {}件を検査、読めないもの{}件\n" : "cases: {} checked, {} unreadable\n"), ids.size(),
               unreadable.size());
    fail_if_unreadable(ctx, unreadable);
    fmt::print("ok\n");
  });
}

}  // namespace hashigo::cli
