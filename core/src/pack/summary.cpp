#include <hashigo/pack/summary.hpp>

#include <algorithm>

namespace hashigo::pack {

const std::vector<std::string>& module_names() {
  static const std::vector<std::string> names = {"eligibility", "stepup", "referral", "alerts"};
  return names;
}

void rule_scope::assign(std::vector<cases::stage> s, std::vector<cases::process_status> st) {
  stages = std::move(s);
  statuses = std::move(st);
  stage_bits = stages.empty() ? ~0u : 0u;
  for (const auto x : stages) stage_bits |= 1u << static_cast<unsigned>(x);
  status_bits = statuses.empty() ? ~0u : 0u;
  for (const auto x : statuses) status_bits |= 1u << static_cast<unsigned>(x);
}

const nlohmann::json* parameter::in_force(const std::string& day) const {
  const nlohmann::json* found = nullptr;
  for (const auto& v : values) {
    if (!v.since.empty() && v.since > day) break;
    found = &v.value;
  }
  return found;
}

const std::string& to_string(basis b) {
  static const std::string words[] = {"", "law", "official guidance", "practice document", "default"};
  return words[static_cast<int>(b)];
}

const document* summary::document_named(std::string_view wanted) const noexcept {
  const auto it = std::lower_bound(bibliography.begin(), bibliography.end(), wanted,
                                   [](const document& d, std::string_view n) { return d.id < n; });
  return it != bibliography.end() && it->id == wanted ? &*it : nullptr;
}

const parameter* summary::parameter_named(std::string_view wanted) const noexcept {
  const auto it = std::lower_bound(parameters.begin(), parameters.end(), wanted,
                                   [](const parameter& p, std::string_view n) { return p.name < n; });
  return it != parameters.end() && it->name == wanted ? &*it : nullptr;
}

}  // namespace hashigo::pack
