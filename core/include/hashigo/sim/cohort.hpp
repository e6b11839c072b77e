#pragma once
/// @file Cohort simulation: a spec (scripts/cohorts/*.lua) draws many people and says what each
/// month brings them; every person is carried month by month under one or two regions' packs and
/// only counts are kept. Replicates repeat the cohort with fresh luck; people, months and luck are
/// keyed by (seed, replicate, person, month), so results depend on neither threads nor shards,
/// and two regions see the same people with the same luck (common random numbers).
#include <hashigo/engine/engine.hpp>

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace hashigo::sim {

/// Where a person can be at a month end: the five stages (open cases), then suspended, closed,
/// and stopped by a rule error.
inline constexpr std::array<const char*, 8> cohort_places = {"life",      "social", "employment", "intermediate", "general",
                                                             "suspended", "closed", "error"};

/// One replicate under one region: counts only, so that shards and threads add up exactly.
struct region_tally {
  std::int64_t people = 0;
  std::int64_t started_general = 0;  ///< at 一般就労 at intake: not at risk for the time to it
  /// occupancy[month - 1][place]: people at each of cohort_places at the month's end.
  std::vector<std::array<std::int64_t, cohort_places.size()>> occupancy;
  /// People on each rung ("intermediate/commuter_paid") at each month end, open cases only.
  std::map<std::string, std::vector<std::int64_t>> rungs;
  std::vector<std::int64_t> reached;  ///< [month - 1]: reached 一般就労 for the first time that month
  std::vector<std::int64_t> left;     ///< [month - 1]: closed that month without reaching it (a competing event)
  std::vector<std::int64_t> stopped;  ///< [month - 1]: stopped by a rule error without reaching it (censored)
  std::int64_t open_months = 0;        ///< month ends evaluated while the case was open
  std::int64_t evaluated = 0;          ///< month ends evaluated (case-months)
  std::int64_t step_ups = 0;
  std::int64_t step_downs = 0;
  std::map<std::string, std::int64_t> alerts;     ///< alert code → times raised (absent the month before)
  std::map<std::string, std::int64_t> suggested;  ///< referral target → people it was ever suggested for
  std::map<std::string, std::int64_t> referred;   ///< referral target → referral_made events
  std::map<std::string, std::int64_t> rules;      ///< rule id → month ends it decided something
  std::int64_t errors = 0;                        ///< people stopped by a rule error
  std::string first_error;                        ///< the first of them: person, month and failure

  /// Adds `o`'s counts (same months) to these.
  void add(const region_tally& o);
};

/// A cohort spec as loaded: its header and what a run needs of it.
struct cohort_spec {
  std::string path;      ///< as named on the command line
  std::string digest;    ///< SHA-256 of its text
  nlohmann::json header; ///< the returned table without its functions
  std::string text;
  std::vector<std::string> regions;  ///< its own region first, then those it lists
  date start;
  int months = 0;
  std::int64_t people = 0;
};

/// Loads and checks a spec (input_error naming the field; script_error for Lua faults).
cohort_spec load_cohort_spec(const std::string& path, const std::string& text);

/// How to run a cohort.
struct cohort_options {
  std::vector<std::string> regions;  ///< one, or two for a paired comparison (the second is --vs)
  int replicates = 10;
  std::uint64_t seed = 1;
  unsigned jobs = 1;
  int shard = 1;        ///< this shard, from 1
  int shards = 1;       ///< replicate r belongs to shard ((r - 1) mod shards) + 1
  std::int64_t people = 0;  ///< 0: the spec's
  int months = 0;           ///< 0: the spec's horizon
  /// Makes one engine per worker thread.
  std::function<engine::engine()> make_engine;
  /// Called from worker threads with case-months done so far (of `total`, both as planned: people
  /// × months × regions); must be thread-safe, and may see counts out of order.
  std::function<void(std::uint64_t done, std::uint64_t total)> progress;
};

/// Where the time went, summed over workers (not part of the results: it varies run to run).
struct cohort_cost {
  double seconds = 0;           ///< wall time
  double worker_seconds = 0;    ///< time inside workers, all of it
  double evaluate_seconds = 0;  ///< of which in engine::evaluate
  std::uint64_t case_months = 0;  ///< months simulated (a closed case's months after it closed are not)
};

/// A run: per replicate, one tally per region.
struct cohort_run {
  cohort_spec spec;
  std::vector<std::string> regions;
  std::uint64_t seed = 1;
  int replicates = 0;       ///< the replicates the whole run has (all shards)
  int shard = 1, shards = 1;
  std::map<std::string, nlohmann::json> packs;  ///< region → {version, digest}
  std::map<int, std::vector<region_tally>> tallies;  ///< replicate → one per region, in `regions` order
  cohort_cost cost;
};

/// Runs the replicates of this shard. Throws script_error when the spec fails (naming the person
/// and month), input_error for an event it records that does not fit the case.
cohort_run run_cohort(const cohort_spec& spec, const cohort_options& o);

/// The run as `hashigo.cohort/1` JSON: the raw counts per replicate and the summary computed
/// from them (means and 95% intervals across replicates, paired differences).
nlohmann::json cohort_json(const cohort_run& run);

/// Reads the shards' JSON back and joins them into the run one process would have made: same
/// spec, seed, regions, packs and replicate count, every replicate exactly once. input_error
/// names the file and what disagrees.
nlohmann::json merge_cohorts(const std::vector<std::pair<std::string, nlohmann::json>>& shards);

}  // namespace hashigo::sim
