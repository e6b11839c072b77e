// make bench, the peer pair: hashigo against bare Lua on the peer decision (docs/performance.md,
// "The peer decision"). Generates the 100,000 cases (and checks the data against the published
// digest), decides every case with both and requires identical canonical lines before timing
// anything, then times alternating passes (median of the repetitions, CPU time of this thread),
// counts heap allocations per decision, and compares cold starts: a bare Lua process against
// `hashigo eval` on the first case.
//
// Environment (all optional):
//   HASHIGO_PEER_CASES  cases (default 100000; the digest is checked only at 100000)
//   HASHIGO_PEER_REPS   timed passes of each contender (default 5; the median is reported)
//   HASHIGO_PEER_COLD   processes per cold contender (default 40)
//   HASHIGO_PEER_PROFILE  0..3: only run that contender over the cases, once, and exit (for a
//                       profiler: 0 bare Lua, 1 and 2 hashigo lean with and without the digest,
//                       3 hashigo with explanations)
#include "peer.hpp"

#include "lua/budget.hpp"

#include <hashigo/case/fold.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/sha256.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

// Every heap allocation of the process, counted (glibc's own functions do the work).
extern "C" {
void* __libc_malloc(std::size_t);
void* __libc_calloc(std::size_t, std::size_t);
void* __libc_realloc(void*, std::size_t);
}
namespace {
std::atomic<std::uint64_t> heap_allocations{0};
}
extern "C" void* malloc(std::size_t n) {
  heap_allocations.fetch_add(1, std::memory_order_relaxed);
  return __libc_malloc(n);
}
extern "C" void* calloc(std::size_t a, std::size_t b) {
  heap_allocations.fetch_add(1, std::memory_order_relaxed);
  return __libc_calloc(a, b);
}
extern "C" void* realloc(void* p, std::size_t n) {
  if (n > 0) heap_allocations.fetch_add(1, std::memory_order_relaxed);
  return __libc_realloc(p, n);
}

namespace {

namespace peer = hashigo::bench::peer;
namespace cases = hashigo::cases;
namespace engine = hashigo::engine;
namespace fs = std::filesystem;

const std::string source_dir = HASHIGO_TEST_SOURCE_DIR;
const std::string peer_dir = source_dir + "/tests/bench/peer";
const std::string rules_root = peer_dir + "/rules";

std::size_t env_size(const char* name, std::size_t fallback) {
  const char* v = std::getenv(name);
  if (!v || !*v) return fallback;
  const long long n = std::atoll(v);
  return n > 0 ? static_cast<std::size_t>(n) : fallback;
}

double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// One contender: decides case i (the returned outcome is what the identity check compares).
struct contender {
  std::string label;
  std::function<peer::outcome(std::size_t)> decide;
  std::vector<double> seconds;  // one entry per timed pass
  double allocations_per_decision = 0;
  double lua_allocations_per_decision = 0;  // of those, made by hashigo's Lua states
};

// Wall milliseconds of one process run (stdout and stderr to /dev/null); negative when it failed.
double run_process(const std::vector<std::string>& args, const std::vector<std::string>& extra_env) {
  std::vector<char*> argv;
  std::vector<std::string> a = args;
  for (auto& s : a) argv.push_back(s.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_text;
  for (char** e = environ; *e; ++e)
    if (std::string_view(*e).rfind("HASHIGO_RULES=", 0) != 0) env_text.emplace_back(*e);
  for (const auto& e : extra_env) env_text.push_back(e);
  std::vector<char*> envp;
  for (auto& e : env_text) envp.push_back(e.data());
  envp.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  // hashigo eval warns that the file records no step (the peer case is decided at its intake stage)
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  const auto t0 = std::chrono::steady_clock::now();
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  const auto t1 = std::chrono::steady_clock::now();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
  return std::chrono::duration<double, std::milli>(t1 - t0).count();
}

// The first line a process prints (for the cold contenders' identity check).
std::string first_line_of(const std::string& command) {
  std::string out;
  if (FILE* p = popen(command.c_str(), "r")) {
    char buf[4096];
    if (std::fgets(buf, sizeof buf, p)) out = buf;
    pclose(p);
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out;
}

}  // namespace

int main() {
  const std::size_t n = env_size("HASHIGO_PEER_CASES", 100000);
  const std::size_t reps = env_size("HASHIGO_PEER_REPS", 5);
  const std::size_t cold_runs = env_size("HASHIGO_PEER_COLD", 40);

  // ---- the data ----------------------------------------------------------------------------
  const auto all = peer::generate(n);
  {
    hashigo::sha256 h;
    for (const auto& c : all) {
      h.update(peer::jsonl_line(c));
      h.update("\n");
    }
    const std::string digest = h.hex();
    if (n == 100000 && digest != peer::published_sha256) {
      fmt::print(stderr, "peer: the generated JSONL has sha256 {}, the definition publishes {}: the generator differs\n", digest,
                 peer::published_sha256);
      return 1;
    }
    fmt::print("peer: {} cases, JSONL sha256 {}{}\n", n, digest, n == 100000 ? " (= the published digest)" : "");
  }
  std::vector<cases::case_state> states;
  states.reserve(all.size());
  const auto t0 = std::chrono::steady_clock::now();
  for (const auto& c : all) {
    const auto file = hashigo::format::case_file_from_json(peer::case_file(c));
    states.push_back(cases::fold(file.header, file.events, peer::as_of()));
  }
  fmt::print("peer: cases folded for hashigo in {:.1f} s (untimed)\n",
             std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());

  // ---- the contenders ----------------------------------------------------------------------
  peer::floor_runtime floor(peer_dir + "/floor.lua");
  engine::engine_options options;
  options.rules_root = rules_root;
  engine::engine eng(options);
  engine::lean_decision lean;  // reused, as batch and the cohort reuse theirs
  engine::evaluate_options on;
  on.explain = true;
  std::vector<contender> contenders;
  contenders.push_back({"bare Lua 5.4 (plain function, case table built per call)", [&](std::size_t i) { return floor.decide(all[i]); }, {}, 0});
  contenders.push_back({"hashigo, explanations off (lean decision, with the inputs digest batch writes)", [&](std::size_t i) {
                          eng.evaluate_lean(states[i], "peer", lean);
                          return peer::outcome_of(lean);
                        }, {}, 0});
  contenders.push_back({"hashigo, explanations off (lean decision, no inputs digest, as the cohort asks)", [&](std::size_t i) {
                          eng.evaluate_lean(states[i], "peer", lean, false);
                          return peer::outcome_of(lean);
                        }, {}, 0});
  contenders.push_back({"hashigo, explanations on (full decision and trace)", [&](std::size_t i) { return peer::outcome_of(eng.evaluate(states[i], "peer", on)); }, {}, 0});

  if (const char* only = std::getenv("HASHIGO_PEER_PROFILE"); only && *only) {
    const auto k = static_cast<std::size_t>(std::atoi(only));
    if (k >= contenders.size()) return 2;
    std::uint64_t sink = 0;
    for (std::size_t i = 0; i < all.size(); ++i) sink += contenders[k].decide(i).referrals;
    fmt::print("peer: {} decided {} cases ({})\n", contenders[k].label, all.size(), sink);
    return 0;
  }

  // ---- identical outputs on every case, before any timing -----------------------------------
  std::size_t differ = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const std::string want = peer::canonical(all[i].id, contenders[0].decide(i));
    for (std::size_t k = 1; k < contenders.size(); ++k) {
      const std::string got = peer::canonical(all[i].id, contenders[k].decide(i));
      if (got != want && differ++ < 5) fmt::print(stderr, "peer: case {}: bare Lua {} but {} {}\n", all[i].id, want, contenders[k].label, got);
    }
  }
  if (differ) {
    fmt::print(stderr, "peer: {} outputs differ from bare Lua's: no timing\n", differ);
    return 1;
  }
  fmt::print("peer: identical canonical lines from all {} contenders on all {} cases\n", contenders.size(), all.size());

  // ---- throughput: alternating passes --------------------------------------------------------
  for (std::size_t r = 0; r < reps; ++r)
    for (auto& c : contenders) {
      std::uint64_t sink = 0;
      const double start = thread_seconds();
      for (std::size_t i = 0; i < all.size(); ++i) sink += c.decide(i).referrals;
      c.seconds.push_back(thread_seconds() - start);
      if (sink == 42) fmt::print("");  // keeps the loop's results alive
    }
  // Allocations per decision in the steady state (after the passes above warmed every cache).
  for (auto& c : contenders) {
    const std::size_t sample = std::min<std::size_t>(all.size(), 20000);
    const std::uint64_t before = heap_allocations.load();
    const std::uint64_t lua_before = hashigo::lua::allocations_on_this_thread();
    for (std::size_t i = 0; i < sample; ++i) (void)c.decide(i);
    c.allocations_per_decision = static_cast<double>(heap_allocations.load() - before) / static_cast<double>(sample);
    c.lua_allocations_per_decision =
        static_cast<double>(hashigo::lua::allocations_on_this_thread() - lua_before) / static_cast<double>(sample);
  }

  // ---- cold start ---------------------------------------------------------------------------
  const fs::path tmp = fs::temp_directory_path() / fmt::format("hashigo-peer-{}", getpid());
  fs::create_directories(tmp);
  {
    std::ofstream(tmp / "case1.jsonl") << peer::jsonl_line(all.front()) << '\n';
    std::ofstream(tmp / "case1.json") << peer::case_file(all.front()).dump(2) << '\n';
  }
  const std::vector<std::string> floor_cmd = {HASHIGO_PEER_FLOOR_PATH, peer_dir + "/floor_cold.lua", (tmp / "case1.jsonl").string()};
  const std::vector<std::string> hashigo_cmd = {HASHIGO_CLI_PATH, "eval", (tmp / "case1.json").string(), "--as-of",
                                                peer::as_of().to_string(), "--json"};
  const std::string rules_env = "HASHIGO_RULES=" + rules_root;
  const std::string floor_line = first_line_of(fmt::format("'{}' '{}' '{}'", floor_cmd[0], floor_cmd[1], floor_cmd[2]));
  const std::string want_line = peer::canonical(all.front().id, contenders[0].decide(0));
  if (floor_line != want_line) {
    fmt::print(stderr, "peer: the cold bare-Lua process printed '{}', expected '{}'\n", floor_line, want_line);
    return 1;
  }
  std::vector<double> cold_floor, cold_hashigo;
  bool cold_ok = run_process(floor_cmd, {}) >= 0 && run_process(hashigo_cmd, {rules_env}) >= 0;  // warm the page cache
  for (std::size_t r = 0; cold_ok && r < cold_runs; ++r) {
    const double f = run_process(floor_cmd, {});
    const double h = run_process(hashigo_cmd, {rules_env});
    cold_ok = f >= 0 && h >= 0;
    cold_floor.push_back(f);
    cold_hashigo.push_back(h);
  }
  fs::remove_all(tmp);

  // ---- summary ------------------------------------------------------------------------------
  const double floor_s = median(contenders[0].seconds);
  fmt::print("\npeer decision: {} cases, median of {} alternating passes, CPU time of the benchmark thread\n\n", all.size(), reps);
  fmt::print("| contender | decisions/s | µs/decision | vs bare Lua | target | heap allocations/decision | of which by hashigo's Lua |\n"
             "|---|---:|---:|---:|---|---:|---:|\n");
  const double targets[] = {0, 0.33, 0.33, 0.25};
  for (std::size_t k = 0; k < contenders.size(); ++k) {
    const auto& c = contenders[k];
    const double s = median(c.seconds);
    const double ratio = floor_s / s;
    const std::string target = targets[k] > 0 ? fmt::format("≥ {:.2f}×: {}", targets[k], ratio >= targets[k] ? "met" : "not met") : "";
    const std::string lua_share = k == 0 ? "(all: a plain state)" : fmt::format("{:.1f}", c.lua_allocations_per_decision);
    fmt::print("| {} | {:.0f} | {:.2f} | {:.3f}× | {} | {:.1f} | {} |\n", c.label, static_cast<double>(all.size()) / s,
               1e6 * s / static_cast<double>(all.size()), ratio, target, c.allocations_per_decision, lua_share);
  }
  if (cold_ok) {
    const double f = median(cold_floor), h = median(cold_hashigo);
    fmt::print("\ncold start, one case, median wall time of {} runs each: bare Lua process {:.2f} ms; `hashigo eval … --json` {:.2f} ms: "
               "{:.2f}× (target ≤ 2×: {})\n",
               cold_runs, f, h, h / f, h / f <= 2.0 ? "met" : "not met");
  } else {
    fmt::print(stderr, "peer: a cold-start process failed\n");
    return 1;
  }
  return 0;
}
