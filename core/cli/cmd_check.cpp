#include "context.hpp"
#include "pack_path.hpp"

#include <hashigo/authoring/check.hpp>
#include <hashigo/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <memory>

namespace hashigo::cli {

void add_check_command(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("check", ctx.msg("help.check"));
  auto pack = std::make_shared<std::string>();
  auto budget = std::make_shared<double>(60);
  cmd->add_option("pack", *pack, ctx.msg("help.pack"))->required();
  cmd->add_option("--time-budget", *budget, ctx.msg("help.check.time_budget"))
      ->check(CLI::Range(0.0, 86400.0).description(ctx.msg("help.range", 0, 86400)));
  cmd->callback([&ctx, pack, budget] {
    const auto where = resolve_pack(ctx, *pack);
    const auto findings = authoring::check_pack(
        where.root, where.region, {std::chrono::milliseconds(static_cast<std::int64_t>(*budget * 1000))});
    int errors = 0, warnings = 0;
    for (const auto& f : findings) {
      const auto& shown = ctx.language() == "ja" && !f.message_ja.empty() ? f.message_ja : f.message;
      fmt::print("{}:{}: {}: {}{}\n", f.file, f.line, f.code, f.severity == "warning" ? ctx.msg("lint.warning") : "", shown);
      (f.severity == "error" ? errors : warnings)++;
    }
    fmt::print("{}\n", ctx.msg("lint.summary", *pack, errors, warnings));
    // Stopped by the time budget: the finding (slowest rules and their shares) is the message.
    const auto stopped = std::find_if(findings.begin(), findings.end(),
                                      [](const auto& f) { return f.code == authoring::time_budget_finding; });
    if (stopped != findings.end()) throw rule_error(authoring::time_budget_code,
                       message("error.placed", *pack,
                               message::both(stopped->message_ja.empty() ? stopped->message : stopped->message_ja,
                                             stopped->message)));
    if (errors > 0) throw rule_error("RULE008", message("error.pack_errors", *pack, errors));
  });
}

}  // namespace hashigo::cli
