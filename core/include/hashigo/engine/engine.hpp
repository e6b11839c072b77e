#pragma once
/// @file The engine: evaluates a folded case under a region's rule pack.
#include <hashigo/case/ladder.hpp>
#include <hashigo/case/state.hpp>
#include <hashigo/engine/decision.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace hashigo::engine {

/// How the engine finds and runs packs.
struct engine_options {
  std::filesystem::path rules_root;          ///< folder holding one sub-folder per region
  std::size_t memory_bytes = 16u << 20;      ///< cap per pack state
  std::int64_t instructions = 1'000'000;     ///< budget per evaluation
};

/// What evaluate() should do beyond deciding.
struct evaluate_options {
  bool explain = false;  ///< keep the checks of every rule, fired or not
};

/// Facts about a loaded pack.
struct pack_summary {
  std::string region;
  cases::localized name;
  std::string version;
  std::string digest;
  std::vector<std::string> chain;
  cases::ladder_spec ladder;
};

/// Evaluates cases. One loaded state per region, created on first use. Not thread-safe.
class engine {
 public:
  explicit engine(engine_options options);
  engine(engine&&) noexcept;
  engine& operator=(engine&&) noexcept;
  ~engine();

  /// Evaluates `state` (folded at its as_of) under `region`. Rule failures do not throw: they
  /// give a decision with status "error". Throws input_error for an unknown region and
  /// rule_error when the pack cannot be loaded.
  decision evaluate(const cases::case_state& state, const std::string& region, const evaluate_options& opts = {});
  /// Loads (if needed) and describes a pack.
  pack_summary pack(const std::string& region);
  /// The read-only view of a case that rules receive, as JSON.
  static nlohmann::json case_view(const cases::case_state& state);
  /// Default rules root: $HASHIGO_RULES, else ./rules, else the source tree's rules/.
  static std::filesystem::path default_rules_root();

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

/// Text like "attendance_30d 72% — needs ≥ 80%" for a check, in `lang` (ja|en).
std::string describe(const check& c, const std::string& lang);

}  // namespace hashigo::engine
