#include "context.hpp"
#include "errors.hpp"
#include "pack_path.hpp"
#include "text.hpp"

#include <hashigo/authoring/check.hpp>
#include <hashigo/authoring/pack_tests.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>

#include <fmt/format.h>

#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <thread>

namespace hashigo::cli {

namespace fs = std::filesystem;

namespace {

volatile std::sig_atomic_t g_stop = 0;

// Modification times of every file of the pack, its bases and the case file: a change in any
// of them triggers a run.
std::map<std::string, fs::file_time_type> snapshot(const fs::path& root, const std::vector<std::string>& regions,
                                                   const std::string& case_file) {
  std::map<std::string, fs::file_time_type> out;
  std::error_code ec;
  for (const auto& r : regions)
    for (auto it = fs::recursive_directory_iterator(root / r, ec); it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file(ec)) out[it->path().string()] = it->last_write_time(ec);
  if (!case_file.empty()) out[case_file] = fs::last_write_time(case_file, ec);
  return out;
}

struct watch_options {
  std::string pack;
  std::string case_file;
  std::string as_of;
  int interval_ms = 300;
  int runs = 0;  // 0: until interrupted
  double time_budget = 60;  // seconds for each check (0: none)
};

}  // namespace

void add_watch_command(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("watch", ctx.msg("help.watch"));
  auto o = std::make_shared<watch_options>();
  cmd->add_option("pack", o->pack, ctx.msg("help.pack"))->required();
  cmd->add_option("--case", o->case_file, ctx.msg("help.watch.case"));
  cmd->add_option("--as-of", o->as_of, ctx.msg("help.watch.as_of"));
  cmd->add_option("--interval", o->interval_ms, ctx.msg("help.watch.interval"))->check(CLI::Range(50, 10000).description(ctx.msg("help.range", 50, 10000)));
  cmd->add_option("--runs", o->runs, ctx.msg("help.watch.runs"));
  cmd->add_option("--time-budget", o->time_budget, ctx.msg("help.watch.time_budget"))
      ->check(CLI::Range(0.0, 86400.0).description(ctx.msg("help.range", 0, 86400)));
  cmd->callback([&ctx, o] {
    const auto where = resolve_pack(ctx, o->pack);
    engine::engine_options opts;
    opts.rules_root = where.root;
    engine::engine eng(opts);  // one live engine: edits reach it through reload()
    std::signal(SIGINT, [](int) { g_stop = 1; });
    std::signal(SIGTERM, [](int) { g_stop = 1; });
    std::vector<std::string> chain{where.region};
    std::map<std::string, fs::file_time_type> seen;
    int runs = 0;
    bool loaded = false;
    while (!g_stop) {
      auto now = snapshot(where.root, chain, o->case_file);
      if (now != seen) {
        seen = now;
        ++runs;
        fmt::print("── {} #{} ──\n", ctx.msg("watch.run"), runs);
        // check: the same gate hot reload uses
        const auto findings = authoring::check_pack(
            where.root, where.region, {std::chrono::milliseconds(static_cast<std::int64_t>(o->time_budget * 1000))});
        for (const auto& f : findings) fmt::print("{}:{}: {}: {}\n", f.file, f.line, f.code, f.message);
        const std::string errors = authoring::errors_text(findings);
        fmt::print("{}\n", ctx.msg("watch.check", ctx.msg(errors.empty() ? "watch.clean" : "watch.errors")));
        try {
          if (!loaded) {
            chain = eng.pack(where.region).chain;
            seen = snapshot(where.root, chain, o->case_file);
            loaded = errors.empty();
            if (!loaded) throw rule_error("RULE008", message("error.not_clean"));
            ctx.names.use_pack(eng.pack(where.region));
          } else {
            for (const auto& r : eng.reload([&](const engine::pack_summary&) { return errors; }))
              fmt::print("{}\n", ctx.msg("watch.reload", r.region,
                                          r.swapped ? fmt::format("{} → {}", r.old_digest.substr(0, 12), r.new_digest.substr(0, 12))
                                                    : ctx.msg("watch.keeping", r.error)));
          }
          const auto report = authoring::run_pack_tests(eng, where.region, {{}, nullptr, ctx.language()});
          for (const auto& r : report.results)
            if (!r.passed && !r.skipped) {
              fmt::print("{} {}: {}\n", ctx.msg("test.fail"), r.file, r.name);
              for (const auto& d : r.differences) fmt::print("       {}\n", d);
            }
          fmt::print("{}\n", ctx.msg("watch.tests", report.passed(), report.failed(), report.skipped()));
          if (!o->case_file.empty()) {
            auto file = ctx.read_case_file(o->case_file);
            cases::sort_events(file.events);
            if (file.events.empty()) throw input_error(o->case_file, message("error.no_events"));
            const date day = o->as_of.empty() ? file.events.back().on : date::parse_or_throw(o->as_of, "--as-of");
            const auto d = eng.evaluate(cases::fold(file.header, file.events, day), where.region);
            fmt::print("{}", decision_text(ctx, d, audience::staff, false));
          }
        } catch (const error& e) {
          fmt::print("{}\n", error_text(ctx, e));  // a broken save is reported, and watching goes on
        }
        std::fflush(stdout);
        if (o->runs > 0 && runs >= o->runs) break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(o->interval_ms));
    }
  });
}

}  // namespace hashigo::cli
