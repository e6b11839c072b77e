#pragma once
// The peer decision of `make bench` (docs/performance.md, "The peer decision"): its 100,000 cases
// (the published generator, reimplemented), the canonical output line, the cases as hashigo case
// files, and the bare-Lua floor that decides them from a plain table built per call.
#include <hashigo/case/state.hpp>
#include <hashigo/engine/decision.hpp>
#include <hashigo/engine/lean.hpp>

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct lua_State;

namespace hashigo::bench::peer {

/// The stages in the generator's order (its `rnd(5)` indexes this).
inline constexpr std::array<std::string_view, 5> stages = {"life", "social", "employment", "intermediate", "general"};

/// One generated case, as the generator draws it.
struct peer_case {
  int id = 0;
  int age = 0;
  int stage = 0;                ///< index into `stages`
  int months_in_stage = 0;
  int attendance_percent = 0;   ///< attendance_rate_30d × 100 (the generator draws hundredths)
  std::array<int, 5> fdp{};     ///< relations, mental, stress, thinking, environment
  bool has_disability_certificate = false;
  int household_income_monthly = 0;
  bool on_public_assistance = false;
  int hours_half = 0;           ///< hours_per_week × 2 (the generator draws half hours)
  int wage_per_hour = 0;
  int region = 0;               ///< index into the generator's eight prefecture names
};

/// The sha256 of the generator's 100,000-line JSONL, as the definition publishes it.
inline constexpr std::string_view published_sha256 = "c0c46ee6fdaa886a3f5b5abf425da273471c5dd4a77fe0c8afb5c794323bacb4";

/// The first `n` cases of the generator (32-bit LCG, seed 20240601).
std::vector<peer_case> generate(std::size_t n);

/// The case as the generator's line (JavaScript's JSON.stringify field order and number format).
std::string jsonl_line(const peer_case& c);

/// The day every peer case is decided on.
date as_of();

/// The case as a hashigo case file (hashigo.case/1, region "peer") whose case view carries the
/// same facts on as_of(): age from the birth date, the stage since intake months_in_stage months
/// ago, attendance from one record of 100 scheduled hours, FDP from an assessment, income from a
/// household_finance event, hours from the active placement.
nlohmann::json case_file(const peer_case& c);

/// What a decision says, in the peer decision's terms.
struct outcome {
  bool eligible = false;
  std::string_view step = "stay";  ///< a stage name, or "stay"
  unsigned referrals = 0;          ///< bit i: referral_order[i]
  bool long_term_risk = false;
};

/// The referral targets in the order the canonical line lists them.
inline constexpr std::array<std::string_view, 4> referral_order = {"nakapotsu", "saposute", "hellowork", "kakei"};

/// `id|eligible(0/1)|step|ref,ref,...|long_term_risk(0/1)`.
std::string canonical(int id, const outcome& o);

/// A hashigo decision under the peer pack, read into the peer decision's terms.
outcome outcome_of(const engine::decision& d);
/// The same for a lean decision.
outcome outcome_of(const engine::lean_decision& d);

/// A plain lua_State (luaL_newstate + luaL_openlibs) holding floor.lua's function.
class floor_runtime {
 public:
  /// Loads `script` (floor.lua). Throws std::runtime_error when it does not load.
  explicit floor_runtime(const std::string& script);
  ~floor_runtime();
  floor_runtime(const floor_runtime&) = delete;
  floor_runtime& operator=(const floor_runtime&) = delete;

  /// One decision: the case as a plain table built from `c`, the function called with lua_pcall,
  /// its four results read back. Throws std::runtime_error when the function fails.
  outcome decide(const peer_case& c);

 private:
  lua_State* L_ = nullptr;
  int fn_ref_ = 0;
};

}  // namespace hashigo::bench::peer
