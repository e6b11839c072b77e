#include "help.hpp"
#include "errors.hpp"
#include "parse_errors.hpp"

#include <hashigo/error.hpp>

#include <cstdio>
#include <iostream>
#include <string_view>

namespace hashigo::cli {

// --lang from the command line, read before the App is built: its help texts are set at
// construction, so the language must be known first. CLI11 parses and checks it again.
std::string lang_in_argv(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--") break;
    if (a == "--lang" && i + 1 < argc) return argv[i + 1];
    if (a.rfind("--lang=", 0) == 0) return std::string(a.substr(7));
  }
  return {};
}

// CLI11's own words in help screens, and the groups every command's options and subcommands fall in.
void localize_help(CLI::App& app, context& ctx) {
  auto fmt = app.get_formatter();
  fmt->label("Usage", ctx.msg("help.usage"));
  fmt->label("OPTIONS", ctx.msg("help.options"));
  fmt->label("SUBCOMMAND", ctx.msg("help.subcommand"));
  fmt->label("SUBCOMMANDS", ctx.msg("help.subcommands"));
  fmt->label("Positionals", ctx.msg("help.positionals"));
  fmt->label("REQUIRED", ctx.msg("help.required"));
  fmt->label("Env", ctx.msg("help.env"));
  fmt->label("Excludes", ctx.msg("help.excludes"));
  fmt->label("Needs", ctx.msg("help.needs"));
  for (const char* type : {"TEXT", "INT", "UINT", "FLOAT"}) fmt->label(type, ctx.msg(std::string("help.type.") + type));
}

void localize_groups(CLI::App& app, context& ctx) {
  for (auto* opt : app.get_options()) {
    if (opt->get_group() == "Options") opt->group(ctx.msg("help.options_group"));
    const std::string type = opt->get_type_name();
    // The base type only: validators (":{ja,en}", ranges) add their own part after it.
    for (const char* t : {"TEXT", "INT", "UINT", "FLOAT"})
      if (type == t || type.rfind(std::string(t) + ":", 0) == 0 || type.rfind(std::string(t) + " ", 0) == 0)
        opt->type_name(ctx.msg(std::string("help.type.") + t));
  }
  for (auto* sub : app.get_subcommands({})) {
    sub->group(ctx.msg("help.subcommands_group"));
    localize_groups(*sub, ctx);
  }
}

void add_global_options(CLI::App& app, context& ctx) {
  app.add_option("--db", ctx.db_path, ctx.msg("help.db"))->envname("HASHIGO_DB");
  app.add_option("--rules", ctx.rules_root, ctx.msg("help.rules"))->envname("HASHIGO_RULES");
  app.add_option("--lang", ctx.lang, ctx.msg("help.lang"))->check(CLI::IsMember({"ja", "en"}));
  app.add_option("--max-input-size", ctx.json_limits.max_bytes, ctx.msg("help.max_input_size"))
      ->envname("HASHIGO_MAX_INPUT_SIZE")
      ->transform(CLI::AsSizeValue(false));
}

int run(CLI::App& app, context& ctx, int argc, char** argv) {
  // CLI11 words its own parse errors in English; the common forms and the line around them follow --lang.
  app.failure_message([&ctx](const CLI::App*, const CLI::Error& e) {
    return ctx.msg("error.usage", parse_error_text(ctx, e.what())) + "\n";
  });
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  } catch (const error& e) {
    std::fflush(stdout);  // output printed before the failure comes first
    std::cerr << error_text(ctx, e) << '\n';
    return e.exit_status();
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::cerr << ctx.msg("error.internal", e.what()) << '\n';
    return 1;
  }
  return ctx.exit_status;
}

}  // namespace hashigo::cli
