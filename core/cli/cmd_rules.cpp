#include "context.hpp"
#include "pack_path.hpp"

#include <hashigo/authoring/pack_diff.hpp>

#include <fmt/format.h>

#include <memory>

namespace hashigo::cli {

namespace {

engine::pack_summary load_summary(context& ctx, const std::string& arg) {
  const auto where = resolve_pack(ctx, arg);
  engine::engine_options opts;
  opts.rules_root = where.root;
  engine::engine eng(opts);
  return eng.pack(where.region);
}

void print_show(context& ctx, const engine::pack_summary& p) {
  const bool ja = ctx.language() == "ja";
  std::string chain;
  for (std::size_t i = 1; i < p.chain.size(); ++i) chain += (chain.empty() ? "" : " → ") + p.chain[i];
  if (chain.empty()) chain = ja ? "なし（基準パック）" : "nothing (a base pack)";
  fmt::print("{} — {} ({})\n", p.region, ctx.pick(p.name), p.version);
  fmt::print("{}: {}\n{}: {}\n", ja ? "継承" : "extends", chain, ja ? "ダイジェスト" : "digest", p.digest);
  if (!p.description.en.empty() || !p.description.ja.empty()) fmt::print("{}\n", ctx.pick(p.description));
  fmt::print("\n{}\n", ja ? "梯子:" : "ladder:");
  for (const auto s : cases::all_stages) {
    std::string rungs;
    if (p.ladder.rungs.count(s))
      for (const auto& r : p.ladder.rungs.at(s)) rungs += (rungs.empty() ? "" : " → ") + r;
    fmt::print("  {:<13} {}\n", cases::to_string(s), rungs);
  }
  fmt::print("\n{}\n", ja ? "ルール（評価順）:" : "rules (in evaluation order):");
  std::string module;
  for (const auto& r : p.rules) {
    if (r.module != module) fmt::print("  [{}]\n", module = r.module);
    std::string origin = r.defined_in == p.region ? (p.chain.size() > 1 && r.defined_in != p.chain.back() ? "own" : "")
                                                  : "from " + r.defined_in;
    if (!r.replaces.empty()) origin += fmt::format(", replaces {}'s", r.replaces);
    std::string supersedes;
    for (const auto& id : r.supersedes) supersedes += (supersedes.empty() ? "" : ", ") + id;
    fmt::print("    {:<8} {:<44} {}:{}{}{}{}\n", r.id, ctx.pick(r.title), r.file, r.line, origin.empty() ? "" : "  (" + origin + ")",
               r.allows_skip ? (ja ? "  飛び越し可" : "  may skip") : "",
               supersedes.empty() ? "" : fmt::format("  supersedes {}", supersedes));
  }
  if (!p.disabled.empty()) {
    std::string ids;
    for (const auto& id : p.disabled) ids += (ids.empty() ? "" : ", ") + id;
    fmt::print("  {}: {}\n", ja ? "無効化" : "disabled", ids);
  }
  fmt::print("\n{}\n", ja ? "パラメータ（基準日ごとの値）:" : "parameters (value in force from each date):");
  for (const auto& param : p.parameters)
    fmt::print("    {:<32} {}  [{}]\n", param.name, authoring::describe_values(param), param.defined_in);
  for (const auto& [key, value] : p.declarations) fmt::print("\n{}: {}\n", key, value.dump());
}

}  // namespace

void add_rules_commands(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("rules", "inspect rule packs");
  cmd->require_subcommand(1);
  auto* show = cmd->add_subcommand("show", "the effective rule set of a region, and where each rule and value comes from");
  auto region = std::make_shared<std::string>();
  show->add_option("region", *region, "region name or pack folder")->required();
  show->callback([&ctx, region] { print_show(ctx, load_summary(ctx, *region)); });

  auto* diff = cmd->add_subcommand("diff", "parameters and rules that differ between packs (two: side by side; more, or --markdown: a table)");
  struct diff_options {
    std::vector<std::string> regions;
    bool markdown = false;
  };
  auto o = std::make_shared<diff_options>();
  diff->add_option("regions", o->regions, "two or more regions or pack folders")->required()->expected(2, -1);
  diff->add_flag("--markdown", o->markdown, "print a Markdown table with one column per pack");
  diff->callback([&ctx, o] {
    std::vector<engine::pack_summary> packs;
    for (const auto& r : o->regions) packs.push_back(load_summary(ctx, r));
    if (packs.size() == 2 && !o->markdown) {
      const auto& a = packs[0];
      const auto& b = packs[1];
      const auto diffs = authoring::diff_packs(a, b);
      fmt::print("{} {} ↔ {}\n", ctx.language() == "ja" ? "差分" : "differences", a.region, b.region);
      for (const auto& d : diffs)
        fmt::print("  {:<11} {:<30} {}: {}\n  {:<11} {:<30} {}: {}\n", d.kind, d.name, a.region, d.a, "", "", b.region, d.b);
      fmt::print("{} difference(s)\n", diffs.size());
      return;
    }
    fmt::print("{}", authoring::comparison_table(packs));
  });
}

}  // namespace hashigo::cli
