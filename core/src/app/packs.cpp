#include <hashigo/app/packs.hpp>
#include <hashigo/authoring/check.hpp>

namespace hashigo::app {

namespace {

nlohmann::json loc(const cases::localized& l) { return {{"ja", l.ja}, {"en", l.en}}; }

nlohmann::json references_json(const std::vector<pack::reference>& refs) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : refs)
    out.push_back({{"id", r.id}, {"title", loc(r.title)}, {"section", r.section}, {"quote", r.quote}, {"url", r.url},
                   {"kind", r.kind}, {"publisher", r.publisher}});
  return out;
}

}  // namespace

namespace {
// {"stages": […], "statuses": […]}: empty lists where the rule applies to any.
nlohmann::json applies_to_json(const pack::rule_scope& scope) {
  nlohmann::json stages = nlohmann::json::array(), statuses = nlohmann::json::array();
  for (const auto s : scope.stages) stages.push_back(cases::to_string(s));
  for (const auto s : scope.statuses) statuses.push_back(cases::to_string(s));
  return {{"stages", std::move(stages)}, {"statuses", std::move(statuses)}};
}
}  // namespace

nlohmann::json pack_json(const engine::pack_summary& p) {
  nlohmann::json rules = nlohmann::json::array(), criteria = nlohmann::json::array();
  for (const auto& r : p.rules)
    rules.push_back({{"id", r.id}, {"title", loc(r.title)}, {"module", r.module}, {"where", r.where},
                     {"defined_in", r.defined_in}, {"replaces", r.replaces}, {"allows_skip", r.allows_skip},
                     {"supersedes", r.supersedes}, {"applies_to", applies_to_json(r.applies_to)},
                     {"references", references_json(r.references)}, {"note", loc(r.note)}});
  for (const auto& r : p.criteria)  // matching.lua (docs/employers.md)
    criteria.push_back({{"id", r.id}, {"title", loc(r.title)}, {"module", r.module}, {"where", r.where},
                        {"defined_in", r.defined_in}, {"replaces", r.replaces}, {"applies_to", applies_to_json(r.applies_to)},
                        {"references", references_json(r.references)}, {"note", loc(r.note)}});
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
          {"sources", p.sources}, {"disabled", p.disabled}, {"rules", std::move(rules)}, {"criteria", std::move(criteria)}, {"parameters", std::move(params)},
          {"bibliography", std::move(bibliography)}};
}

nlohmann::json pack_brief_json(const engine::pack_summary& p) {
  return {{"region", p.region}, {"name", loc(p.name)}, {"version", p.version}, {"digest", p.digest},
          {"chain", p.chain}, {"in_force_from", p.in_force_from.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.in_force_from)},
          {"rules", p.rules.size()}};
}

reload_gate::reload_gate(std::filesystem::path rules_root, std::chrono::milliseconds budget)
    : root_(std::move(rules_root)), budget_(budget) {}

std::string reload_gate::operator()(const engine::pack_summary& candidate) {
  auto it = by_digest_.find(candidate.digest);
  if (it == by_digest_.end())
    it = by_digest_.emplace(candidate.digest, authoring::errors_text(authoring::check_pack(root_, candidate.region, {budget_}))).first;
  return it->second;
}

nlohmann::json to_json(const engine::reload_result& r) {
  return {{"region", r.region}, {"swapped", r.swapped}, {"old_digest", r.old_digest}, {"new_digest", r.new_digest},
          {"error", r.error.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.error)}};
}

}  // namespace hashigo::app
