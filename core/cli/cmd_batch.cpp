// hashigo batch: JSON Lines of case files in, one decision per line out, over every core.
#include "context.hpp"
#include "progress.hpp"

#include <hashigo/app/batch.hpp>
#include <hashigo/error.hpp>

#include <fmt/format.h>

#include <charconv>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

namespace hashigo::cli {

namespace {

struct batch_cli_options {
  std::string input = "-";
  std::string output = "-";
  std::string region;
  std::string as_of;
  std::string shard;
  std::string format = "jsonl";
  unsigned jobs = 0;  // 0: every core
  bool replay = false;
  bool explain = false;
  bool lean = false;
  bool no_progress = false;
};

// `K/N` with 0 <= K < N: the slice of lines this process takes.
std::pair<unsigned, unsigned> parse_shard(const std::string& text) {
  const auto slash = text.find('/');
  unsigned k = 0, n = 0;
  auto number = [](std::string_view s, unsigned& v) {
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    return !s.empty() && r.ec == std::errc() && r.ptr == s.data() + s.size();
  };
  const std::string_view t = text;
  if (slash == std::string::npos || !number(t.substr(0, slash), k) || !number(t.substr(slash + 1), n) || n == 0 || k >= n)
    throw usage_error(message("error.batch_shard_form", text));
  return {k, n};
}

// The size of the input when it is a regular file (a redirected one included), for the bar's ETA.
std::optional<std::uint64_t> input_size(const std::string& path) {
  struct stat st {};
  const int rc = path == "-" ? ::fstat(STDIN_FILENO, &st) : ::stat(path.c_str(), &st);
  if (rc != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return static_cast<std::uint64_t>(st.st_size);
}

}  // namespace

void add_batch_command(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("batch", ctx.msg("help.batch"));
  auto o = std::make_shared<batch_cli_options>();
  cmd->add_option("input", o->input, ctx.msg("help.batch.input"));
  cmd->add_option("-o,--output", o->output, ctx.msg("help.batch.output"));
  cmd->add_option("--region", o->region, ctx.msg("help.batch.region"));
  cmd->add_option("--as-of", o->as_of, ctx.msg("help.eval.as_of"))->required();
  cmd->add_flag("--replay", o->replay, ctx.msg("help.eval.replay"));
  cmd->add_flag("--explain", o->explain, ctx.msg("help.batch.explain"));
  cmd->add_flag("--lean", o->lean, ctx.msg("help.eval.lean"))->excludes("--explain");
  cmd->add_option("-j,--jobs", o->jobs, ctx.msg("help.batch.jobs"));
  cmd->add_option("--shard", o->shard, ctx.msg("help.batch.shard"));
  cmd->add_option("--format", o->format, ctx.msg("help.batch.format"))->check(CLI::IsMember({"jsonl", "csv"}));
  cmd->add_flag("--no-progress", o->no_progress, ctx.msg("help.batch.no_progress"));
  cmd->callback([&ctx, o] {
    app::batch_options opts;
    opts.as_of = date::parse_or_throw(o->as_of, "--as-of");
    opts.engine.rules_root = ctx.rules_folder();
    opts.region = o->region;
    opts.replay = o->replay;
    opts.explain = o->explain;
    opts.lean = o->lean;
    opts.jobs = o->jobs != 0 ? o->jobs : std::max(1u, std::thread::hardware_concurrency());
    if (!o->shard.empty()) std::tie(opts.shard_index, opts.shard_count) = parse_shard(o->shard);
    opts.format = o->format == "csv" ? app::batch_format::csv : app::batch_format::jsonl;
    opts.limits = ctx.json_limits;
    opts.lang = ctx.language();

    std::ifstream file_in;
    if (o->input != "-") {
      std::error_code ec;
      if (!std::filesystem::is_regular_file(o->input, ec))
        throw input_error(o->input, message(ec || !std::filesystem::exists(o->input) ? "error.batch_no_input" : "error.batch_not_file"));
      file_in.open(o->input, std::ios::binary);
      if (!file_in) throw input_error(o->input, message("error.batch_no_input"));
    }
    std::istream& in = o->input == "-" ? std::cin : file_in;
    // Written to a temporary name and renamed at the end: a run that stops leaves no half file
    // where a finished one is expected.
    std::ofstream file_out;
    std::string partial;
    if (o->output != "-") {
      partial = o->output + ".partial";
      file_out.open(partial, std::ios::binary | std::ios::trunc);
      if (!file_out) throw input_error(o->output, message("error.batch_output"));
    }
    std::ostream& out = o->output == "-" ? std::cout : file_out;

    progress_bar bar(input_size(o->input), ctx.msg("batch.unit"), !o->no_progress && progress_bar::stderr_is_terminal());
    const auto summary = [&] {
      try {
        return app::run_batch(in, out, opts, [&](const app::batch_summary& s) { bar.update(s.lines, s.bytes_read); });
      } catch (...) {
        bar.finish();
        if (!partial.empty()) std::filesystem::remove(partial);
        throw;
      }
    }();
    bar.finish();
    if (!partial.empty()) {
      file_out.close();
      if (!file_out) throw input_error(o->output, message("error.batch_output"));
      std::filesystem::rename(partial, o->output);
    }
    const double secs = bar.elapsed();
    std::cerr << ctx.msg("batch.summary", summary.lines, summary.decided, summary.failed(), summary.input_errors,
                         summary.rule_errors, fmt::format("{:.1f}", secs),
                         fmt::format("{:.0f}", secs > 0 ? static_cast<double>(summary.lines) / secs : 0.0))
              << '\n';
    if (summary.intake_only > 0) std::cerr << ctx.msg("batch.intake_only", summary.intake_only) << '\n';
    if (summary.failed() > 0) ctx.exit_status = 1;  // some lines gave no decision (docs/headless.md)
  });
}

}  // namespace hashigo::cli
