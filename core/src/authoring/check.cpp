#include <hashigo/authoring/check.hpp>
#include <hashigo/authoring/pack_tests.hpp>
#include <hashigo/error.hpp>

#include "authoring/corpus.hpp"
#include "authoring/step_conflicts.hpp"
#include "pack/runtime.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>

namespace hashigo::authoring {

namespace fs = std::filesystem;

namespace {

// `rules/x/stepup.lua:12` → file and line.
finding from_location(const std::string& location, std::string code, std::string message) {
  finding f{location, 0, std::move(code), "error", std::move(message)};
  if (auto colon = location.rfind(':'); colon != std::string::npos) {
    const std::string tail = location.substr(colon + 1);
    if (!tail.empty() && std::all_of(tail.begin(), tail.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      f.file = location.substr(0, colon);
      f.line = std::stoi(tail);
    }
  }
  return f;
}

std::vector<std::string> read_lines(const fs::path& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Names of parameters a source line refers to: ctx.param("x") and thresholds given by name as the
// last argument of ctx.at_least/at_most/above/below.
std::vector<std::string> parameters_named(const std::string& line) {
  static const std::regex param_call(R"re(ctx\.param\(\s*"([A-Za-z0-9_]+)"\s*\))re");
  static const std::regex threshold(R"re(ctx\.(?:at_least|at_most|above|below)\([^()]*,\s*"([A-Za-z0-9_]+)"\s*\))re");
  std::vector<std::string> out;
  for (const auto* re : {&param_call, &threshold})
    for (std::sregex_iterator it(line.begin(), line.end(), *re), end; it != end; ++it) out.push_back((*it)[1].str());
  return out;
}

// Rungs a source line names: `rung = "x"` and "stage/rung" position strings.
std::vector<std::pair<std::string, std::string>> rungs_named(const std::string& line) {
  static const std::regex to_literal(R"re(stage\s*=\s*"([a-z]+)"\s*,\s*rung\s*=\s*"([A-Za-z0-9_]+)")re");
  static const std::regex position_text(R"re("(life|social|employment|intermediate|general)/([A-Za-z0-9_]+)")re");
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto* re : {&to_literal, &position_text})
    for (std::sregex_iterator it(line.begin(), line.end(), *re), end; it != end; ++it)
      out.emplace_back((*it)[1].str(), (*it)[2].str());
  return out;
}

bool rung_declared(const cases::ladder_spec& ladder, const std::string& stage_code, const std::string& rung) {
  auto s = cases::parse_stage(stage_code);
  if (!s) return false;
  auto it = ladder.rungs.find(*s);
  return it != ladder.rungs.end() && std::find(it->second.begin(), it->second.end(), rung) != it->second.end();
}

// The rule whose decide function a line of a rule file belongs to: the last one starting at or
// above it. Lines of shared modules belong to no rule.
const engine::rule_summary* rule_at(const engine::pack_summary& pack, const std::string& file, int line) {
  const engine::rule_summary* best = nullptr;
  for (const auto& r : pack.rules)
    if (r.file == file && r.line <= line && (!best || r.line > best->line)) best = &r;
  return best;
}

// Parameter name → the rules (or shared module files) whose code names it.
using readers_map = std::map<std::string, std::set<std::string>>;

void lint_sources(const fs::path& rules_root, const engine::pack_summary& pack, std::vector<finding>& out,
                  readers_map& readers) {
  std::set<std::string> declared;
  for (const auto& p : pack.parameters) declared.insert(p.name);
  const std::string root_name = rules_root.filename().string();
  for (const auto& shown : pack.files) {
    if (shown.size() < 4 || shown.substr(shown.size() - 4) != ".lua") continue;
    const fs::path path = rules_root.parent_path() / shown;
    const auto lines = read_lines(path);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::string& line = lines[i];
      const auto comment = line.find("--");
      const std::string code = comment == std::string::npos ? line : line.substr(0, comment);
      for (const auto& name : parameters_named(code)) {
        const auto* reader = rule_at(pack, shown, static_cast<int>(i + 1));
        readers[name].insert(reader ? reader->id : shown);
        if (!declared.count(name))
          out.push_back({shown, static_cast<int>(i + 1), "unknown-parameter", "error",
                         fmt::format("parameter '{}' is not declared by {} or its bases", name, pack.region)});
      }
      for (const auto& [stage_code, rung] : rungs_named(code))
        if (!rung_declared(pack.ladder, stage_code, rung))
          out.push_back({shown, static_cast<int>(i + 1), "undeclared-rung", "error",
                         fmt::format("rung '{}' is not declared for stage {} (pack.lua rungs.{})", rung, stage_code, stage_code)});
    }
  }
}

void lint_rules(const engine::pack_summary& pack, std::vector<finding>& out) {
  for (const auto& r : pack.rules) {
    if (r.title.ja.empty() || r.title.en.empty())
      out.push_back({r.file, r.line, "missing-title", "error",
                     fmt::format("rule {} needs title = {{ ja = \"…\", en = \"…\" }}", r.id)});
  }
}

// The line of pack.lua where `name = …` is written, or 0.
int line_of_parameter(const fs::path& rules_root, const std::string& file, const std::string& name) {
  const auto lines = read_lines(rules_root.parent_path() / file);
  // A line that starts with the name first (one entry per line, as packs are written), then any
  // `{ name = …` or `, name = …` outside a comment.
  const std::regex own_line("^\\s*(\\[\"" + name + "\"\\]|" + name + ")\\s*=");
  const std::regex inline_entry("[{,]\\s*" + name + "\\s*=");
  for (const auto* re : {&own_line, &inline_entry})
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::string code = lines[i].substr(0, lines[i].find("--"));
      if (std::regex_search(code, *re)) return static_cast<int>(i + 1);
    }
  return 0;
}

std::string shown_value(const engine::parameter_summary& p, bool ja) {
  std::string out;
  for (const auto& v : p.values)
    out += (out.empty() ? "" : ", ") + (v.since.empty() ? "" : ja ? v.since + " から " : "from " + v.since + ": ") + v.value.dump();
  return out.size() > 120 ? out.substr(0, 117) + "..." : out;
}

// Provenance of what this region itself declares (its bases answer for theirs): a rule citing no
// document, a parameter with no basis, and every value chosen by the pack rather than a source —
// reported so that nobody takes it for the law, and each needing a note saying why it was chosen.
void lint_provenance(const fs::path& rules_root, const engine::pack_summary& pack, const readers_map& readers,
                     std::vector<finding>& out) {
  for (const auto& r : pack.rules)
    if (r.defined_in == pack.region && r.references.empty())
      out.push_back({r.file, r.line, "missing-reference", "warning",
                     fmt::format("rule {} cites no document: add references = {{ {{ id = …, section = … }} }} "
                                 "(ids of references.lua)",
                                 r.id),
                     fmt::format("ルール {} が文献を挙げていません：references = {{ {{ id = …, section = … }} }} を書いてください"
                                 "（id は references.lua のもの）",
                                 r.id)});
  for (const auto& p : pack.parameters) {
    if (p.defined_in != pack.region) continue;
    const int line = line_of_parameter(rules_root, p.file, p.name);
    if (p.basis == pack::basis::none) {
      out.push_back({p.file, line, "missing-basis", "warning",
                     fmt::format("parameter {} has no basis: write it as {{ value = …, unit = …, basis = \"law\" | "
                                 "\"official guidance\" | \"practice document\" | \"default\", … }}",
                                 p.name),
                     fmt::format("パラメータ {} に根拠がありません：{{ value = …, unit = …, basis = \"law\" | "
                                 "\"official guidance\" | \"practice document\" | \"default\", … }} の形で書いてください",
                                 p.name)});
      continue;
    }
    if (p.basis != pack::basis::default_value) continue;
    std::string read_by;
    if (const auto it = readers.find(p.name); it != readers.end())
      for (const auto& id : it->second) read_by += (read_by.empty() ? "" : ", ") + id;
    out.push_back({p.file, line, "default-value", "warning",
                   fmt::format("parameter {} = {} ({}) is a default chosen by the pack, not by a source; read by {}", p.name,
                               shown_value(p, false), p.unit, read_by.empty() ? "no rule file of this pack" : read_by),
                   fmt::format("パラメータ {} = {}（{}）は出典によらずパックが選んだ既定値です。使うルール：{}", p.name,
                               shown_value(p, true), p.unit, read_by.empty() ? "このパックのルールファイルにはなし" : read_by)});
    if (p.note.ja.empty() && p.note.en.empty())
      out.push_back({p.file, line, "default-without-note", "warning",
                     fmt::format("parameter {} is a default without a note: say why this value was chosen", p.name),
                     fmt::format("パラメータ {} は既定値なのに note がありません：この値を選んだ理由を書いてください", p.name)});
  }
}

// A misspelt id in `disable` would silently leave the base rule running.
void lint_disabled(engine::engine& eng, const engine::pack_summary& pack, std::vector<finding>& out) {
  if (pack.disabled.empty()) return;
  std::set<std::string> base_ids;
  if (pack.chain.size() > 1)
    for (const auto& r : eng.pack(pack.chain[1]).rules) base_ids.insert(r.id);
  const std::string file = eng.rules_root().filename().string() + "/" + pack.region + "/pack.lua";
  for (const auto& id : pack.disabled)
    if (!base_ids.count(id))
      out.push_back({file, 0, "unknown-rule", "error",
                     fmt::format("disable names '{}', which no base pack defines", id)});
}

// `supersedes` must name step rules the pack has (a rule the region disables may be named: the
// base's declaration still reads right), and must not go round in a cycle, where each rule would
// drop the other's proposal.
void lint_supersedes(engine::engine& eng, const engine::pack_summary& pack, std::vector<finding>& out) {
  std::map<std::string, const engine::rule_summary*> by_id;
  for (const auto& r : pack.rules) by_id[r.id] = &r;
  std::set<std::string> defined_below;  // ids of the bases' rules, for `disable`d ones
  if (pack.chain.size() > 1)
    for (const auto& r : eng.pack(pack.chain[1]).rules) defined_below.insert(r.id);
  for (const auto& r : pack.rules)
    for (const auto& id : r.supersedes) {
      const auto it = by_id.find(id);
      if (it == by_id.end()) {
        if (std::find(pack.disabled.begin(), pack.disabled.end(), id) != pack.disabled.end() && defined_below.count(id)) continue;
        out.push_back({r.file, r.line, "unknown-rule", "error",
                       fmt::format("rule {} supersedes '{}', which no rule of {} or its bases defines", r.id, id, pack.region)});
      } else if (it->second->kind != pack::module_kind::stepup) {
        out.push_back({r.file, r.line, "supersedes-not-step", "error",
                       fmt::format("rule {} supersedes {}, a rule of {}.lua: supersedes drops step proposals, so it "
                                   "names step rules only",
                                   r.id, id, it->second->module)});
      }
    }
  // A cycle: walk the graph from each rule in pack order, reporting each cycle once (at its first rule).
  std::set<std::string> reported;
  for (const auto& start : pack.rules) {
    std::vector<std::string> path{start.id};
    std::function<bool(const std::string&)> reaches = [&](const std::string& id) -> bool {
      const auto it = by_id.find(id);
      if (it == by_id.end()) return false;
      for (const auto& next : it->second->supersedes) {
        if (next == start.id) {
          path.push_back(next);
          return true;
        }
        if (std::find(path.begin(), path.end(), next) != path.end()) continue;
        path.push_back(next);
        if (reaches(next)) return true;
        path.pop_back();
      }
      return false;
    };
    if (!reaches(start.id)) continue;
    std::set<std::string> members(path.begin(), path.end());
    if (std::any_of(members.begin(), members.end(), [&](const std::string& m) { return reported.count(m) > 0; })) continue;
    reported.insert(members.begin(), members.end());
    std::string cycle;
    for (const auto& id : path) cycle += (cycle.empty() ? "" : " → ") + id;
    out.push_back({start.file, start.line, "supersedes-cycle", "error",
                   fmt::format("supersedes goes round in a cycle: {}; when they all fire, none of their proposals "
                               "would count; say which one decides",
                               cycle)});
  }
}

using check_clock = std::chrono::steady_clock;

// The clock of one check: its start and, with a budget, its deadline.
struct check_timer {
  check_clock::time_point start = check_clock::now();
  std::chrono::milliseconds budget{0};
  std::optional<check_clock::time_point> deadline;

  explicit check_timer(std::chrono::milliseconds b) : budget(b) {
    if (b.count() > 0) deadline = start + b;
  }
  bool over() const { return deadline && check_clock::now() >= *deadline; }
};

std::string seconds(std::chrono::nanoseconds d) { return fmt::format("{:.1f} s", std::chrono::duration<double>(d).count()); }

// The error for a check stopped by its time budget, at the rule that took the most time, naming
// the rules that took most of it and their shares: what to speed up.
finding over_budget(const check_timer& t, const std::vector<engine::rule_cost>& costs, const std::string& progress,
                    const std::string& pack_file) {
  std::vector<const engine::rule_cost*> by_time;
  std::int64_t total = 0;
  for (const auto& c : costs) {
    by_time.push_back(&c);
    total += c.nanoseconds;
  }
  std::stable_sort(by_time.begin(), by_time.end(),
                   [](const engine::rule_cost* a, const engine::rule_cost* b) { return a->nanoseconds > b->nanoseconds; });
  std::string slowest;
  for (std::size_t i = 0; i < by_time.size() && i < 3 && total > 0; ++i) {
    const auto& c = *by_time[i];
    const double each_us = c.calls > 0 ? static_cast<double>(c.nanoseconds) / 1e3 / static_cast<double>(c.calls) : 0.0;
    slowest += fmt::format("{}{} at {}: {:.0f}% ({} calls, {} each)", slowest.empty() ? "" : "; ", c.rule_id, c.where,
                           100.0 * static_cast<double>(c.nanoseconds) / static_cast<double>(total), c.calls,
                           each_us >= 1000 ? fmt::format("{:.1f} ms", each_us / 1000) : fmt::format("{:.0f} µs", each_us));
  }
  const std::string message =
      fmt::format("check stopped after {}, over its time budget of {:g} s, {}; {}; make the slow rule cheaper, or allow "
                  "more time with --time-budget SECONDS",
                  seconds(check_clock::now() - t.start), std::chrono::duration<double>(t.budget).count(), progress,
                  slowest.empty() ? "no rule had run yet (loading the pack took the time)"
                                  : "the rules' time went to " + slowest);
  if (slowest.empty()) return finding{pack_file, 0, time_budget_finding, "error", message};
  return from_location(by_time.front()->where, time_budget_finding, message);
}

// The scope a rule declares, as `applies_to` is written: `stages life, social; statuses in_support`.
std::string scope_text(const engine::rule_summary& r) {
  std::string out;
  const auto list = [&](const char* name, const auto& codes) {
    if (codes.empty()) return;
    out += (out.empty() ? "" : "; ") + std::string(name) + " ";
    for (std::size_t i = 0; i < codes.size(); ++i) out += (i ? ", " : "") + std::string(to_string(codes[i]));
  };
  list("stages", r.applies_to.stages);
  list("statuses", r.applies_to.statuses);
  return out;
}

// One error per rule that fired outside its `applies_to`, at its first such case: the engine
// skips it there, so the pack's decisions are not the ones its rules make.
void scope_findings(const engine::pack_summary& pack, const std::vector<scope_breach>& breaches, std::vector<finding>& out) {
  std::map<std::string, std::pair<const scope_breach*, std::size_t>> by_rule;
  for (const auto& b : breaches) {
    auto& [first, count] = by_rule[b.rule_id];
    if (first == nullptr) first = &b;
    ++count;
  }
  for (const auto& r : pack.rules) {
    const auto it = by_rule.find(r.id);
    if (it == by_rule.end()) continue;
    const auto& [b, count] = it->second;
    out.push_back({r.file, r.line, "applies-to", "error",
                   fmt::format("rule {} fired on a case at {} ({}) on {}{}, but its applies_to ({}) leaves that case "
                               "out, so evaluations skip it there; widen applies_to, or make the rule return nil "
                               "outside it",
                               r.id, b->position, b->status, b->as_of,
                               count > 1 ? fmt::format(" and {} more time(s)", count - 1) : "", scope_text(r))});
  }
}

// Runs every rule on every synthetic case under every status (the facts of a case do not fix its
// status), recording the rules that fire outside their applies_to. A decision that fails only
// because rules ran outside their scope is a finding at the failure; one that fails in real
// evaluations too is the main probe's to report. Returns false when the time budget ran out.
bool probe_scopes(engine::engine& eng, const engine::pack_summary& pack, const std::vector<cases::case_state>& corpus,
                  const check_timer& timer, std::vector<engine::rule_cost>& costs, std::vector<scope_breach>& breaches,
                  std::vector<finding>& out) {
  engine::evaluate_options every;
  every.explain = true;
  every.costs = &costs;
  every.every_rule = true;
  std::set<std::string> failing_places;
  for (const auto& original : corpus) {
    for (const auto status : cases::all_process_statuses) {
      if (timer.over()) return false;
      cases::case_state s = original;
      s.status = status;
      const auto d = eng.evaluate(s, pack.region, every);
      const std::string position = cases::to_string(s.position);
      if (!d.ok()) {
        if (eng.evaluate(s, pack.region, {false, &costs}).ok() && failing_places.insert(d.error->where).second)
          out.push_back(from_location(d.error->where, "applies-to",
                                      fmt::format("a rule run outside its applies_to fails on a synthetic case at {} ({}) "
                                                  "on {}: {}; evaluations skip it there, but its conditions do not say so: "
                                                  "make it return nil outside its applies_to",
                                                  position, to_string(status), d.as_of, d.error->message)));
        continue;
      }
      for (const auto& t : d.trace)
        if (t.fired && t.outside_scope) breaches.push_back({t.rule_id, d.as_of, position, std::string(to_string(status))});
    }
  }
  return true;
}

void probe(engine::engine& eng, const engine::pack_summary& pack, const check_timer& timer, std::vector<finding>& out) {
  std::set<std::string> fired;
  std::map<std::string, std::set<std::string>> entered_by;  // position → rules moving cases into it
  std::set<std::string> left;                                // positions some rule moves cases out of
  std::vector<engine::rule_cost> costs;
  const std::string pack_file = eng.rules_root().filename().string() + "/" + pack.region + "/pack.lua";
  const auto corpus = synthetic_cases(pack.ladder);
  // Rules that declare where they apply run everywhere here: one that fires outside would be
  // skipped there in real evaluations, and change their decisions.
  const bool scoped = std::any_of(pack.rules.begin(), pack.rules.end(), [](const auto& r) { return r.applies_to.narrows(); });
  std::vector<scope_breach> breaches;
  // Pairs of step rules that would end a decision in RULE005 come first, named pair by pair: the
  // synthetic cases below would only meet one of them as a failing case.
  const std::size_t all = step_probe_size(eng, pack) + corpus.size();
  auto conflicts = probe_step_conflicts(eng, pack, [&] { return timer.over(); }, &costs);
  if (conflicts.stopped) {
    out.push_back(over_budget(timer, costs, fmt::format("having evaluated {} of {} synthetic cases", conflicts.evaluated, all),
                              pack_file));
    return;
  }
  if (!conflicts.findings.empty()) {
    out.insert(out.end(), conflicts.findings.begin(), conflicts.findings.end());
    return;
  }
  std::size_t evaluated = conflicts.evaluated;
  for (const auto& s : corpus) {
    if (timer.over()) {
      out.push_back(over_budget(timer, costs, fmt::format("having evaluated {} of {} synthetic cases", evaluated, all),
                                pack_file));
      return;
    }
    const auto d = eng.evaluate(s, pack.region, {true, &costs});
    ++evaluated;
    if (!d.ok()) {
      out.push_back(from_location(d.error->where, "probe-error",
                                  fmt::format("fails on a synthetic case at {} on {}: {}", cases::to_string(s.position),
                                              d.as_of, d.error->message)));
      return;
    }
    for (const auto& t : d.trace)
      if (t.fired) fired.insert(t.rule_id);
    const std::string here = cases::to_string(s.position);
    std::vector<const engine::reason*> movers;
    for (const auto& r : d.step.reasons) movers.push_back(&r);
    for (const auto& r : d.step.overruled) movers.push_back(&r);
    if (d.step.to && d.step.step != "stay" && !(*d.step.to == s.position)) {
      left.insert(here);
      for (const auto& r : d.step.reasons) entered_by[cases::to_string(*d.step.to)].insert(r.rule_id);
    }
    if (!d.step.overruled.empty()) left.insert(here);  // an overruled move out still shows a way out
  }
  if (scoped && !probe_scopes(eng, pack, corpus, timer, costs, breaches, out)) {
    out.push_back(over_budget(timer, costs, fmt::format("having evaluated all {} synthetic cases, checking applies_to", all),
                              pack_file));
    return;
  }
  // A rule a pack test makes fire can fire: the synthetic cases only stand in where tests are
  // silent, so the tests run only when some rule fired on none of them.
  std::set<std::string> fired_in_tests;
  const bool all_fired = std::all_of(pack.rules.begin(), pack.rules.end(), [&](const auto& r) { return fired.count(r.id) > 0; });
  if (!all_fired || scoped) {
    try {
      test_run_options run;
      run.deadline = timer.deadline;
      run.costs = &costs;
      run.every_rule = scoped;
      const auto report = run_pack_tests(eng, pack.region, run);
      for (const auto& result : report.results) {
        fired_in_tests.insert(result.rules_fired.begin(), result.rules_fired.end());
        breaches.insert(breaches.end(), result.fired_outside.begin(), result.fired_outside.end());
      }
      if (report.stopped) {
        out.push_back(over_budget(timer, costs,
                                  fmt::format("having evaluated all {} synthetic cases and run {} pack test(s)", all,
                                              report.results.size()),
                                  pack_file));
        return;
      }
    } catch (const error&) {
      // tests that do not load are `hashigo test`'s to report; the probe alone decides here
    }
  }
  scope_findings(pack, breaches, out);
  for (const auto& r : pack.rules)
    if (!fired.count(r.id) && !fired_in_tests.count(r.id))
      out.push_back({r.file, r.line, "never-fires", "warning",
                     fmt::format("rule {} fired on none of the synthetic cases (every position × common situations) "
                                 "and in no pack test; check its conditions, or cover it with a pack test",
                                 r.id)});
  const auto positions = positions_of(pack.ladder);
  for (std::size_t i = 0; i + 1 < positions.size(); ++i) {  // the top position is left by closure
    const std::string p = cases::to_string(positions[i]);
    if (entered_by.count(p) && !left.count(p)) {
      std::string via;
      for (const auto& id : entered_by[p]) via += (via.empty() ? "" : ", ") + id;
      const auto& first_rule = pack.rules.empty() ? engine::rule_summary{} : pack.rules.front();
      out.push_back({first_rule.file, 0, "dead-end", "warning",
                     fmt::format("cases enter {} ({}) but no rule moves a case out of it, up or down", p, via)});
    }
  }
}

}  // namespace

std::vector<finding> check_pack(const fs::path& rules_root, const std::string& region, const check_options& options) {
  const check_timer timer(options.time_budget);
  std::vector<finding> out;
  engine::engine_options opts;
  opts.rules_root = rules_root;
  engine::engine eng(opts);
  engine::pack_summary pack;
  try {
    pack = eng.pack(region);
  } catch (const pack::script_error& e) {
    out.push_back(from_location(e.location(), e.code(), e.message()));
    return out;
  } catch (const rule_error& e) {
    out.push_back({rules_root.filename().string() + "/" + region, 0, e.code(), "error", e.what()});
    return out;
  }
  lint_rules(pack, out);
  readers_map readers;
  lint_sources(rules_root, pack, out, readers);
  lint_provenance(rules_root, pack, readers, out);
  lint_disabled(eng, pack, out);
  lint_supersedes(eng, pack, out);
  if (!has_errors(out)) probe(eng, pack, timer, out);
  std::sort(out.begin(), out.end(), [](const finding& a, const finding& b) {
    return std::tie(a.file, a.line, a.code, a.message) < std::tie(b.file, b.line, b.code, b.message);
  });
  return out;
}

bool has_errors(const std::vector<finding>& findings) {
  return std::any_of(findings.begin(), findings.end(), [](const finding& f) { return f.severity == "error"; });
}

std::string errors_text(const std::vector<finding>& findings) {
  std::string out;
  for (const auto& f : findings)
    if (f.severity == "error") out += fmt::format("{}{}:{}: {}: {}", out.empty() ? "" : "\n", f.file, f.line, f.code, f.message);
  return out;
}

}  // namespace hashigo::authoring
