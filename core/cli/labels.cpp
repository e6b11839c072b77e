#include "labels.hpp"

#include <hashigo/text/messages.hpp>

#include <fmt/format.h>

#include <array>
#include <utility>

namespace hashigo::cli {

namespace {

// The pack.lua declaration that names codes of each kind.
const char* declaration_of(std::string_view kind) {
  if (kind == "program") return "programs";
  if (kind == "referral") return "referral_targets";
  if (kind == "rung") return "rung_names";
  if (kind == "alert") return "alert_names";
  if (kind == "field") return "check_labels";
  return nullptr;
}

// A compared string can be any code a rule reads: try the kinds in this order.
constexpr std::array<std::string_view, 13> k_value_kinds = {"stage",    "rung",   "placement", "contract", "screening",
                                                            "status",   "program", "referral", "school",   "closure",
                                                            "legal",    "alert",  "event"};

}  // namespace

void labels::use_pack(const engine::pack_summary& pack) { declarations_ = pack.declarations; }

std::string labels::find(std::string_view kind, const std::string& code, const std::string& lang) const {
  if (kind.substr(0, 5) == "value") {
    // The compared field says the kind first: `contract == "employment"` is a contract, not a stage.
    const std::string_view field = kind.size() > 6 ? kind.substr(6) : std::string_view();
    const std::string_view first = field == "placement_kind" ? "placement" : field;
    if (!first.empty())
      if (auto found = find(first, code, lang); !found.empty()) return found;
    for (const auto k : k_value_kinds)
      if (auto found = find(k, code, lang); !found.empty()) return found;
    return {};
  }
  if (const char* decl = declaration_of(kind)) {
    const auto it = declarations_.find(decl);
    if (it != declarations_.end() && it->second.is_object() && it->second.contains(code)) {
      const auto& entry = it->second[code];
      const std::string wanted = lang == "ja" ? "ja" : "en", other = lang == "ja" ? "en" : "ja";
      if (entry.contains(wanted) && entry[wanted].is_string() && !entry[wanted].get<std::string>().empty())
        return entry[wanted].get<std::string>();
      // English falls back to the Japanese name rather than a bare code; Japanese never shows English.
      if (lang != "ja" && entry.contains(other) && entry[other].is_string()) return entry[other].get<std::string>();
    }
  }
  return text::label(kind, code, lang).value_or(std::string());
}

std::string labels::name(std::string_view kind, const std::string& code, const std::string& lang) const {
  std::string found = find(kind, code, lang);
  return found.empty() ? code : found;
}

std::string labels::coded(std::string_view kind, const std::string& code, const std::string& lang) const {
  const std::string found = find(kind, code, lang);
  if (found.empty() || found == code) return code;
  return lang == "ja" ? found : fmt::format("{} ({})", found, code);
}

engine::namer labels::namer(const std::string& lang) const {
  // English shows check labels as the field names rule authors write; Japanese names them.
  return [this, lang](std::string_view kind, const std::string& code) {
    return kind == "field" && lang != "ja" ? std::string() : find(kind, code, lang);
  };
}

}  // namespace hashigo::cli
