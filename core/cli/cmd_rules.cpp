#include "context.hpp"
#include "pack_path.hpp"

#include <hashigo/app/packs.hpp>
#include <hashigo/authoring/pack_diff.hpp>

#include <fmt/format.h>

#include <memory>
#include <vector>

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
  std::string out = param.unit.empty() ? "" : fmt::format(" ({})", param.unit);
  switch (param.basis) {
    case pack::basis::none: out += ctx.msg("rules.basis_none"); break;
    case pack::basis::default_value: out += ctx.msg("rules.basis_default"); break;
    default: out += "  " + ctx.name("basis", std::string(pack::to_string(param.basis))); break;
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

// `a → b → c` with each rung by its name (Japanese) or code (English).
std::string rungs_text(context& ctx, const std::vector<std::string>& rungs) {
  std::string out;
  for (const auto& r : rungs) out += (out.empty() ? "" : " → ") + (ctx.language() == "ja" ? ctx.name("rung", r) : r);
  return out;
}

void print_show(context& ctx, const engine::pack_summary& p) {
  ctx.names.use_pack(p);
  std::string chain;
  for (std::size_t i = 1; i < p.chain.size(); ++i) chain += (chain.empty() ? "" : " → ") + p.chain[i];
  if (chain.empty()) chain = ctx.msg("rules.base_pack");
  fmt::print("{} — {} ({})\n", p.region, ctx.pick(p.name), p.version);
  fmt::print("{}: {}\n{}: {}\n", ctx.msg("rules.extends"), chain, ctx.msg("rules.digest"), p.digest);
  if (!p.description.en.empty() || !p.description.ja.empty()) fmt::print("{}\n", ctx.pick(p.description));
  if (!p.sources.empty()) fmt::print("{}: {}\n", ctx.msg("rules.sources"), sources_line(ctx, p));
  fmt::print("\n{}\n", ctx.msg("rules.ladder"));
  for (const auto s : cases::all_stages) {
    const std::string stage = ctx.name("stage", std::string(cases::to_string(s)));
    const std::string rungs = p.ladder.rungs.count(s) ? rungs_text(ctx, p.ladder.rungs.at(s)) : "";
    fmt::print("  {}{} {}\n", stage, std::string(stage.size() < 13 ? 13 - stage.size() : 0, ' '), rungs);
  }
  fmt::print("\n{}\n", ctx.msg("rules.rules"));
  std::string module;
  std::vector<const pack::rule*> listed;  // the rules, then matching.lua's criteria
  for (const auto& r : p.rules) listed.push_back(&r);
  for (const auto& r : p.criteria) listed.push_back(&r);
  for (const auto* rp : listed) {
    const auto& r = *rp;
    if (r.module != module) fmt::print("  [{}]\n", ctx.name("module", module = r.module));
    std::string origin = r.defined_in == p.region ? (p.chain.size() > 1 && r.defined_in != p.chain.back() ? ctx.msg("rules.own") : "")
                                                  : ctx.msg("rules.from", r.defined_in);
    if (!r.replaces.empty()) origin += ctx.msg("rules.replaces", r.replaces);
    std::string supersedes;
    for (const auto& id : r.supersedes) supersedes += (supersedes.empty() ? "" : ", ") + id;
    fmt::print("    {:<8} {:<44} {}:{}{}{}{}\n", r.id, ctx.pick(r.title), r.file, r.line, origin.empty() ? "" : "  (" + origin + ")",
               r.allows_skip ? ctx.msg("rules.may_skip") : "", supersedes.empty() ? "" : ctx.msg("rules.supersedes", supersedes));
    if (r.applies_to.narrows()) {
      std::string scope;
      for (const auto s : r.applies_to.stages) scope += (scope.empty() ? "" : ", ") + std::string(ctx.name("stage", std::string(cases::to_string(s))));
      if (!r.applies_to.stages.empty() && !r.applies_to.statuses.empty()) scope += " · ";
      for (std::size_t i = 0; i < r.applies_to.statuses.size(); ++i)
        scope += (i ? ", " : "") + std::string(ctx.name("status", std::string(cases::to_string(r.applies_to.statuses[i]))));
      fmt::print("             {}: {}\n", ctx.msg("rules.applies_to"), scope);
    }
    if (!r.references.empty()) fmt::print("             {}: {}\n", ctx.msg("rules.references"), cited(ctx, r.references));
  }
  if (!p.disabled.empty()) {
    std::string ids;
    for (const auto& id : p.disabled) ids += (ids.empty() ? "" : ", ") + id;
    fmt::print("  {}: {}\n", ctx.msg("rules.disabled"), ids);
  }
  fmt::print("\n{}\n", ctx.msg("rules.parameters"));
  for (const auto& param : p.parameters)
    fmt::print("    {:<32} {}  [{}]{}\n", param.name, authoring::describe_values(param, ctx.language()), param.defined_in,
               provenance_of(ctx, param));
  // Declarations: each code with its name, the code kept so an author can write it.
  for (const auto& [key, value] : p.declarations) {
    fmt::print("\n{}\n", text::has("rules.declaration." + key) ? ctx.msg("rules.declaration." + key) : key + ":");
    for (auto it = value.begin(); value.is_object() && it != value.end(); ++it) {
      const auto& e = *it;
      const std::string named = e.contains(ctx.language()) && e[ctx.language()].is_string() ? e[ctx.language()].get<std::string>()
                                : e.contains("en") && e["en"].is_string()                 ? e["en"].get<std::string>()
                                                                                           : e.value("ja", std::string());
      fmt::print("    {:<24} {}\n", it.key(), named);
    }
  }
}

}  // namespace

void add_rules_commands(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("rules", ctx.msg("help.rules_cmd"));
  cmd->require_subcommand(1);
  auto* show = cmd->add_subcommand("show", ctx.msg("help.rules.show"));
  auto region = std::make_shared<std::string>();
  auto as_json = std::make_shared<bool>(false);
  show->add_option("region", *region, ctx.msg("help.rules.show.region"))->required();
  show->add_flag("--json", *as_json, ctx.msg("help.rules.show.json"));
  show->callback([&ctx, region, as_json] {
    const auto summary = load_summary(ctx, *region);
    if (*as_json)
      fmt::print("{}\n", app::pack_json(summary).dump(2));
    else
      print_show(ctx, summary);
  });

  auto* diff = cmd->add_subcommand("diff", ctx.msg("help.rules.diff"));
  struct diff_options {
    std::vector<std::string> regions;
    bool markdown = false;
  };
  auto o = std::make_shared<diff_options>();
  diff->add_option("regions", o->regions, ctx.msg("help.rules.diff.regions"))->required()->expected(2, -1);
  diff->add_flag("--markdown", o->markdown, ctx.msg("help.rules.diff.markdown"));
  diff->callback([&ctx, o] {
    std::vector<engine::pack_summary> packs;
    for (const auto& r : o->regions) packs.push_back(load_summary(ctx, r));
    if (packs.size() == 2 && !o->markdown) {
      const auto& a = packs[0];
      const auto& b = packs[1];
      const auto diffs = authoring::diff_packs(a, b, ctx.language());
      fmt::print("{}\n", ctx.msg("rules.differences", a.region, b.region));
      const bool ja = ctx.language() == "ja";
      // In Japanese a rung list shows the rungs' names (each pack's own), and its stage by name.
      auto rungs = [&](const engine::pack_summary& p, const std::string& listed) {
        if (!ja || listed == "—") return listed;
        std::vector<std::string> codes;
        for (std::size_t at = 0; at <= listed.size();) {
          const auto next = listed.find(" → ", at);
          codes.push_back(listed.substr(at, next == std::string::npos ? std::string::npos : next - at));
          if (next == std::string::npos) break;
          at = next + std::string(" → ").size();
        }
        ctx.names.use_pack(p);
        return rungs_text(ctx, codes);
      };
      for (const auto& d : diffs) {
        const std::string kind = text::label("diff.kind", d.kind, ctx.language()).value_or(d.kind);
        const bool rung_row = d.kind == "rungs";
        const std::string name = rung_row ? ctx.name("stage", d.name) : d.name;
        fmt::print("  {:<11} {:<30} {}: {}\n  {:<11} {:<30} {}: {}\n", kind, name, a.region, rung_row ? rungs(a, d.a) : d.a, "",
                   "", b.region, rung_row ? rungs(b, d.b) : d.b);
      }
      fmt::print("{}\n", ctx.msg("rules.difference_count", diffs.size()));
      return;
    }
    fmt::print("{}", authoring::comparison_table(packs, ctx.language()));
  });
}

}  // namespace hashigo::cli
