#include <hashigo/case/ladder_types.hpp>

namespace hashigo::cases {
namespace {
constexpr std::array<std::string_view, 5> k_stage_codes = {"life", "social", "employment",
                                                           "intermediate", "general"};
constexpr std::array<std::string_view, 5> k_stage_ja = {"生活自立", "社会自立", "就労自立",
                                                        "中間的就労", "一般就労"};
constexpr std::array<std::string_view, 7> k_status_codes = {
    "intake", "assessment", "planning", "in_support", "evaluation", "closed", "suspended"};
}  // namespace

std::string_view to_string(stage s) { return k_stage_codes[static_cast<std::size_t>(s)]; }

std::optional<stage> parse_stage(std::string_view code) {
  for (std::size_t i = 0; i < k_stage_codes.size(); ++i)
    if (k_stage_codes[i] == code) return static_cast<stage>(i);
  return std::nullopt;
}

std::string_view japanese_name(stage s) { return k_stage_ja[static_cast<std::size_t>(s)]; }

std::string_view to_string(process_status s) { return k_status_codes[static_cast<std::size_t>(s)]; }

std::optional<process_status> parse_process_status(std::string_view code) {
  for (std::size_t i = 0; i < k_status_codes.size(); ++i)
    if (k_status_codes[i] == code) return static_cast<process_status>(i);
  return std::nullopt;
}

std::string to_string(const position& p) {
  std::string out(to_string(p.at));
  if (!p.rung.empty()) out += "/" + p.rung;
  return out;
}

}  // namespace hashigo::cases
