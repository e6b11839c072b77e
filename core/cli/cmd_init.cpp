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
  std::string ids;
  for (const auto& u : unreadable) {
    fmt::print("{}\n", ctx.msg("db.unreadable", u.id, u.where, u.reason));
    ids += (ids.empty() ? "" : ", ") + u.id;
  }
  throw storage_error(message("error.unreadable_cases", ctx.db_path, unreadable.size(), ids),
                      "E_UNREADABLE_CASE");
}

}  // namespace

void add_init_command(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("init", ctx.msg("help.init"));
  cmd->callback([&ctx] {
    const auto parent = std::filesystem::path(ctx.db_path).parent_path();
    if (!parent.empty()) {
      std::error_code ec;
      std::filesystem::create_directories(parent, ec);
      if (ec) throw storage_error(message("error.db_folder", parent.string(), ec.message()));
    }
    auto db = ctx.open_db(true);
    fmt::print("{}\n", ctx.msg("init.schema", ctx.db_path, db.schema_version()));
  });
}

void add_db_commands(CLI::App& app, context& ctx) {
  auto* db_cmd = app.add_subcommand("db", ctx.msg("help.db_cmd"));
  db_cmd->require_subcommand(1);
  auto* rebuild = db_cmd->add_subcommand("rebuild-snapshots", ctx.msg("help.db.rebuild"));
  rebuild->callback([&ctx] {
    auto db = ctx.open_db();
    store::case_repository repo(db);
    const auto report = repo.rebuild_snapshots();
    fmt::print("{}\n", ctx.msg("db.rebuilt", report.rebuilt));
    fail_if_unreadable(ctx, report.unreadable);
  });
  auto* check = db_cmd->add_subcommand("check", ctx.msg("help.db.check"));
  check->callback([&ctx] {
    auto db = ctx.open_db_for_reading();
    const auto result = db.integrity_check();
    fmt::print("{}\n", ctx.msg("db.integrity", result));
    if (result != "ok") throw storage_error(message("error.integrity", ctx.db_path), "E_CORRUPT");
    // A file SQLite finds intact can still hold a case no fold accepts (written by an older
    // hashigo, or by hand): fold every case as of its last event.
    store::case_repository repo(db);
    std::vector<store::unreadable_case> unreadable;
    const auto ids = db.case_ids();
    for (const auto& id : ids)
      if (auto broken = repo.check(id)) unreadable.push_back(std::move(*broken));
    fmt::print("{}\n", ctx.msg("db.cases_checked", ids.size(), unreadable.size()));
    fail_if_unreadable(ctx, unreadable);
    fmt::print("{}\n", ctx.msg("db.ok"));
  });
}

}  // namespace hashigo::cli
