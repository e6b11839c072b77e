#include "context.hpp"
#include "pack_path.hpp"

#include <hashigo/authoring/pack_tests.hpp>
#include <hashigo/error.hpp>

#include <fmt/format.h>

#include <memory>

namespace hashigo::cli {

void add_test_command(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("test", "run a rule pack's tests (rules/<region>/tests/*.lua) and its bases' tests");
  struct options {
    std::string pack;
    bool coverage = false;
  };
  auto o = std::make_shared<options>();
  cmd->add_option("pack", o->pack, "pack folder, e.g. rules/chiba")->required();
  cmd->add_flag("--coverage", o->coverage, "list the rules no test makes fire (and fail if any)");
  cmd->callback([&ctx, o] {
    const auto where = resolve_pack(ctx, o->pack);
    engine::engine_options opts;
    opts.rules_root = where.root;
    engine::engine eng(opts);
    const auto report = authoring::run_pack_tests(eng, where.region);
    const bool ja = ctx.language() == "ja";
    for (const auto& r : report.results) {
      std::string patched;
      for (const auto& p : r.patched_by) patched += (patched.empty() ? "" : ", ") + p;
      const std::string origin =
          r.region == report.region ? ""
          : patched.empty()         ? fmt::format(" [{}]", r.region)
                                    : fmt::format(fmt::runtime(ja ? " [{}、{} が修正]" : " [{}, patched by {}]"), r.region, patched);
      if (r.skipped) {
        fmt::print("SKIP {}: {}{} ({})\n", r.file, r.name, origin, r.skip_reason);
      } else if (r.passed) {
        fmt::print("ok   {}: {}{}\n", r.file, r.name, origin);
      } else {
        fmt::print("FAIL {}: {}{}\n", r.file, r.name, origin);
        for (const auto& d : r.differences) fmt::print("       {}\n", d);
      }
    }
    if (o->coverage) {
      if (report.unreached.empty())
        fmt::print(fmt::runtime(ja ? "カバレッジ: すべてのルールがテストで発火しました\n" : "coverage: every rule fires in some test\n"));
      for (const auto& r : report.unreached)
        fmt::print(fmt::runtime(ja ? "{}:{}: 未到達: {} はどのテストでも発火しません\n" : "{}:{}: unreached: no test makes {} fire\n"),
                   r.file, r.line, r.id);
    }
    fmt::print("{} passed, {} failed, {} skipped\n", report.passed(), report.failed(), report.skipped());
    if (report.failed() > 0)
      throw rule_error("RULE006", fmt::format("{}: {} pack test(s) failed", o->pack, report.failed()));
    if (o->coverage && !report.unreached.empty())
      throw rule_error("RULE007", fmt::format("{}: {} rule(s) not reached by any test", o->pack, report.unreached.size()));
  });
}

}  // namespace hashigo::cli
