#include "context.hpp"
#include "pack_path.hpp"

#include <hashigo/authoring/check.hpp>
#include <hashigo/error.hpp>

#include <fmt/format.h>

#include <memory>

namespace hashigo::cli {

void add_check_command(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("check", "load and lint a rule pack: file:line: code: message; exit 0 or 4");
  auto pack = std::make_shared<std::string>();
  cmd->add_option("pack", *pack, "pack folder, e.g. rules/chiba")->required();
  cmd->callback([&ctx, pack] {
    const auto where = resolve_pack(ctx, *pack);
    const auto findings = authoring::check_pack(where.root, where.region);
    int errors = 0, warnings = 0;
    for (const auto& f : findings) {
      fmt::print("{}:{}: {}: {}{}\n", f.file, f.line, f.code, f.severity == "warning" ? "warning: " : "", f.message);
      (f.severity == "error" ? errors : warnings)++;
    }
    if (ctx.language() == "ja")
      fmt::print("{}: エラー {}件、警告 {}件\n", *pack, errors, warnings);
    else
      fmt::print("{}: {} error(s), {} warning(s)\n", *pack, errors, warnings);
    if (errors > 0) throw rule_error("RULE008", fmt::format("{}: the pack has {} error(s)", *pack, errors));
  });
}

}  // namespace hashigo::cli
