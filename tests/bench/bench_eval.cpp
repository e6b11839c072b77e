// make bench: decisions per second of hashigo's engine on synthetic cases under the national pack
// (explanations off and on), against the floor (a bare Lua 5.4 embedding of the same rules), the
// fold cost per case, and the cold cost of `hashigo eval` on one case file. docs/performance.md
// explains every figure.
//
// Environment (all optional):
//   HASHIGO_BENCH_CASES   synthetic cases (default 100000)
//   HASHIGO_BENCH_PASSES  passes over the cases per throughput benchmark (default 1)
//   HASHIGO_BENCH_REPS    repetitions of the floor and engine_core benchmarks (default 3; median)
//   HASHIGO_BENCH_COLD    `hashigo eval` runs for the cold benchmark (default 40)
//   HASHIGO_BENCH_DUMP    a file: instead of benchmarking, write the decision JSON of every case
//                         (explain off, then on) one per line, without inputs_digest, and exit.
//                         Used to check that an optimisation leaves every decision byte-identical
//                         (HASHIGO_BENCH_DUMP_LIVE=1: under rules/national instead of the frozen pack).
//   HASHIGO_BENCH_NOCHECK skip the floor checks before the benchmarks (for profiling runs).
// Google Benchmark flags (--benchmark_filter=…, --benchmark_format=json, …) work as usual.
#include "bench_match.hpp"
#include "bench_sort.hpp"
#include "floor.hpp"
#include "synthetic.hpp"

#include <hashigo/case/fold.hpp>
#include <hashigo/case/agency.hpp>
#include <hashigo/case/household.hpp>
#include <hashigo/engine/decision.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/engine/lean.hpp>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <iterator>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace {

using hashigo::bench::floor_decision;
using hashigo::bench::floor_runtime;
namespace cases = hashigo::cases;
namespace engine = hashigo::engine;

const std::string source_dir = HASHIGO_TEST_SOURCE_DIR;
const std::string cli_path = HASHIGO_CLI_PATH;

std::size_t env_size(const char* name, std::size_t fallback) {
  const char* v = std::getenv(name);
  if (!v || !*v) return fallback;
  const long long n = std::atoll(v);
  return n > 0 ? static_cast<std::size_t>(n) : fallback;
}

const std::size_t n_cases = env_size("HASHIGO_BENCH_CASES", 100000);
const std::size_t n_passes = env_size("HASHIGO_BENCH_PASSES", 1);  // engine_national: always one pass
const std::size_t n_reps = env_size("HASHIGO_BENCH_REPS", 3);      // floor and engine_core
const std::size_t n_cold = env_size("HASHIGO_BENCH_COLD", 40);

std::size_t live_rule_count = 0;

std::vector<cases::case_state>& states() {
  static std::vector<cases::case_state> all;
  return all;
}

// The live packs, and the frozen copy of the rules the floor mirrors (tests/bench/rules/README.md).
const std::string live_rules = source_dir + "/rules";
const std::string core_rules = source_dir + "/tests/bench/rules";

engine::engine make_engine(const std::string& root) {
  engine::engine_options o;
  o.rules_root = root;
  return engine::engine(o);
}

// ---- benchmarks -------------------------------------------------------------------------------

// Fold: the events of every case folded at its as_of. The events are regenerated (untimed) in
// batches of 1000, so only cases::fold is measured.
void fold_cases(benchmark::State& st) {
  constexpr std::size_t batch = 1000;
  std::vector<hashigo::bench::synthetic_case> cs;
  std::size_t i = 0, events = 0;
  for (auto _ : st) {
    if (i % batch == 0) {
      st.PauseTiming();
      cs.clear();
      for (std::size_t k = 0; k < batch; ++k) cs.push_back(hashigo::bench::make_case(hashigo::bench::default_seed, (i + k) % n_cases));
      st.ResumeTiming();
    }
    const auto& c = cs[i % batch];
    auto s = cases::fold(c.header, c.events, c.as_of);
    benchmark::DoNotOptimize(s);
    events += c.events.size();
    ++i;
  }
  st.SetItemsProcessed(static_cast<std::int64_t>(i));
  st.counters["events_per_case"] = static_cast<double>(events) / static_cast<double>(std::max<std::size_t>(i, 1));
}

// The floor: floor_national.lua through the bare C API (see floor.hpp and docs/performance.md).
void floor_bare_lua(benchmark::State& st) {
  floor_runtime fl(source_dir + "/tests/bench/floor_national.lua");
  const auto& all = states();
  std::size_t i = 0;
  for (auto _ : st) {
    auto d = fl.decide(all[i % all.size()]);
    benchmark::DoNotOptimize(d);
    ++i;
  }
  st.SetItemsProcessed(static_cast<std::int64_t>(i));
  st.counters["decisions_per_s"] = benchmark::Counter(static_cast<double>(i), benchmark::Counter::kIsRate);
}

// Times `decide(case)` (true when the decision is ok) over every case, after one untimed call
// that loads the pack.
template <class Decide>
void time_decisions(benchmark::State& st, Decide decide) {
  const auto& all = states();
  try {
    (void)decide(all.front());  // loads the pack: not part of a decision
  } catch (const std::exception& e) {
    st.SkipWithError(e.what());
    return;
  }
  std::size_t i = 0, errors = 0;
  for (auto _ : st) {
    errors += !decide(all[i % all.size()]);
    ++i;
  }
  st.SetItemsProcessed(static_cast<std::int64_t>(i));
  st.counters["decisions_per_s"] = benchmark::Counter(static_cast<double>(i), benchmark::Counter::kIsRate);
  st.counters["errors"] = static_cast<double>(errors);
}

// The engine: engine::evaluate over every case (all modules the pack has), explain off or on.
void engine_evaluate(benchmark::State& st, const std::string& root) {
  auto eng = make_engine(root);
  const bool explain = st.range(0) != 0;
  time_decisions(st, [&](const cases::case_state& s) {
    auto d = eng.evaluate(s, "national", {explain});
    benchmark::DoNotOptimize(d);
    return d.ok();
  });
}

// The engine's lean path on the live pack: engine::evaluate_lean with the inputs digest into one
// reused lean_decision, what `batch --lean`, batch CSV and the server's lean answers get.
void engine_national_lean(benchmark::State& st) {
  auto eng = make_engine(live_rules);
  engine::lean_decision d;
  time_decisions(st, [&](const cases::case_state& s) {
    eng.evaluate_lean(s, "national", d);
    benchmark::DoNotOptimize(d);
    return d.ok();
  });
}

// The lean path with households: cases paired into two-member households (case 2k with 2k+1),
// so every evaluation first folds the other member on the same day and links it (what a stored
// case in a household costs); against engine_national_lean, the same evaluations unlinked. The
// members are loaded once before timing (a store reads each member case once per command).
void engine_national_lean_linked(benchmark::State& st) {
  const auto& all = states();
  std::vector<cases::household_record> records;
  std::map<std::string, cases::member_case> members;
  for (std::size_t i = 0; i + 1 < all.size(); i += 2) {
    cases::household_record h;
    h.id = "h" + std::to_string(i / 2);
    h.kind = "multi_gen";
    h.since = hashigo::date::parse_or_throw("2000-01-01", "since");
    h.members = {{all[i].header.id, "head", std::nullopt, ""}, {all[i + 1].header.id, "sibling", std::nullopt, ""}};
    records.push_back(std::move(h));
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    auto c = hashigo::bench::make_case(hashigo::bench::default_seed, i);
    members[c.header.id] = {c.header, std::move(c.events)};
  }
  auto book = std::make_shared<cases::household_book>(std::move(records), [&members](const std::string& id) -> std::optional<cases::member_case> {
    const auto it = members.find(id);
    if (it == members.end()) return std::nullopt;
    return it->second;
  });
  for (const auto& s : all) (void)book->linked(s);
  auto eng = make_engine(live_rules);
  eng.set_household_source(book);
  engine::lean_decision d;
  time_decisions(st, [&](const cases::case_state& s) {
    eng.evaluate_lean(s, "national", d);
    benchmark::DoNotOptimize(d);
    return d.ok();
  });
}

// The lean path with agencies: every case held by the centre (lead) and a なかぽつ partner centre,
// decided over the same states with the agency directory set (each evaluation copies the state
// and looks both agencies up: what a stored case with agencies costs) or not (arg 0: the same
// agencies on the case, unlinked, to separate the view's cost from the lookup's).
void engine_national_lean_agencies(benchmark::State& st) {
  const bool link = st.range(0) != 0;
  auto& all = states();
  std::vector<cases::case_state> held(all.begin(), all.end());
  for (auto& s : held) {
    cases::case_agency centre;
    centre.agency_id = "centre";
    centre.lead = true;
    centre.joined_on = s.opened_on;
    cases::case_agency partner;
    partner.agency_id = "naka-east";
    partner.joined_on = s.opened_on;
    partner.agreed = true;
    s.agencies = {centre, partner};
  }
  const auto agency = [](const char* id, const char* role, bool kikan, std::vector<std::string> partners) {
    cases::agency_record a;
    a.id = id;
    a.name = id;
    a.since = hashigo::date::parse_or_throw("2000-01-01", "since");
    a.role = role;
    a.kikan = kikan;
    a.partners = std::move(partners);
    return a;
  };
  auto book = std::make_shared<const cases::agency_book>(std::vector<cases::agency_record>{
      agency("centre", "centre", false, {}), agency("naka-kikan", "nakapotsu", true, {"naka-east"}), agency("naka-east", "nakapotsu", false, {})});
  auto eng = make_engine(live_rules);
  if (link) eng.set_agency_source(book);
  engine::lean_decision d;
  std::size_t i = 0;
  time_decisions(st, [&](const cases::case_state&) {
    eng.evaluate_lean(held[i++ % held.size()], "national", d);
    benchmark::DoNotOptimize(d);
    return d.ok();
  });
}

// Cold: one `hashigo eval examples/cases/b-san.json --as-of 2015-06-30 --json` process per
// iteration (posix_spawn + waitpid, run in the source tree, stdout to /dev/null), wall time.
// Arg 0: under rules/national (the live pack); 1: under the frozen pack (HASHIGO_RULES=
// tests/bench/rules), to show what the pack's size costs; 2: `hashigo --version`, the process
// start alone (exec, dynamic linking, static initialisation), for reference.
void cold_eval(benchmark::State& st) {
  const int variant = static_cast<int>(st.range(0));
  std::vector<const char*> argv = {cli_path.c_str(), "eval", "examples/cases/b-san.json", "--as-of", "2015-06-30", "--json"};
  if (variant == 2) argv = {cli_path.c_str(), "--version"};
  argv.push_back(nullptr);
  // The caller's environment without HASHIGO_RULES, plus the frozen pack's root for variant 1.
  std::vector<std::string> env_text;
  for (char** e = environ; *e; ++e)
    if (std::string_view(*e).rfind("HASHIGO_RULES=", 0) != 0) env_text.emplace_back(*e);
  if (variant == 1) env_text.push_back("HASHIGO_RULES=" + core_rules);
  std::vector<char*> envp;
  for (auto& e : env_text) envp.push_back(e.data());
  envp.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addchdir_np(&actions, source_dir.c_str());
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  auto once = [&]() -> double {
    const auto t0 = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, cli_path.c_str(), &actions, nullptr, const_cast<char* const*>(argv.data()), envp.data()) != 0)
      return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    const auto t1 = std::chrono::steady_clock::now();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
    return std::chrono::duration<double>(t1 - t0).count();
  };
  if (once() < 0) {  // also warms the page cache: "cold" is a fresh process, not a cold disk
    st.SkipWithError(("`" + cli_path + " eval …` failed").c_str());
    posix_spawn_file_actions_destroy(&actions);
    return;
  }
  for (auto _ : st) {
    const double s = once();
    if (s < 0) {
      st.SkipWithError("hashigo eval failed");
      break;
    }
    st.SetIterationTime(s);
  }
  posix_spawn_file_actions_destroy(&actions);
}

// ---- setup and summary ------------------------------------------------------------------------

// Checks that the floor answers like the engine (step, target, reason rule ids, alerts) on the
// first `n` cases, and names the pack's rules the floor does not mirror.
void check_floor(std::size_t n) {
  auto eng = make_engine(core_rules);
  floor_runtime fl(source_dir + "/tests/bench/floor_national.lua");
  const auto& mirrored = hashigo::bench::floor_rule_ids();
  std::vector<std::string> missing, missing_live;
  for (const auto& r : eng.pack("national").rules)
    if (std::find(mirrored.begin(), mirrored.end(), r.id) == mirrored.end()) missing.push_back(r.module + ":" + r.id);
  try {
    const auto live = make_engine(live_rules).pack("national");
    live_rule_count = live.rules.size();
    for (const auto& r : live.rules)
      if (std::find(mirrored.begin(), mirrored.end(), r.id) == mirrored.end()) missing_live.push_back(r.id);
  } catch (const std::exception& e) {
    fmt::print("  WARNING: rules/national does not load: {}\n", e.what());
  }
  std::size_t agree = 0, errors = 0;
  std::optional<std::string> first_diff;
  for (std::size_t i = 0; i < n && i < states().size(); ++i) {
    const auto& s = states()[i];
    const auto d = eng.evaluate(s, "national");
    if (!d.ok()) {
      ++errors;
      continue;
    }
    const floor_decision f = fl.decide(s);
    std::string e_step = d.step.step, e_to = d.step.to && d.step.step != "stay" ? cases::to_string(*d.step.to) : "";
    std::vector<std::string> e_ids, f_ids, e_alerts, f_alerts;
    for (const auto& r : d.step.reasons) e_ids.push_back(r.rule_id);
    for (const auto& r : f.reasons) f_ids.push_back(r.id);
    for (const auto& a : d.alerts) e_alerts.push_back(a.code + "@" + a.due + "/" + a.severity + "/" + a.why.text.en);
    for (const auto& a : f.alerts) f_alerts.push_back(a.code + "@" + a.due + "/" + a.severity + "/" + a.en);
    std::sort(e_ids.begin(), e_ids.end());
    std::sort(f_ids.begin(), f_ids.end());
    std::sort(e_alerts.begin(), e_alerts.end());
    std::sort(f_alerts.begin(), f_alerts.end());
    bool same = e_step == f.step && e_to == f.to && e_ids == f_ids && e_alerts == f_alerts;
    for (std::size_t k = 0; same && k < d.step.reasons.size(); ++k)
      for (const auto& fr : f.reasons)
        if (fr.id == d.step.reasons[k].rule_id && fr.en != d.step.reasons[k].text.en) same = false;
    if (same) {
      ++agree;
    } else if (!first_diff) {
      first_diff = fmt::format("{} as of {}: engine {} {} [{}] alerts [{}]; floor {} {} [{}] alerts [{}]", s.header.id,
                               s.as_of.to_string(), e_step, e_to, fmt::join(e_ids, ","), fmt::join(e_alerts, "; "),
                               f.step, f.to, fmt::join(f_ids, ","), fmt::join(f_alerts, "; "));
    }
  }
  // The floor's case table must carry the same data as the engine's view (nulls are absent in both).
  std::size_t view_mismatch = 0;
  std::string view_diff;
  for (std::size_t i = 0; i < states().size() && i < 2000; ++i) {
    std::vector<std::string> want;
    std::function<void(const nlohmann::json&, const std::string&)> walk = [&](const nlohmann::json& j, const std::string& path) {
      if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) walk(*it, path + (path.empty() ? "" : ".") + it.key());
      } else if (j.is_array()) {
        for (const auto& x : j) walk(x, path + "[]");
      } else if (!j.is_null()) {
        want.push_back(path + (j.is_number_integer() ? " integer" : j.is_number() ? " float" : j.is_string() ? " string" : " boolean"));
      }
    };
    walk(engine::engine::case_view(states()[i]), "");
    std::sort(want.begin(), want.end());
    want.erase(std::unique(want.begin(), want.end()), want.end());
    const auto got = fl.case_leaves(states()[i]);
    if (got != want && view_mismatch++ == 0) {
      std::vector<std::string> only_view, only_floor;
      std::set_difference(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(only_view));
      std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(only_floor));
      view_diff = fmt::format("only in the view: {}; only in the floor: {}", fmt::join(only_view, ", "), fmt::join(only_floor, ", "));
    }
  }
  if (view_mismatch)
    fmt::print("  WARNING: the floor's case table differs from the engine's case view on {} of 2000 cases (update "
               "push_case in tests/bench/floor.cpp): {}\n", view_mismatch, view_diff);
  fmt::print("floor check: the floor agrees with the engine on {} of {} cases ({} engine errors)\n", agree,
             std::min(n, states().size()) - errors, errors);
  if (first_diff) fmt::print("  first difference: {}\n", *first_diff);
  if (!missing.empty())
    fmt::print("  WARNING: the frozen pack has rules the floor does not mirror (update tests/bench/floor_national.lua): {}\n",
               fmt::join(missing, ", "));
  if (!missing_live.empty())
    fmt::print("  note: rules/national has {} rules; the floor mirrors {} of them. Not mirrored yet: {}\n", live_rule_count,
               live_rule_count - missing_live.size(), fmt::join(missing_live, " "));
}

class capture_reporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const auto& r : runs)
      if (r.run_type == Run::RT_Iteration) captured.emplace_back(r.benchmark_name(), r);
    ConsoleReporter::ReportRuns(runs);
  }
  std::vector<std::pair<std::string, Run>> captured;  // every repetition
};

// The figures of docs/performance.md, as a Markdown table.
void print_summary(const capture_reporter& rep) {
  auto find = [&](const std::string& name) -> const benchmark::BenchmarkReporter::Run* {
    for (const auto& [n, run] : rep.captured)
      if ((n == name || n.rfind(name + "/", 0) == 0) && !run.error_occurred && run.iterations > 0) return &run;
    return nullptr;
  };
  // decisions per second of the benchmark thread's CPU time (the machine may be shared): the
  // median of the repetitions
  auto rate = [&](const std::string& name) -> std::optional<double> {
    std::vector<double> rates;
    for (const auto& [n, run] : rep.captured)
      if ((n == name || n.rfind(name + "/", 0) == 0) && !run.error_occurred && run.cpu_accumulated_time > 0)
        rates.push_back(static_cast<double>(run.iterations) / run.cpu_accumulated_time);
    if (rates.empty()) return std::nullopt;
    std::sort(rates.begin(), rates.end());
    return rates[rates.size() / 2];
  };
  const auto floor = rate("floor_bare_lua");
  fmt::print("\nsummary: {} synthetic cases (seed {:#x}); rates on the benchmark thread's CPU time\n\n", states().size(),
             hashigo::bench::default_seed);
  fmt::print("| measure | decisions/s | µs/decision | vs floor | target |\n|---|---:|---:|---:|---|\n");
  auto row = [&](const std::string& label, const std::string& name, double target) {
    const auto r = rate(name);
    if (!r) return;
    const std::string ratio = floor ? fmt::format("{:.0f}%", 100.0 * *r / *floor) : "–";
    const std::string verdict =
        target > 0 && floor ? fmt::format("≥ {:.0f}%: {}", target * 100, *r / *floor >= target ? "met" : "not met") : "";
    fmt::print("| {} | {:.0f} | {:.2f} | {} | {} |\n", label, *r, 1e6 / *r, ratio, verdict);
  };
  const auto mirrored = hashigo::bench::floor_rule_ids().size();
  row(fmt::format("floor: bare Lua 5.4 C API, hand-written ({} rules)", mirrored), "floor_bare_lua", 0);
  row(fmt::format("engine, frozen pack ({} rules), explain off", mirrored), "engine_core/explain:0", 0.8);
  row(fmt::format("engine, frozen pack ({} rules), explain on", mirrored), "engine_core/explain:1", 0.5);
  const bool like_for_like = live_rule_count == mirrored;
  const std::string live = fmt::format("engine, rules/national ({} rules){}", live_rule_count, like_for_like ? "" : "¹");
  row(live + ", explain off", "engine_national/explain:0", like_for_like ? 0.8 : 0);
  row(live + ", explain on", "engine_national/explain:1", like_for_like ? 0.5 : 0);
  row(live + ", lean (evaluate_lean, with the inputs digest)", "engine_national_lean", 0);
  if (const auto* run = find("fold_cases"))
    fmt::print("| fold (events → case_state), {:.1f} events/case | {:.0f} cases/s | {:.2f} µs/case | | |\n",
               run->counters.count("events_per_case") ? double(run->counters.at("events_per_case")) : 0.0,
               static_cast<double>(run->iterations) / run->cpu_accumulated_time,
               1e6 * run->cpu_accumulated_time / static_cast<double>(run->iterations));
  const char* cold_labels[] = {"cold `hashigo eval examples/cases/b-san.json --as-of 2015-06-30 --json`, rules/national",
                               "the same under the frozen pack (HASHIGO_RULES=tests/bench/rules)",
                               "`hashigo --version` (process start alone)"};
  for (int v = 0; v < 3; ++v)
    if (const auto* run = find(fmt::format("cold_eval/pack:{}", v))) {
      const double ms = 1e3 * run->real_accumulated_time / static_cast<double>(run->iterations);
      fmt::print("| {} | | {:.2f} ms wall (mean of {}) | | {} |\n", cold_labels[v], ms, run->iterations,
                 v == 0 ? fmt::format("≤ 5 ms: {}", ms <= 5.0 ? "met" : "not met") : "");
    }
  if (!like_for_like)
    fmt::print("\n¹ rules/national has {} rules; the floor mirrors {} of them, so its 'vs floor' is not like for like "
               "(tests/bench/rules/README.md).\n", live_rule_count, mirrored);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

  const auto t0 = std::chrono::steady_clock::now();
  states() = hashigo::bench::make_states(hashigo::bench::default_seed, 0, n_cases);
  const double gen_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const auto pop = hashigo::bench::describe(states());
  fmt::print("generated and folded {} synthetic cases in {:.1f} s (seed {:#x}): {:.1f} events/case; stages life {} social {} "
             "employment {} intermediate {} general {}; {} with an active placement, {} with a plan, {} closed, {} suspended\n",
             pop.cases, gen_s, hashigo::bench::default_seed, static_cast<double>(pop.events) / static_cast<double>(pop.cases),
             pop.by_stage[0], pop.by_stage[1], pop.by_stage[2], pop.by_stage[3], pop.by_stage[4], pop.with_placement,
             pop.with_plan, pop.closed, pop.suspended);
  if (const char* dump = std::getenv("HASHIGO_BENCH_DUMP"); dump && *dump) {
    auto eng = make_engine(std::getenv("HASHIGO_BENCH_DUMP_LIVE") ? live_rules : core_rules);
    std::ofstream out(dump);
    for (const bool explain : {false, true})
      for (const auto& s : states()) {
        auto j = engine::to_json(eng.evaluate(s, "national", {explain}));
        j.erase("inputs_digest");
        out << j.dump() << '\n';
      }
    fmt::print("wrote {} decisions to {}\n", 2 * states().size(), dump);
    return 0;
  }
  if (!std::getenv("HASHIGO_BENCH_NOCHECK")) check_floor(std::min<std::size_t>(n_cases, 20000));

  const auto iters = static_cast<benchmark::IterationCount>(n_cases * n_passes);
  benchmark::RegisterBenchmark("fold_cases", fold_cases)->Iterations(static_cast<benchmark::IterationCount>(n_cases))->Unit(benchmark::kMicrosecond);
  // The like-for-like comparison is repeated (the median is reported): the machine may be shared.
  benchmark::RegisterBenchmark("floor_bare_lua", floor_bare_lua)->Iterations(iters)->Repetitions(static_cast<int>(n_reps))->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("engine_core", engine_evaluate, core_rules)->ArgName("explain")->Arg(0)->Arg(1)->Iterations(iters)->Repetitions(static_cast<int>(n_reps))->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("engine_national", engine_evaluate, live_rules)->ArgName("explain")->Arg(0)->Arg(1)->Iterations(static_cast<benchmark::IterationCount>(n_cases))->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("engine_national_lean", engine_national_lean)->Iterations(static_cast<benchmark::IterationCount>(n_cases))->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("engine_national_lean_linked", engine_national_lean_linked)->Iterations(static_cast<benchmark::IterationCount>(n_cases))->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("engine_national_lean_agencies", engine_national_lean_agencies)->Arg(0)->Arg(1)->Iterations(static_cast<benchmark::IterationCount>(n_cases))->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("cold_eval", cold_eval)->ArgName("pack")->Arg(0)->Arg(1)->Arg(2)->Iterations(static_cast<benchmark::IterationCount>(n_cold))->UseManualTime()->Unit(benchmark::kMillisecond);
  hashigo::bench::register_sort_benchmarks();
  hashigo::bench::register_match_benchmarks();

  capture_reporter rep;
  benchmark::RunSpecifiedBenchmarks(&rep);
  print_summary(rep);
  benchmark::Shutdown();
  return 0;
}
