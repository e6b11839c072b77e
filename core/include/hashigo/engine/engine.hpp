#pragma once
/// @file The engine: evaluates a folded case under a region's rule pack.
#include <hashigo/case/employer.hpp>
#include <hashigo/case/agency.hpp>
#include <hashigo/case/household.hpp>
#include <hashigo/case/ladder.hpp>
#include <hashigo/case/state.hpp>
#include <hashigo/engine/decision.hpp>
#include <hashigo/engine/lean.hpp>
#include <hashigo/pack/summary.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace hashigo::engine {

/// How the engine finds and runs packs.
struct engine_options {
  std::filesystem::path rules_root;          ///< folder holding one sub-folder per region
  std::size_t memory_bytes = 16u << 20;      ///< cap per pack state
  std::int64_t instructions = 1'000'000;     ///< budget per evaluation
  /// Wall-clock backstop per evaluation in ms, for work the instruction count cannot see (0 = off).
  std::int64_t wall_clock_ms = 2'000;
};

/// What one rule of a pack cost over the evaluations that measured it (evaluate_options::costs).
struct rule_cost {
  std::string rule_id;
  std::string where;              ///< `rules/national/stepup.lua:42`
  std::int64_t nanoseconds = 0;   ///< wall time of its calls
  std::int64_t instructions = 0;  ///< Lua instructions, counted in steps of 1000
  std::int64_t calls = 0;
};

/// What evaluate() should do beyond deciding.
struct evaluate_options {
  bool explain = false;  ///< keep the checks of every rule, fired or not
  /// When set, the cost of each rule of the pack is added to its entry (one per rule, in rule
  /// order; the list is reset when it does not name the pack's rules). Reads the clock twice per rule.
  std::vector<rule_cost>* costs = nullptr;
  /// Skip what only full output shows: the step rules that did not fire (would_flip).
  bool lean = false;
  /// Run every rule, even one whose `applies_to` leaves the case out (its trace entry says
  /// outside_scope): how `hashigo check` finds a rule that fires where it says it does not apply.
  bool every_rule = false;
};

/// Facts about a loaded pack: what its pack.lua files declare and its rules.
using pack_summary = pack::summary;
/// One rule of a loaded pack, and where it comes from.
using rule_summary = pack::rule;
/// One parameter: its dated values (since empty = always) and the region that set them.
using parameter_summary = pack::parameter;

/// The outcome of reloading one region.
struct reload_result {
  std::string region;
  bool swapped = false;   ///< the new version is now serving
  std::string old_digest;
  std::string new_digest;
  std::string error;      ///< why the old version stays in service
};

/// A carved task offered on the day a case is matched, and how many of its places are taken.
struct task_offer {
  const cases::employer_record* employer = nullptr;  ///< the version in force on the day
  const cases::carved_task* task = nullptr;
  int filled = 0;  ///< active placements that name the task
};

/// The tasks offered on `day` among `versions` (every version of every employer, by id then
/// since: each employer's version in force then), with the places `filled` counts by (employer,
/// task), by employer id then the task's order on the sheet. The offers point into `versions`.
std::vector<task_offer> offers_on(const std::vector<cases::employer_record>& versions, date day,
                                  const std::map<std::pair<std::string, std::string>, int>& filled = {});

/// What one matching criterion said of a task.
struct match_reason {
  std::string criterion;  ///< its id, e.g. MA-03
  std::string where;      ///< `rules/national/matching.lua:40`
  double points = 0;
  bool exclude = false;
  cases::localized reason;  ///< for staff
  cases::localized plain;   ///< for the person
};

/// One carved task as matching ranked it.
struct task_match {
  std::string employer_id;
  std::string employer_name;
  std::string task_id;
  cases::localized title;
  double hours_per_week = 0;
  int open = 0;           ///< places not taken
  bool excluded = false;  ///< a criterion said it does not fit
  double score = 0;       ///< the sum of the points
  std::vector<match_reason> reasons;  ///< in criterion order
};

/// The tasks a case was matched to: fitting tasks by score (highest first), then excluded ones;
/// ties by employer and task id.
struct match_result {
  std::string case_id;
  std::string as_of;
  std::string region;
  std::string pack_digest;
  std::vector<std::string> criteria;  ///< the ids of the pack's criteria, in order
  std::vector<task_match> tasks;
};

/// A match as `match --json`, `GET /v1/cases/{id}/match` and a scenario's m.match give it: every
/// task, fitting ones first, with its score and the criteria's reasons.
nlohmann::json to_json(const match_result& r);

/// Evaluates cases. One loaded state per region, made on first use. Not thread-safe: one per thread.
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
  /// Evaluates like evaluate(), keeping only what a lean decision shows (outcomes and the ids of
  /// the rules behind them) in `out`, whose buffers are reused: a steady run allocates nothing.
  /// `out` points into this engine and `state` until the next evaluation or reload. Rule failures
  /// set out.error; throws as evaluate() does otherwise. Without `digest` the inputs digest is not
  /// computed (a simulation that never shows it saves a tenth of the evaluation).
  void evaluate_lean(const cases::case_state& state, const std::string& region, lean_decision& out, bool digest = true);
  /// Ranks the carved tasks `offers` for `state` (folded at its as_of) with the matching criteria
  /// of `region`'s pack (matching.lua over its chain). Throws rule_error when a criterion fails or
  /// returns a malformed outcome, input_error for an unknown region or a day no rule decides.
  match_result match(const cases::case_state& state, const std::string& region, const std::vector<task_offer>& offers);
  /// Links each evaluated case to its household first (cases::household_source): rules then see
  /// the other members and their cases on the same day. nullptr: cases are evaluated alone.
  void set_household_source(std::shared_ptr<cases::household_source> source);
  /// Links the agencies holding each evaluated case to their records first
  /// (cases::link_agencies): rules then see their roles. nullptr: agencies as the events name them.
  void set_agency_source(std::shared_ptr<const cases::agency_book> source);
  /// Loads (if needed) and describes a pack.
  pack_summary pack(const std::string& region);
  /// Re-reads every loaded pack from disk. A pack whose files changed is swapped in only when
  /// it loads and `gate` (e.g. the checker) accepts it; otherwise the previous version keeps
  /// serving and the result says why. Unchanged packs are left alone.
  std::vector<reload_result> reload(const std::function<std::string(const pack_summary&)>& gate = {});
  /// The regions (folders with a pack.lua) under the rules root, sorted.
  std::vector<std::string> regions() const;
  /// Throws input_error(`where`, …) naming the available regions unless `region` is one of them.
  void require_region(const std::string& region, const std::string& where) const;
  /// The rules root this engine reads.
  const std::filesystem::path& rules_root() const;
  /// The read-only view of a case that rules receive, as JSON.
  static nlohmann::json case_view(const cases::case_state& state);
  /// Default rules root: $HASHIGO_RULES, else ./rules, else the source tree's rules/.
  static std::filesystem::path default_rules_root();

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

/// Names a code for display: `kind` is "field" (a check label) or "value:<label>" (a string the
/// check `<label>` compared); an empty result means "no name here", and the catalogue's is used.
using namer = std::function<std::string(std::string_view kind, const std::string& code)>;

/// Text like "attendance_30d 72% — needs >= 80%" for a check, in `lang` (ja|en), with the check's
/// label and string values named by `name` (else by the catalogue).
std::string describe(const check& c, const std::string& lang, const namer& name = {});

}  // namespace hashigo::engine
