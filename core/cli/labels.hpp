#pragma once
// Names of codes for display: the pack's own (pack.lua programs, referral_targets, rung_names,
// alert_names, check_labels), else the message catalogue's. A code is printed bare only when
// neither has a name for it.
#include <hashigo/engine/engine.hpp>

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>

namespace hashigo::cli {

class labels {
 public:
  /// Takes the declarations of a loaded pack (its chain merged).
  void use_pack(const engine::pack_summary& pack);

  /// The name of `code` of `kind` in `lang`: kinds are program, referral, rung, alert, field
  /// (a check label), value or value:<label> (a string the check <label> compared), and the catalogue's kinds (stage, status, step,
  /// module, severity, urgency, closure, school, legal, event). Empty when nothing names it.
  std::string find(std::string_view kind, const std::string& code, const std::string& lang) const;
  /// find(), or the code itself.
  std::string name(std::string_view kind, const std::string& code, const std::string& lang) const;
  /// For staff: in Japanese the name alone; in English `name (code)`, so that the code a rule or a
  /// test writes stays in sight, or the code alone when the name is the code.
  std::string coded(std::string_view kind, const std::string& code, const std::string& lang) const;
  /// A namer for engine::describe over these labels.
  engine::namer namer(const std::string& lang) const;

 private:
  std::map<std::string, nlohmann::json> declarations_;
};

}  // namespace hashigo::cli
