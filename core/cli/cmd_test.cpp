#include "context.hpp"
#include "pack_path.hpp"

#include <hashigo/authoring/pack_tests.hpp>
#include <hashigo/error.hpp>

#include <fmt/format.h>

#include <memory>

namespace hashigo::cli {

void add_test_command(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("test", ctx.msg("help.test"));
  struct options {
    std::string pack;
    bool coverage = false;
  };
  auto o = std::make_shared<options>();
  cmd->add_option("pack", o->pack, ctx.msg("help.pack"))->required();
  cmd->add_flag("--coverage", o->coverage, ctx.msg("help.test.coverage"));
  cmd->callback([&ctx, o] {
    const auto where = resolve_pack(ctx, o->pack);
    engine::engine_options opts;
    opts.rules_root = where.root;
    engine::engine eng(opts);
    const auto report = authoring::run_pack_tests(eng, where.region, {{}, nullptr, ctx.language()});
    for (const auto& r : report.results) {
      std::string patched;
      for (const auto& p : r.patched_by) patched += (patched.empty() ? "" : ", ") + p;
      const std::string origin =
          r.region == report.region ? ""
          : patched.empty()         ? fmt::format(" [{}]", r.region)
                                    : ctx.msg("test.patched", r.region, patched);
      if (r.skipped) {
        fmt::print("{} {}: {}{} ({})\n", ctx.msg("test.skip"), r.file, r.name, origin, r.skip_reason);
      } else if (r.passed) {
        fmt::print("{} {}: {}{}\n", ctx.msg("test.ok"), r.file, r.name, origin);
      } else {
        fmt::print("{} {}: {}{}\n", ctx.msg("test.fail"), r.file, r.name, origin);
        for (const auto& d : r.differences) fmt::print("       {}\n", d);
      }
    }
    if (o->coverage) {
      if (report.unreached.empty())
        fmt::print("{}\n", ctx.msg("test.coverage_all"));
      for (const auto& r : report.unreached)
        fmt::print("{}\n", ctx.msg("test.unreached", r.file, r.line, r.id));
    }
    fmt::print("{}\n", ctx.msg("test.summary", report.passed(), report.failed(), report.skipped()));
    if (report.failed() > 0)
      throw rule_error("RULE006", message("error.tests_failed", o->pack, report.failed()));
    if (o->coverage && !report.unreached.empty())
      throw rule_error("RULE007", message("error.unreached", o->pack, report.unreached.size()));
  });
}

}  // namespace hashigo::cli
