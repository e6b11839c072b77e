#pragma once
// What both programs (hashigo, hashigo-serve) do to their command lines before parsing them.
#include "context.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace hashigo::cli {

/// --lang from the command line, read before the App is built: its help texts are set at
/// construction, so the language must be known first. CLI11 parses and checks it again.
std::string lang_in_argv(int argc, char** argv);
/// CLI11's own words in help screens, in the output language.
void localize_help(CLI::App& app, context& ctx);
/// The groups every command's options and subcommands fall in, and type names, in the output language.
void localize_groups(CLI::App& app, context& ctx);

/// The options every command takes: --db, --rules, --lang, --max-input-size.
void add_global_options(CLI::App& app, context& ctx);
/// Parses and runs the command; returns the exit status (errors printed in the output language).
int run(CLI::App& app, context& ctx, int argc, char** argv);

}  // namespace hashigo::cli
