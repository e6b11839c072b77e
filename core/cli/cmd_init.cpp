#include "context.hpp"

#include <hashigo/error.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>

#include <filesystem>

namespace hashigo::cli {

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
    const auto n = repo.rebuild_snapshots();
    fmt::print(fmt::runtime(ctx.language() == "ja" ? "{}件のケースのスナップショットを再構築しました\n" : "rebuilt the snapshots of {} case(s)\n"), n);
  });
  auto* check = db_cmd->add_subcommand("check", "run SQLite's integrity check");
  check->callback([&ctx] {
    auto db = ctx.open_db();
    const auto result = db.integrity_check();
    fmt::print("{}\n", result);
    if (result != "ok") throw storage_error(fmt::format("{}: integrity check failed", ctx.db_path), "E_CORRUPT");
  });
}

}  // namespace hashigo::cli
