#pragma once
/// @file Packs as every surface shows them (`rules show --json`, `GET /v1/packs/{region}`), and the
/// checked reload hot swapping shares with `watch`: a broken pack never replaces a working one.
#include <hashigo/engine/engine.hpp>

#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace hashigo::app {

/// A pack in full: ladder-independent facts, every rule and parameter with its references resolved
/// and its basis named, the bibliography.
nlohmann::json pack_json(const engine::pack_summary& p);

/// One line of a pack list: region, names in both languages, version, digest, chain, rule count.
nlohmann::json pack_brief_json(const engine::pack_summary& p);

/// The check a changed pack must pass before it serves (authoring::check_pack): its errors as
/// one text, empty when clean. Results are kept by pack digest, so several engines reloading the
/// same files pay for one check. Not thread-safe: one per reload.
class reload_gate {
 public:
  /// Checks under `rules_root` with `budget` per pack (zero: none).
  reload_gate(std::filesystem::path rules_root, std::chrono::milliseconds budget);
  /// The gate engine::reload takes.
  std::string operator()(const engine::pack_summary& candidate);

 private:
  std::filesystem::path root_;
  std::chrono::milliseconds budget_;
  std::map<std::string, std::string> by_digest_;
};

/// reload_result as JSON: region, swapped, old and new digest, and the error that kept the old one.
nlohmann::json to_json(const engine::reload_result& r);

}  // namespace hashigo::app
