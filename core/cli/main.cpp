// hashigo: the command line. Each subcommand parses its arguments, calls the library and prints;
// the work itself lives in core/src. Exit codes: 0 ok, 2 usage, 3 invalid input, 4 rule error,
// 5 storage error (hashigo::error_kind); `batch` exits 1 when some lines gave no decision,
// `receipt verify` when some receipts did not verify identical.
#include "context.hpp"
#include "help.hpp"

#include <hashigo/error.hpp>

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char** argv) {
  hashigo::cli::context ctx;
  if (const std::string lang = hashigo::cli::lang_in_argv(argc, argv); lang == "ja" || lang == "en") ctx.lang = lang;
  (void)ctx.language();  // the locale decides when --lang does not
  try {
    hashigo::cli::forward_serve(argc, argv, ctx);
  } catch (const hashigo::error& e) {
    std::cerr << e.code() << ": " << e.text(ctx.language()) << '\n';
    return e.exit_status();
  }
  CLI::App app{ctx.msg("help.app")};
  app.footer(ctx.msg("help.footer"));
  app.set_help_flag("-h,--help", ctx.msg("help.help"));
  app.require_subcommand(1);
  app.set_version_flag("--version", "hashigo " HASHIGO_VERSION, ctx.msg("help.version"));
  app.option_defaults()->always_capture_default();
  hashigo::cli::localize_help(app, ctx);
  hashigo::cli::add_global_options(app, ctx);
  app.fallthrough();

  hashigo::cli::add_init_command(app, ctx);
  hashigo::cli::add_case_commands(app, ctx);
  hashigo::cli::add_event_commands(app, ctx);
  hashigo::cli::add_meeting_commands(app, ctx);
  hashigo::cli::add_household_commands(app, ctx);
  hashigo::cli::add_employer_commands(app, ctx);
  hashigo::cli::add_agency_commands(app, ctx);
  hashigo::cli::add_match_command(app, ctx);
  hashigo::cli::add_eval_command(app, ctx);
  hashigo::cli::add_history_command(app, ctx);
  hashigo::cli::add_db_commands(app, ctx);
  hashigo::cli::add_test_command(app, ctx);
  hashigo::cli::add_check_command(app, ctx);
  hashigo::cli::add_rules_commands(app, ctx);
  hashigo::cli::add_watch_command(app, ctx);
  hashigo::cli::add_batch_command(app, ctx);
  hashigo::cli::add_receipt_commands(app, ctx);
  hashigo::cli::add_serve_command(app, ctx);
  hashigo::cli::add_schema_command(app, ctx);
  hashigo::cli::add_sim_commands(app, ctx);
  hashigo::cli::add_report_commands(app, ctx);
  hashigo::cli::localize_groups(app, ctx);
  return hashigo::cli::run(app, ctx, argc, argv);
}
