#include <hashigo/authoring/pack_tests.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/sim/journey.hpp>

#include "lua/data_file.hpp"
#include "lua/pack_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

namespace hashigo::authoring {

namespace fs = std::filesystem;
using nlohmann::json;

int test_report::passed() const {
  return static_cast<int>(std::count_if(results.begin(), results.end(), [](const test_result& r) { return r.passed; }));
}
int test_report::failed() const {
  return static_cast<int>(
      std::count_if(results.begin(), results.end(), [](const test_result& r) { return !r.passed && !r.skipped; }));
}
int test_report::skipped() const {
  return static_cast<int>(std::count_if(results.begin(), results.end(), [](const test_result& r) { return r.skipped; }));
}

namespace {

// A test case as written in a tests/*.lua file.
struct test_spec {
  std::string file;
  fs::path dir;
  std::string name;
  json doc;
};

std::string show(const json& v) {
  if (v.is_null()) return "(none)";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    if (v.empty()) return "(none)";
    std::string out;
    for (const auto& x : v) out += (out.empty() ? "" : ", ") + show(x);
    return out;
  }
  return v.dump();
}

std::string position_code(const cases::position& p) { return cases::to_string(p); }

json sorted_ids(const std::vector<engine::reason>& reasons) {
  std::vector<std::string> ids;
  for (const auto& r : reasons) ids.push_back(r.rule_id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

json sorted_strings(const json& v) {
  std::vector<std::string> out;
  if (v.is_string()) out.push_back(v.get<std::string>());
  if (v.is_array())
    for (const auto& x : v)
      if (x.is_string()) out.push_back(x.get<std::string>());
  std::sort(out.begin(), out.end());
  return out;
}

std::set<std::string> fired_rules(const engine::decision& d) {
  std::set<std::string> out;
  for (const auto& t : d.trace)
    if (t.fired) out.insert(t.rule_id);
  return out;
}

// Compares one decision against one expectation table; appends readable differences.
void compare(const std::string& day, const json& expect, const cases::case_state& state, const engine::decision& d,
             std::vector<std::string>& diffs) {
  auto differ = [&](const std::string& what, const json& want, const json& got) {
    if (want != got) diffs.push_back(fmt::format("{} {}: expected {}, got {}", day, what, show(want), show(got)));
  };
  if (!expect.is_object()) {
    diffs.push_back(fmt::format("{}: the expectation must be a table", day));
    return;
  }
  for (auto it = expect.begin(); it != expect.end(); ++it) {
    const std::string& key = it.key();
    const json& want = *it;
    if (key == "error") {
      differ("error", want, d.error ? json(d.error->code) : json(nullptr));
    } else if (d.status == "error") {
      diffs.push_back(fmt::format("{}: the evaluation failed: {} {}: {}", day, d.error->code, d.error->where, d.error->message));
      return;
    } else if (key == "status") {
      differ("status", want, std::string(cases::to_string(state.status)));
    } else if (key == "position") {
      differ("position", want, position_code(state.position));
    } else if (key == "step") {
      differ("step", want, d.step.step);
    } else if (key == "to") {
      differ("to", want, d.step.to ? json(position_code(*d.step.to)) : json(nullptr));
    } else if (key == "accepted") {
      differ("accepted", want, d.step.accepted);
    } else if (key == "rules") {
      differ("rules", sorted_strings(want), sorted_ids(d.step.reasons));
    } else if (key == "overruled") {
      differ("overruled", sorted_strings(want), sorted_ids(d.step.overruled));
    } else if (key == "eligibility") {
      if (!want.is_object()) {
        diffs.push_back(fmt::format("{} eligibility: expected a table program = true|false", day));
        continue;
      }
      for (auto p = want.begin(); p != want.end(); ++p) {
        json got = nullptr;
        for (const auto& e : d.eligibility)
          if (e.program == p.key()) got = e.eligible;
        differ("eligibility." + p.key(), *p, got);
      }
    } else if (key == "referrals") {
      std::vector<std::string> got;
      for (const auto& r : d.referrals) got.push_back(r.target);
      differ("referrals", sorted_strings(want), json(got));
    } else if (key == "alerts") {
      std::vector<std::string> got;
      for (const auto& a : d.alerts) got.push_back(a.code);
      std::sort(got.begin(), got.end());
      differ("alerts", sorted_strings(want), json(got));
    } else if (key == "fired") {  // rules that must fire (any module), others may too
      const auto fired = fired_rules(d);
      for (const auto& id : sorted_strings(want))
        if (!fired.count(id.get<std::string>())) diffs.push_back(fmt::format("{} fired: expected {} to fire, it did not", day, show(id)));
    } else {
      diffs.push_back(fmt::format("{}: unknown expectation '{}'", day, key));
    }
  }
}

format::case_file case_of(const test_spec& spec) {
  const json& c = spec.doc.contains("case") ? spec.doc["case"] : json();
  if (c.is_string()) {
    const fs::path path = spec.dir / c.get<std::string>();
    std::ifstream in(path, std::ios::binary);
    if (!in) throw input_error(spec.file, fmt::format("test '{}': cannot read case file {}", spec.name, path.string()));
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    try {
      return format::case_file_from_json(format::parse_json(text, path.filename().string()));
    } catch (const input_error& e) {
      throw input_error(fmt::format("{}: {}", path.filename().string(), e.where()), e.detail());
    }
  }
  if (!c.is_object()) throw input_error(spec.file, fmt::format("test '{}': `case` must be a case table or a file name", spec.name));
  try {
    return format::case_file_from_json(c);
  } catch (const input_error& e) {
    throw input_error(fmt::format("{}: test '{}': case.{}", spec.file, spec.name, e.where()), e.detail());
  }
}

// Runs one test under `region`, recording the rules that fired and the parameters they read.
test_result run_one(engine::engine& eng, const test_spec& spec, const std::string& region,
                    std::set<std::string>* params_read, std::vector<engine::rule_cost>* costs) {
  test_result r;
  r.file = spec.file;
  r.name = spec.name;
  auto file = case_of(spec);
  auto events = file.events;
  cases::sort_events(events);
  const json& expect = spec.doc.contains("expect") ? spec.doc["expect"] : json::object();
  auto collect = [&](const engine::decision& d) {
    const auto fired = fired_rules(d);
    r.rules_fired.insert(fired.begin(), fired.end());
    if (params_read)
      for (const auto& t : d.trace)
        if (t.fired)
          for (const auto& c : t.checks)
            if (!c.parameter.empty()) params_read->insert(c.parameter);
  };
  if (spec.doc.contains("months")) {
    const json& m = spec.doc["months"];
    const auto from = date::parse_or_throw(m.value("from", "") + (m.value("from", "").size() == 7 ? "-01" : ""),
                                           spec.file + ": months.from");
    const auto to = date::parse_or_throw(m.value("to", "") + (m.value("to", "").size() == 7 ? "-01" : ""),
                                         spec.file + ": months.to");
    const auto days = sim::month_ends(from, m.value("to", "").size() == 7 ? to.end_of_month() : to);
    const auto steps = sim::run(eng, file.header, events, region, days, true, {true, costs});
    std::map<std::string, const sim::journey_step*> by_day;
    for (const auto& s : steps) {
      by_day[s.decision.as_of] = &s;
      collect(s.decision);
    }
    for (auto it = expect.begin(); it != expect.end(); ++it) {
      std::string day = it.key();
      if (day.size() == 7) day = date::parse_or_throw(day + "-01", spec.file).end_of_month().to_string();
      auto found = by_day.find(day);
      if (found == by_day.end()) {
        r.differences.push_back(fmt::format("{}: not evaluated (months run {} .. {})", day, days.front().to_string(),
                                            days.back().to_string()));
        continue;
      }
      compare(day, *it, found->second->state, found->second->decision, r.differences);
    }
  } else {
    const std::string as_of = spec.doc.value("as_of", "");
    const auto day = date::parse_or_throw(as_of, fmt::format("{}: test '{}': as_of", spec.file, spec.name));
    const auto state = cases::fold(file.header, events, day);
    const auto d = eng.evaluate(state, region, {true, costs});
    collect(d);
    compare(as_of, expect, state, d, r.differences);
  }
  r.passed = r.differences.empty();
  return r;
}

std::vector<test_spec> load_specs(const fs::path& rules_root, const std::string& region) {
  std::vector<test_spec> specs;
  const fs::path dir = rules_root / region / "tests";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return specs;
  std::vector<fs::path> files;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec) && it->path().extension() == ".lua") files.push_back(it->path());
  if (ec)
    throw rule_error("RULE001", fmt::format("{}/{}/tests: cannot read the folder ({})", rules_root.filename().string(),
                                            region, ec.message()));
  std::sort(files.begin(), files.end());
  const std::string root_name = rules_root.filename().string();
  for (const auto& path : files) {
    const std::string shown = fmt::format("{}/{}/tests/{}", root_name, region, path.filename().string());
    const json doc = lua::load_data(lua::read_pack_file(path, shown), shown);
    if (!doc.is_array()) throw rule_error("RULE005", fmt::format("{}: must return a list of tests", shown));
    for (std::size_t i = 0; i < doc.size(); ++i) {
      const json& t = doc[i];
      if (!t.is_object() || !t.contains("name") || !t["name"].is_string())
        throw rule_error("RULE005", fmt::format("{}: test #{} needs a name", shown, i + 1));
      specs.push_back({shown, path.parent_path(), t["name"].get<std::string>(), t});
    }
  }
  return specs;
}

}  // namespace

test_report run_pack_tests(engine::engine& eng, const std::string& region, const test_run_options& opts) {
  test_report report;
  report.region = region;
  const auto pack = eng.pack(region);
  const auto& root = eng.rules_root();
  const auto out_of_time = [&] {
    report.stopped = report.stopped || (opts.deadline && std::chrono::steady_clock::now() >= *opts.deadline);
    return report.stopped;
  };
  std::set<std::string> fired;
  for (const auto& spec : load_specs(root, region)) {
    if (out_of_time()) break;
    auto r = run_one(eng, spec, region, nullptr, opts.costs);
    r.region = region;
    fired.insert(r.rules_fired.begin(), r.rules_fired.end());
    report.results.push_back(std::move(r));
  }
  // A base's tests still speak for the region wherever the region kept the base's rules and
  // the parameters those rules read.
  std::map<std::string, const engine::rule_summary*> rules_here;
  for (const auto& rule : pack.rules) rules_here[rule.id] = &rule;
  std::map<std::string, std::string> param_owner;
  for (const auto& p : pack.parameters) param_owner[p.name] = p.defined_in;
  for (std::size_t b = 1; b < pack.chain.size(); ++b) {
    const std::string& base = pack.chain[b];
    for (const auto& spec : load_specs(root, base)) {
      if (out_of_time()) break;
      std::set<std::string> params_read;
      const auto under_base = run_one(eng, spec, base, &params_read, opts.costs);
      std::string why;
      for (const auto& id : under_base.rules_fired) {
        auto it = rules_here.find(id);
        if (it == rules_here.end()) why = fmt::format("{} disables {}", region, id);
        else if (it->second->defined_in != base) why = fmt::format("{} overrides {}", it->second->defined_in, id);
        if (!why.empty()) break;
      }
      for (const auto& p : params_read) {
        if (!why.empty()) break;
        if (param_owner.count(p) && param_owner[p] != base) why = fmt::format("{} sets parameter {}", param_owner[p], p);
      }
      test_result r;
      if (!why.empty()) {
        r.file = spec.file;
        r.name = spec.name;
        r.skipped = true;
        r.skip_reason = why;
      } else {
        r = run_one(eng, spec, region, nullptr, opts.costs);
        fired.insert(r.rules_fired.begin(), r.rules_fired.end());
      }
      r.region = base;
      report.results.push_back(std::move(r));
    }
  }
  for (const auto& rule : pack.rules)
    if (!fired.count(rule.id)) report.unreached.push_back(rule);
  return report;
}

}  // namespace hashigo::authoring
