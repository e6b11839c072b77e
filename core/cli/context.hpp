#pragma once
// What every subcommand shares: global options, the output language, and opening things.
#include <hashigo/engine/engine.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/store/database.hpp>
#include <hashigo/text/messages.hpp>

#include "labels.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>

#include <exception>
#include <memory>
#include <string>
#include <vector>

namespace hashigo::cli {

struct context {
  std::string db_path = "var/hashigo.db";
  std::string rules_root;  ///< empty: engine::default_rules_root()
  std::string lang;        ///< ja | en; empty until resolved
  /// Bounds on every JSON input read (--max-input-size sets max_bytes).
  format::json_limits json_limits;
  /// Names of codes: the pack's in use (use_pack), else the catalogue's.
  labels names;
  /// The process exit status when no error was thrown (batch: 1 when some lines failed).
  int exit_status = 0;

  /// ja when the user's locale is Japanese, else en (unless --lang said otherwise).
  const std::string& language();
  /// Opens the database; `create` only for `init`.
  store::database open_db(bool create = false) const;
  /// The rules root (--rules, else the default), checked to be a readable folder (usage error).
  std::filesystem::path rules_folder() const;
  /// An engine over the chosen rules root.
  engine::engine make_engine() const;
  /// Reads a file, or standard input for "-", refusing more than json_limits.max_bytes before
  /// reading it all; errors name the file.
  std::string read_input(const std::string& path) const;
  /// Writes `text` to `path` through a temporary file renamed over it, so that a reader never
  /// sees half a file and a failed write leaves the old one; errors name the file.
  void write_output(const std::string& path, const std::string& text) const;
  /// A command's document: to standard output when `path` is empty, else written as write_output
  /// does, saying where on stderr.
  void emit(const std::string& path, const std::string& text);
  /// Reads and parses one JSON input, naming the file in errors.
  nlohmann::json read_json(const std::string& path) const;
  /// Parses a case file, naming the file in every error.
  format::case_file read_case_file(const std::string& path) const;
  /// Picks ja or en.
  std::string pick(const cases::localized& text);
  /// The catalogue message `id` in the output language.
  template <typename... Args>
  std::string msg(std::string_view id, Args&&... args) {
    return text::msg(id, language(), std::forward<Args>(args)...);
  }
  /// The name of a code (labels::name) in the output language.
  std::string name(std::string_view kind, const std::string& code) { return names.name(kind, code, language()); }
  /// The name of a code for staff (labels::coded) in the output language.
  std::string coded(std::string_view kind, const std::string& code) { return names.coded(kind, code, language()); }
  /// Takes the names a region's pack gives its codes; a pack that does not load leaves the
  /// catalogue's names (the command itself reports why it fails, if it needs the pack).
  void use_pack_of(engine::engine& eng, const std::string& region);
  /// The same with an engine over the rules root, for a command that needs no other.
  void use_pack_of(const std::string& region);
  /// Opens the database read-only for a command that only reads: it works on a read-only file
  /// or folder and never waits for a writer's lock.
  store::database open_db_for_reading() const;
};

/// Rethrows an input_error with the file name in front of its place: `b-san.json: events[3]…`.
[[noreturn]] void rethrow_in_file(const std::string& file, const std::exception_ptr& e);

/// Reads every file (`-`: standard input) with `read` (a record reader) before anything is
/// stored, so a set of records lands whole or not at all; a bad one is input_error naming its file.
template <class Read>
auto read_record_files(context& ctx, const std::vector<std::string>& files, Read&& read) {
  std::vector<decltype(read(nlohmann::json{}))> records;
  for (const auto& file : files) {
    try {
      records.push_back(read(ctx.read_json(file)));
    } catch (const input_error&) {
      rethrow_in_file(file == "-" ? "<stdin>" : file, std::current_exception());
    }
  }
  return records;
}

void add_init_command(CLI::App& app, context& ctx);
void add_case_commands(CLI::App& app, context& ctx);
void add_meeting_commands(CLI::App& app, context& ctx);
void add_household_commands(CLI::App& app, context& ctx);
void add_employer_commands(CLI::App& app, context& ctx);
void add_agency_commands(CLI::App& app, context& ctx);
void add_match_command(CLI::App& app, context& ctx);
void add_event_commands(CLI::App& app, context& ctx);
void add_eval_command(CLI::App& app, context& ctx);
void add_history_command(CLI::App& app, context& ctx);
void add_schema_command(CLI::App& app, context& ctx);
void add_sim_commands(CLI::App& app, context& ctx);
void add_db_commands(CLI::App& app, context& ctx);
void add_test_command(CLI::App& app, context& ctx);
void add_check_command(CLI::App& app, context& ctx);
void add_rules_commands(CLI::App& app, context& ctx);
void add_watch_command(CLI::App& app, context& ctx);
void add_batch_command(CLI::App& app, context& ctx);
void add_receipt_commands(CLI::App& app, context& ctx);
void add_serve_command(CLI::App& app, context& ctx);
void add_report_commands(CLI::App& app, context& ctx);
/// Runs hashigo-serve in this process's place when the command is `serve`; returns otherwise.
void forward_serve(int argc, char** argv, context& ctx);

}  // namespace hashigo::cli
