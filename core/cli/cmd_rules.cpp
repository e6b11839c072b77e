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

// The documents a rule or parameter cites, by title and section in the output's language.
std::string cited(context& ctx, const std::vector<pack::reference>& refs) {
  std::string out;
  for (const auto& r : refs) out += (out.empty() ? "" : "; ") + ctx.pick(r.title) + (r.section.empty() ? "" : " " + r.section);
  return out;
}

// A parameter's unit and basis; a default is marked apart from values a source fixed.
std::string provenance_of(context& ctx, const engine::parameter_summary& param) {
  const bool ja = ctx.language() == "ja";
  std::string out = param.unit.empty() ? "" : fmt::format(" ({})", param.unit);
  switch (param.basis) {
    case pack::basis::none: out += ja ? "  根拠未記載" : "  no basis"; break;
    case pack::basis::default_value: out += ja ? "  ◆既定値（出典なし）" : "  ◆DEFAULT (no source)"; break;
    default: out += fmt::format("  {}", pack::to_string(param.basis)); break;
  }
  if (!param.references.empty()) out += fmt::format(": {}", cited(ctx, param.references));
  return out;
}

// The documents the pack as a whole encodes, by title.
std::string sources_line(context& ctx, const engine::pack_summary& p) {
  std::string out;
  for (const auto& id : p.sources)
    if (const auto* d = p.document_named(id)) out += (out.empty() ? "" : "; ") + ctx.pick(d->title);
  return out;
}

nlohmann::json loc(const cases::localized& l) { return {{"ja", l.ja}, {"en", l.en}}; }

nlohmann::json references_json(const std::vector<pack::reference>& refs) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : refs)
    out.push_back({{"id", r.id}, {"title", loc(r.title)}, {"section", r.section}, {"quote", r.quote}, {"url", r.url},
                   {"kind", r.kind}, {"publisher", r.publisher}});
  return out;
}

// `rules show --json`: the same as the text, with every reference resolved and every basis named.
nlohmann::json show_json(const engine::pack_summary& p) {
  nlohmann::json rules = nlohmann::json::array();
  for (const auto& r : p.rules)
    rules.push_back({{"id", r.id}, {"title", loc(r.title)}, {"module", r.module}, {"where", r.where},
                     {"defined_in", r.defined_in}, {"replaces", r.replaces}, {"allows_skip", r.allows_skip},
                     {"supersedes", r.supersedes}, {"references", references_json(r.references)}, {"note", loc(r.note)}});
  nlohmann::json params = nlohmann::json::array();
  for (const auto& q : p.parameters) {
    nlohmann::json values = nlohmann::json::array();
    for (const auto& v : q.values) values.push_back({{"since", v.since.empty() ? nlohmann::json(nullptr) : nlohmann::json(v.since)}, {"value", v.value}});
    params.push_back({{"name", q.name}, {"values", std::move(values)}, {"unit", q.unit},
                      {"basis", q.basis == pack::basis::none ? nlohmann::json(nullptr) : nlohmann::json(pack::to_string(q.basis))},
                      {"default", q.basis == pack::basis::default_value}, {"references", references_json(q.references)},
                      {"note", loc(q.note)}, {"defined_in", q.defined_in}});
  }
  nlohmann::json bibliography = nlohmann::json::array();
  for (const auto& d : p.bibliography)
    bibliography.push_back({{"id", d.id}, {"title", loc(d.title)}, {"kind", d.kind}, {"publisher", d.publisher},
                            {"url", d.url}, {"date", d.date}, {"note", d.note}});
  return {{"region", p.region}, {"name", loc(p.name)}, {"version", p.version}, {"digest", p.digest}, {"chain", p.chain},
          {"sources", p.sources}, {"disabled", p.disabled}, {"rules", std::move(rules)}, {"parameters", std::move(params)},
          {"bibliography", std::move(bibliography)}};
}

void print_show(context& ctx, const engine::pack_summary& p) {
  const bool ja = ctx.language() == "ja";
  std::string chain;
  for (std::size_t i = 1; i < p.chain.size(); ++i) chain += (chain.empty() ? "" : " → ") + p.chain[i];
  if (chain.empty()) chain = ja ? "なし（基準パック）" : "nothing (a base pack)";
  fmt::print("{} — {} ({})\n", p.region, ctx.pick(p.name), p.version);
  fmt::print("{}: {}\n{}: {}\n", ja ? "継承" : "extends", chain, ja ? "ダイジェスト" : "digest", p.digest);
  if (!p.description.en.empty() || !p.description.ja.empty()) fmt::print("{}\n", ctx.pick(p.description));
  if (!p.sources.empty()) fmt::print("{}: {}\n", ja ? "出典" : "sources", sources_line(ctx, p));
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
    if (!r.references.empty()) fmt::print("             {}: {}\n", ja ? "出典" : "references", cited(ctx, r.references));
  }
  if (!p.disabled.empty()) {
    std::string ids;
    for (const auto& id : p.disabled) ids += (ids.empty() ? "" : ", ") + id;
    fmt::print("  {}: {}\n", ja ? "無効化" : "disabled", ids);
  }
  fmt::print("\n{}\n", ja ? "パラメータ（基準日ごとの値）:" : "parameters (value in force from each date):");
  for (const auto& param : p.parameters)
    fmt::print("    {:<32} {}  [{}]{}\n", param.name, authoring::describe_values(param), param.defined_in,
               provenance_of(ctx, param));
  for (const auto& [key, value] : p.declarations) fmt::print("\n{}: {}\n", key, value.dump());
}

}  // namespace

void add_rules_commands(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("rules", "inspect rule packs");
  cmd->require_subcommand(1);
  auto* show = cmd->add_subcommand("show", "the effective rule set of a region, and where each rule and value comes from");
  auto region = std::make_shared<std::string>();
  auto as_json = std::make_shared<bool>(false);
  show->add_option("region", *region, "region name or pack folder")->required();
  show->add_flag("--json", *as_json, "print the rules, parameters (unit, basis, references) and bibliography as JSON");
  show->callback([&ctx, region, as_json] {
    const auto summary = load_summary(ctx, *region);
    if (*as_json)
      fmt::print("{}\n", show_json(summary).dump(2));
    else
      print_show(ctx, summary);
  });

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
