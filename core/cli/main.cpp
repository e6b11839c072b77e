// hashigo: the command line. Each subcommand parses its arguments, calls the library and prints;
// the work itself lives in core/src. Exit codes: 0 ok, 2 usage, 3 invalid input, 4 rule error,
// 5 storage error (hashigo::error_kind).
#include "context.hpp"

#include <hashigo/error.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <iostream>

int main(int argc, char** argv) {
  hashigo::cli::context ctx;
  CLI::App app{"hashigo — employment-support cases up a career ladder, with regional rules in Lua"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "hashigo " HASHIGO_VERSION);
  app.option_defaults()->always_capture_default();
  app.add_option("--db", ctx.db_path, "SQLite database file")->envname("HASHIGO_DB");
  app.add_option("--rules", ctx.rules_root, "folder of rule packs (default: ./rules)")->envname("HASHIGO_RULES");
  app.add_option("--lang", ctx.lang, "output language (default: ja for a Japanese locale, else en)")
      ->check(CLI::IsMember({"ja", "en"}));
  app.add_option("--max-input-size", ctx.json_limits.max_bytes,
                 "largest JSON input accepted (case and event files), e.g. 8MiB or 512KiB")
      ->envname("HASHIGO_MAX_INPUT_SIZE")
      ->transform(CLI::AsSizeValue(false));
  app.fallthrough();

  hashigo::cli::add_init_command(app, ctx);
  hashigo::cli::add_case_commands(app, ctx);
  hashigo::cli::add_event_commands(app, ctx);
  hashigo::cli::add_eval_command(app, ctx);
  hashigo::cli::add_history_command(app, ctx);
  hashigo::cli::add_db_commands(app, ctx);
  hashigo::cli::add_test_command(app, ctx);
  hashigo::cli::add_check_command(app, ctx);
  hashigo::cli::add_rules_commands(app, ctx);
  hashigo::cli::add_watch_command(app, ctx);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  } catch (const hashigo::error& e) {
    std::fflush(stdout);  // output printed before the failure comes first
    std::cerr << e.what() << '\n';
    return e.exit_status();
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::cerr << "internal error: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
