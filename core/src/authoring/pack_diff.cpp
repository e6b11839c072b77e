#include <hashigo/authoring/pack_diff.hpp>
#include <hashigo/text/messages.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace hashigo::authoring {

std::string describe_values(const engine::parameter_summary& p, const std::string& lang) {
  std::string out;
  for (const auto& [since, value] : p.values) {
    if (!out.empty()) out += "; ";
    // A yes or no reads as one in the chosen language; other values are shown as the pack wrote them.
    const std::string shown = value.is_boolean() ? text::msg(value.get<bool>() ? "value.true" : "value.false", lang) : value.dump();
    out += since.empty() ? shown : text::msg("diff.value_since", lang, shown, since);
  }
  return out;
}

namespace {

constexpr const char* k_absent = "—";

std::string rule_text(const engine::rule_summary& r, const std::string& lang) {
  const std::string& wanted = lang == "ja" ? r.title.ja : r.title.en;
  return fmt::format("{} ({})", wanted.empty() ? (r.title.en.empty() ? r.title.ja : r.title.en) : wanted, r.defined_in);
}

// One declared name (`programs.jyunbi`) in `lang`, the other language when it has only that.
std::string declared_name(const nlohmann::json& entry, const std::string& lang) {
  if (!entry.is_object()) return entry.dump();
  for (const char* key : {lang == "ja" ? "ja" : "en", lang == "ja" ? "en" : "ja"})
    if (entry.contains(key) && entry[key].is_string()) return entry[key].get<std::string>();
  return entry.dump();
}

std::string rungs_text(const std::vector<std::string>& rungs) {
  std::string out;
  for (const auto& r : rungs) out += (out.empty() ? "" : " → ") + r;
  return out.empty() ? k_absent : out;
}

template <class T, class Key, class Text>
void diff_named(const std::vector<T>& a, const std::vector<T>& b, const char* kind, Key key, Text text,
                std::vector<pack_difference>& out) {
  std::map<std::string, std::string> in_a, in_b;
  for (const auto& x : a) in_a[key(x)] = text(x);
  for (const auto& x : b) in_b[key(x)] = text(x);
  std::map<std::string, std::pair<std::string, std::string>> all;
  for (const auto& [k, v] : in_a) all[k] = {v, k_absent};
  for (const auto& [k, v] : in_b) {
    auto& e = all.try_emplace(k, std::pair<std::string, std::string>{k_absent, k_absent}).first->second;
    e.second = v;
  }
  for (const auto& [k, v] : all)
    if (v.first != v.second) out.push_back({kind, k, v.first, v.second});
}

}  // namespace

std::vector<pack_difference> diff_packs(const engine::pack_summary& a, const engine::pack_summary& b,
                                        const std::string& lang) {
  std::vector<pack_difference> out;
  diff_named(a.parameters, b.parameters, "parameter", [](const auto& p) { return p.name; },
             [&](const auto& p) { return describe_values(p, lang); }, out);
  // A rule differs when one pack lacks it or the packs take it from different files.
  diff_named(a.rules, b.rules, "rule", [](const auto& r) { return r.id; },
             [&](const auto& r) { return fmt::format("{} @ {}", rule_text(r, lang), r.file); }, out);
  diff_named(a.criteria, b.criteria, "criterion", [](const auto& r) { return r.id; },
             [&](const auto& r) { return fmt::format("{} @ {}", rule_text(r, lang), r.file); }, out);
  for (const auto s : cases::all_stages) {
    auto ra = a.ladder.rungs.count(s) ? a.ladder.rungs.at(s) : std::vector<std::string>{};
    auto rb = b.ladder.rungs.count(s) ? b.ladder.rungs.at(s) : std::vector<std::string>{};
    if (ra != rb) out.push_back({"rungs", std::string(cases::to_string(s)), rungs_text(ra), rungs_text(rb)});
  }
  // Declarations entry by entry (`programs.jyunbi`), each by its name in `lang`.
  std::map<std::string, std::pair<std::string, std::string>> decl;
  for (const auto& [k, v] : a.declarations)
    for (auto it = v.begin(); v.is_object() && it != v.end(); ++it) decl[k + "." + it.key()].first = declared_name(*it, lang);
  for (const auto& [k, v] : b.declarations)
    for (auto it = v.begin(); v.is_object() && it != v.end(); ++it) decl[k + "." + it.key()].second = declared_name(*it, lang);
  for (const auto& [k, v] : decl)
    if (v.first != v.second)
      out.push_back({"declaration", k, v.first.empty() ? k_absent : v.first, v.second.empty() ? k_absent : v.second});
  return out;
}

std::string comparison_table(const std::vector<engine::pack_summary>& packs, const std::string& lang) {
  // kind → name → pack index → text
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> rows;
  auto cell = [&](const std::string& kind, const std::string& name, std::size_t i, std::string text) {
    auto& row = rows[{kind, name}];
    row.resize(packs.size(), k_absent);
    row[i] = std::move(text);
  };
  for (std::size_t i = 0; i < packs.size(); ++i) {
    const auto& p = packs[i];
    for (const auto& param : p.parameters) cell("parameter", param.name, i, describe_values(param, lang));
    for (const auto& r : p.rules) cell("rule", r.id, i, r.defined_in);  // which pack's file decides
    for (const auto& r : p.criteria) cell("criterion", r.id, i, r.defined_in);
    for (const auto& [s, rungs] : p.ladder.rungs) cell("rungs", std::string(cases::to_string(s)), i, rungs_text(rungs));
  }
  auto escape = [](std::string t) {
    for (std::size_t at = t.find('|'); at != std::string::npos; at = t.find('|', at + 2)) t.replace(at, 1, "\\|");
    return t;
  };
  std::string out = text::msg("diff.table_head", lang);
  for (const auto& p : packs) out += " " + p.region + " |";
  out += "\n|---|---|";
  for (std::size_t i = 0; i < packs.size(); ++i) out += "---|";
  out += "\n";
  std::size_t shown = 0;
  for (auto& [key, row] : rows) {
    row.resize(packs.size(), k_absent);
    if (std::all_of(row.begin(), row.end(), [&](const std::string& c) { return c == row.front(); })) continue;
    out += "| " + text::label("diff.kind", key.first, lang).value_or(key.first) + " | " + escape(key.second) + " |";
    for (const auto& c : row) out.append(" ").append(escape(c)).append(" |");
    out += "\n";
    ++shown;
  }
  out += "\n" + text::msg("diff.table_foot", lang, shown, packs.size()) + "\n";
  return out;
}

}  // namespace hashigo::authoring
