#include <hashigo/authoring/pack_tests.hpp>
#include <hashigo/text/messages.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>
#include <hashigo/case/household.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/format/employer_json.hpp>
#include <hashigo/format/agency_json.hpp>
#include <hashigo/format/household_json.hpp>
#include <hashigo/sim/journey.hpp>

#include "lua/data_file.hpp"
#include "pack/files.hpp"
#include "pack/keys.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <tuple>

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
             std::vector<std::string>& diffs, const std::string& lang) {
  auto differ = [&](const std::string& what, const json& want, const json& got) {
    if (want != got) diffs.push_back(text::msg("pack_test.differs", lang, day, what, show(want), show(got)));
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
    } else if (!d.ok()) {
      diffs.push_back(text::msg("pack_test.failed", lang, day, d.error->code, d.error->where, d.error->message));
      return;
    } else if (key == "status") {
      differ("status", want, std::string(cases::to_string(state.status)));
    } else if (key == "position") {
      differ("position", want, position_code(state.position));
    } else if (key == "step") {
      differ("step", want, d.step.step);
    } else if (key == "to") {  // `to = false`: no target (Lua cannot hold nil in a table)
      differ("to", want == json(false) ? json(nullptr) : want, d.step.to ? json(position_code(*d.step.to)) : json(nullptr));
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
        if (!fired.count(id.get<std::string>())) diffs.push_back(text::msg("pack_test.not_fired", lang, day, show(id)));
    } else if (key == "match") {  // compared by run_one, which has the match
    } else if (key == "not_fired") {  // rules that must not fire
      const auto fired = fired_rules(d);
      for (const auto& id : sorted_strings(want))
        if (fired.count(id.get<std::string>())) diffs.push_back(text::msg("pack_test.fired_unexpectedly", lang, day, show(id)));
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
    if (!in) throw input_error(spec.file, message("error.test_case_file", spec.name, path.string()));
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    try {
      return format::case_file_from_json(format::parse_json(text, path.filename().string()));
    } catch (const input_error& e) {
      throw input_error(fmt::format("{}: {}", path.filename().string(), e.where()), e);
    }
  }
  if (!c.is_object()) throw input_error(spec.file, message("error.test_case_shape", spec.name));
  try {
    return format::case_file_from_json(c);
  } catch (const input_error& e) {
    throw input_error(fmt::format("{}: test '{}': case.{}", spec.file, spec.name, e.where()), e);
  }
}

// A test's household: `household` is a household record naming the test's case, and
// `household_cases` the other members' case files. nullptr for a test without one.
std::shared_ptr<cases::household_book> household_of(const test_spec& spec, const std::string& self) {
  if (!spec.doc.contains("household")) return nullptr;
  const auto place = [&](const std::string& where, const input_error& e) {
    return input_error(fmt::format("{}: test '{}': {}{}", spec.file, spec.name, where, e.where().empty() ? "" : "." + e.where()), e);
  };
  cases::household_record record;
  try {
    record = format::household_record_from_json(spec.doc["household"]);
  } catch (const input_error& e) {
    throw place("household", e);
  }
  std::map<std::string, cases::member_case> members;
  const json list = spec.doc.value("household_cases", json::array());
  if (!list.is_array()) throw input_error(fmt::format("{}: test '{}': household_cases", spec.file, spec.name), message("error.test_case_shape", spec.name));
  for (std::size_t i = 0; i < list.size(); ++i) {
    try {
      auto f = format::case_file_from_json(list[i]);
      cases::sort_events(f.events);
      members.emplace(f.header.id, cases::member_case{f.header, std::move(f.events)});
    } catch (const input_error& e) {
      throw place(fmt::format("household_cases[{}]", i), e);
    }
  }
  for (std::size_t i = 0; i < record.members.size(); ++i) {
    const auto& id = record.members[i].case_id;
    if (!id.empty() && !members.count(id) && id != self)
      throw input_error(fmt::format("{}: test '{}': household.members[{}].case", spec.file, spec.name, i), message("error.unknown_case", id));
  }
  return std::make_shared<cases::household_book>(std::vector<cases::household_record>{std::move(record)},
                                                 [members = std::move(members)](const std::string& id) -> std::optional<cases::member_case> {
                                                   const auto it = members.find(id);
                                                   if (it == members.end()) return std::nullopt;
                                                   return it->second;
                                                 });
}

// A test's agencies: `agencies` is a list of agency records (`hashigo.agency/1`). nullptr for a
// test without them.
std::shared_ptr<const cases::agency_book> agencies_of(const test_spec& spec) {
  if (!spec.doc.contains("agencies")) return nullptr;
  const json& list = spec.doc["agencies"];
  if (!list.is_array()) throw input_error(spec.file, message("error.test_agencies_shape", spec.name));
  std::vector<cases::agency_record> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    try {
      out.push_back(format::agency_record_from_json(list[i]));
    } catch (const input_error& e) {
      throw input_error(fmt::format("{}: test '{}': agencies[{}].{}", spec.file, spec.name, i, e.where()), e);
    }
  }
  return std::make_shared<const cases::agency_book>(std::move(out));
}

// Sets a test's household and agency sources on the engine for the test's length.
class links_scope {
 public:
  links_scope(engine::engine& eng, std::shared_ptr<cases::household_source> source,
                  std::shared_ptr<const cases::agency_book> agencies)
      : eng_(eng) {
    eng_.set_household_source(std::move(source));
    eng_.set_agency_source(std::move(agencies));
  }
  ~links_scope() {
    eng_.set_household_source(nullptr);
    eng_.set_agency_source(nullptr);
  }
  links_scope(const links_scope&) = delete;
  links_scope& operator=(const links_scope&) = delete;

 private:
  engine::engine& eng_;
};

// A test's employers: `employers` is a list of employer records (`hashigo.employer/1`).
std::vector<cases::employer_record> employers_of(const test_spec& spec) {
  std::vector<cases::employer_record> out;
  const json list = spec.doc.value("employers", json::array());
  if (!list.is_array()) throw input_error(spec.file, message("error.test_employers_shape", spec.name));
  for (std::size_t i = 0; i < list.size(); ++i) {
    try {
      out.push_back(format::employer_record_from_json(list[i]));
    } catch (const input_error& e) {
      throw input_error(fmt::format("{}: test '{}': employers[{}].{}", spec.file, spec.name, i, e.where()), e);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return std::tie(a.id, a.since) < std::tie(b.id, b.since); });
  return out;
}

// `expect.match`: `ranked` (the fitting tasks, `employer/task`, in order), `excluded` (as a set),
// `scores` (task → score) and `criteria` (task → the criteria that spoke, as a set).
void compare_match(const std::string& day, const json& want, const engine::match_result& got, std::vector<std::string>& diffs) {
  const auto name = [](const engine::task_match& t) { return t.employer_id + "/" + t.task_id; };
  const auto differ = [&](const std::string& what, const json& w, const json& g) {
    if (w != g) diffs.push_back(fmt::format("{} match.{}: expected {}, got {}", day, what, w.dump(), g.dump()));
  };
  if (!want.is_object()) {
    diffs.push_back(fmt::format("{} match: expected a table {{ ranked = …, excluded = …, scores = …, criteria = … }}", day));
    return;
  }
  for (auto it = want.begin(); it != want.end(); ++it) {
    if (it.key() == "ranked" || it.key() == "excluded") {
      json list = json::array();
      for (const auto& t : got.tasks)
        if (t.excluded == (it.key() == "excluded")) list.push_back(name(t));
      differ(it.key(), it.key() == "excluded" ? sorted_strings(*it) : *it, it.key() == "excluded" ? sorted_strings(list) : list);
    } else if (it.key() == "scores" || it.key() == "criteria") {
      if (!it->is_object()) {
        diffs.push_back(fmt::format("{} match.{}: expected a table [\"employer/task\"] = …", day, it.key()));
        continue;
      }
      for (auto w = it->begin(); w != it->end(); ++w) {
        json g = nullptr;
        for (const auto& t : got.tasks) {
          if (name(t) != w.key()) continue;
          if (it.key() == "scores") {
            g = t.score == static_cast<double>(static_cast<std::int64_t>(t.score)) ? json(static_cast<std::int64_t>(t.score)) : json(t.score);
          } else {
            g = json::array();
            for (const auto& r : t.reasons) g.push_back(r.criterion);
            g = sorted_strings(g);
          }
        }
        differ(it.key() + "[\"" + w.key() + "\"]", it.key() == "criteria" ? sorted_strings(*w) : *w, g);
      }
    } else {
      diffs.push_back(fmt::format("{}: unknown expectation 'match.{}'", day, it.key()));
    }
  }
}

// Runs one test under `region`, recording the rules that fired.
test_result run_one(engine::engine& eng, const test_spec& spec, const std::string& region, const test_run_options& opts) {
  const std::string& lang = opts.lang;
  engine::evaluate_options eval;
  eval.explain = true;
  eval.costs = opts.costs;
  test_result r;
  r.file = spec.file;
  r.name = spec.name;
  auto file = case_of(spec);
  auto events = file.events;
  cases::sort_events(events);
  const links_scope linked(eng, household_of(spec, file.header.id), agencies_of(spec));
  const json& expect = spec.doc.contains("expect") ? spec.doc["expect"] : json::object();
  // With every_rule, each decision is made again with every rule run, beside the test: the test
  // itself (and a journey's steps) follow real evaluations.
  engine::evaluate_options every = eval;
  every.every_rule = true;
  auto collect = [&](const cases::case_state& state, const engine::decision& d) {
    const auto fired = fired_rules(d);
    r.rules_fired.insert(fired.begin(), fired.end());
    if (!opts.every_rule) return;
    const auto all = eng.evaluate(state, region, every);
    for (const auto& t : all.trace)
      if (t.fired && t.outside_scope)
        r.fired_outside.push_back({t.rule_id, all.as_of, cases::to_string(state.position), std::string(to_string(state.status))});
  };
  if (spec.doc.contains("months")) {
    const json& m = spec.doc["months"];
    const auto from = date::parse_or_throw(m.value("from", "") + (m.value("from", "").size() == 7 ? "-01" : ""),
                                           spec.file + ": months.from");
    const auto to = date::parse_or_throw(m.value("to", "") + (m.value("to", "").size() == 7 ? "-01" : ""),
                                         spec.file + ": months.to");
    const auto days = sim::month_ends(from, m.value("to", "").size() == 7 ? to.end_of_month() : to);
    const auto steps = sim::run(eng, file.header, events, region, days, true, eval);
    std::map<std::string, const sim::journey_step*> by_day;
    for (const auto& s : steps) {
      by_day[s.decision.as_of] = &s;
      collect(s.state, s.decision);
    }
    for (auto it = expect.begin(); it != expect.end(); ++it) {
      std::string day = it.key();
      if (day.size() == 7) day = date::parse_or_throw(day + "-01", spec.file).end_of_month().to_string();
      auto found = by_day.find(day);
      if (found == by_day.end()) {
        r.differences.push_back(text::msg("pack_test.not_evaluated", lang, day, days.front().to_string(), days.back().to_string()));
        continue;
      }
      compare(day, *it, found->second->state, found->second->decision, r.differences, lang);
    }
  } else {
    const std::string as_of = spec.doc.value("as_of", "");
    const auto day = date::parse_or_throw(as_of, fmt::format("{}: test '{}': as_of", spec.file, spec.name));
    const auto state = cases::fold(file.header, events, day);
    const auto d = eng.evaluate(state, region, eval);
    collect(state, d);
    compare(as_of, expect, state, d, r.differences, lang);
    if (expect.contains("match") || spec.doc.contains("employers")) {
      const auto employers = employers_of(spec);
      // `filled = { ["employer/task"] = n }`: places other cases hold on the day.
      std::map<std::pair<std::string, std::string>, int> filled;
      const json filled_doc = spec.doc.contains("filled") ? spec.doc["filled"] : json::object();
      if (!filled_doc.is_object()) throw input_error(spec.file, message("error.test_filled_shape", spec.name, filled_doc.dump()));
      for (auto it = filled_doc.begin(); it != filled_doc.end(); ++it) {
        const std::string& key = it.key();
        const json& n = *it;
        const auto slash = key.find('/');
        if (slash == std::string::npos || !n.is_number_integer())
          throw input_error(spec.file, message("error.test_filled_shape", spec.name, key));
        filled[{key.substr(0, slash), key.substr(slash + 1)}] = n.get<int>();
      }
      const auto m = eng.match(state, region, engine::offers_on(employers, day, filled));
      for (const auto& t : m.tasks)
        for (const auto& why : t.reasons) r.rules_fired.insert(why.criterion);  // criteria reached, for coverage
      if (expect.contains("match")) compare_match(as_of, expect["match"], m, r.differences);
    }
  }
  r.passed = r.differences.empty();
  return r;
}

[[noreturn]] void wrong_shape(const std::string& file, const std::string& message) {
  throw rule_error("RULE005", fmt::format("{}: {}", file, message));
}

// One base test's expectations changed by a pack that extends the base, and where that is said.
struct patch {
  std::string file;
  std::string pack;
  json days;  // day or month → replaced keys, or false to drop the day
};

// A base test a pack that extends the base does not run, and why.
struct exclusion {
  std::string file;
  std::string pack;
  std::string reason;
};

// What one pack's tests/ folder holds.
struct test_folder {
  std::vector<test_spec> tests;
  std::map<std::string, patch> patches;       // by the base test's name
  std::map<std::string, exclusion> excluded;  // by the base test's name
};

void check_test(const std::string& shown, std::size_t i, const json& t) {
  if (!t.is_object() || !t.contains("name") || !t["name"].is_string())
    wrong_shape(shown, fmt::format("test #{} needs a name", i + 1));
  if (const std::string* key = pack::first_unknown_key(t, pack::test_keys()))
    wrong_shape(shown, fmt::format("test '{}': {}", t["name"].get<std::string>(), pack::unknown_key_message(*key, pack::test_keys())));
}

test_folder load_folder(const fs::path& rules_root, const std::string& region) {
  test_folder folder;
  const fs::path dir = rules_root / region / "tests";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return folder;
  std::vector<fs::path> files;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec) && it->path().extension() == ".lua") files.push_back(it->path());
  if (ec)
    throw rule_error("RULE001", message("error.tests_folder_unreadable",
                                        fmt::format("{}/{}/tests", rules_root.filename().string(), region), ec.message()));
  std::sort(files.begin(), files.end());
  const std::string root_name = rules_root.filename().string();
  for (const auto& path : files) {
    const std::string shown = fmt::format("{}/{}/tests/{}", root_name, region, path.filename().string());
    const json doc = lua::load_data(pack::read_pack_file(path, shown), shown);
    json tests = doc;
    if (doc.is_object()) {
      if (const std::string* key = pack::first_unknown_key(doc, pack::test_file_keys()))
        wrong_shape(shown, pack::unknown_key_message(*key, pack::test_file_keys()));
      tests = doc.value("tests", json::array());
      const json patches = doc.value("patches", json::object());
      const json excluded = doc.value("exclude", json::object());
      if (!(patches.is_object() || (patches.is_array() && patches.empty())))
        wrong_shape(shown, "patches must map base test names to { [\"YYYY-MM\"] = { key = value, … } | false }");
      if (!(excluded.is_object() || (excluded.is_array() && excluded.empty())))
        wrong_shape(shown, "exclude must map base test names to the reason they do not hold here");
      for (auto it = patches.begin(); patches.is_object() && it != patches.end(); ++it) {
        if (!it->is_object())
          wrong_shape(shown, fmt::format("patches['{}'] must map days or months to {{ key = value, … }} or false", it.key()));
        if (folder.patches.count(it.key()))
          wrong_shape(shown, fmt::format("patches['{}']: patched already in {}", it.key(), folder.patches[it.key()].file));
        folder.patches[it.key()] = {shown, region, *it};
      }
      for (auto it = excluded.begin(); excluded.is_object() && it != excluded.end(); ++it) {
        if (!it->is_string() || it->get<std::string>().empty())
          wrong_shape(shown, fmt::format("exclude['{}'] must be the reason, a non-empty string", it.key()));
        if (folder.excluded.count(it.key()))
          wrong_shape(shown, fmt::format("exclude['{}']: excluded already in {}", it.key(), folder.excluded[it.key()].file));
        folder.excluded[it.key()] = {shown, region, it->get<std::string>()};
      }
    } else if (!doc.is_array()) {
      wrong_shape(shown, "must return a list of tests, or { tests = { … }, patches = { … }, exclude = { … } }");
    }
    if (!tests.is_array()) wrong_shape(shown, "tests must be a list of tests");
    for (std::size_t i = 0; i < tests.size(); ++i) {
      check_test(shown, i, tests[i]);
      folder.tests.push_back({shown, path.parent_path(), tests[i]["name"].get<std::string>(), tests[i]});
    }
  }
  return folder;
}

// A patch key as the day it stands for: "YYYY-MM" is that month's end.
std::string patch_day(const patch& p, const std::string& test, const std::string& key) {
  if (key.size() == 7)
    if (auto d = date::parse(key + "-01")) return d->end_of_month().to_string();
  if (key.size() == 10 && date::parse(key)) return key;
  wrong_shape(p.file, fmt::format("patches['{}']: '{}' is not a month (YYYY-MM) or a day (YYYY-MM-DD)", test, key));
}

// The test's expectations by day (YYYY-MM-DD), whatever the test wrote.
json expectations_by_day(const test_spec& spec) {
  json days = json::object();
  const json expect = spec.doc.value("expect", json::object());
  if (!spec.doc.contains("months")) {
    days[spec.doc.value("as_of", "")] = expect;
    return days;
  }
  for (auto it = expect.begin(); expect.is_object() && it != expect.end(); ++it) {
    std::string day = it.key();
    if (day.size() == 7)
      if (auto d = date::parse(day + "-01")) day = d->end_of_month().to_string();
    days[day] = *it;
  }
  return days;
}

// Applies `p` to a copy of `spec`: each day's given keys replace the test's (`eligibility` per
// programme), `false` drops a day.
test_spec patched(const test_spec& spec, const patch& p) {
  json days = expectations_by_day(spec);
  const bool monthly = spec.doc.contains("months");
  for (auto it = p.days.begin(); it != p.days.end(); ++it) {
    const std::string day = patch_day(p, spec.name, it.key());
    if (!monthly && day != spec.doc.value("as_of", ""))
      wrong_shape(p.file, fmt::format("patches['{}']: the test decides {} only, not {}", spec.name,
                                      spec.doc.value("as_of", ""), it.key()));
    if (*it == json(false)) {
      if (!monthly) wrong_shape(p.file, fmt::format("patches['{}']: to drop a one-day test, exclude it", spec.name));
      days.erase(day);
      continue;
    }
    if (!it->is_object() || it->empty())
      wrong_shape(p.file, fmt::format("patches['{}']['{}'] must be {{ key = value, … }} or false", spec.name, it.key()));
    json& target = days[day];
    if (!target.is_object()) target = json::object();
    for (auto k = it->begin(); k != it->end(); ++k) {
      // `eligibility` is patched programme by programme: the base's other programmes still count.
      if (k.key() == "eligibility" && k->is_object() && target.contains("eligibility") && target["eligibility"].is_object())
        for (auto e = k->begin(); e != k->end(); ++e) target["eligibility"][e.key()] = *e;
      else
        target[k.key()] = *k;
    }
  }
  test_spec out = spec;
  out.doc["expect"] = monthly ? days : days[spec.doc.value("as_of", "")];
  return out;
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
  std::vector<test_folder> folders;  // one per pack of the chain, the region first
  for (const auto& p : pack.chain) folders.push_back(load_folder(root, p));
  // A patch or exclusion must name a test of a pack below it in the chain: a misspelt name would
  // otherwise leave a failing test unexplained, or a test that never runs unnoticed.
  for (std::size_t k = 0; k < folders.size(); ++k) {
    std::map<std::string, int> below;
    for (std::size_t b = k + 1; b < folders.size(); ++b)
      for (const auto& t : folders[b].tests) ++below[t.name];
    auto named = [&](const std::string& name, const std::string& file, const char* what) {
      const auto found = below.find(name);
      if (found == below.end())
        wrong_shape(file, fmt::format("{} '{}', which is no test of the packs {} extends", what, name, pack.chain[k]));
      if (found->second > 1)
        wrong_shape(file, fmt::format("{} '{}', the name of {} tests of its bases: rename them", what, name, found->second));
    };
    for (const auto& [name, p] : folders[k].patches) named(name, p.file, "patches");
    for (const auto& [name, x] : folders[k].excluded) named(name, x.file, "exclude names");
  }
  std::set<std::string> fired;
  for (const auto& spec : folders.front().tests) {
    if (out_of_time()) break;
    auto r = run_one(eng, spec, region, opts);
    r.region = region;
    fired.insert(r.rules_fired.begin(), r.rules_fired.end());
    report.results.push_back(std::move(r));
  }
  // A base's tests speak for every pack that extends it: they run under the region, as patched
  // by the packs between (the base's nearest first, the region last), unless one excludes them.
  for (std::size_t b = 1; b < folders.size(); ++b) {
    for (const auto& spec : folders[b].tests) {
      if (out_of_time()) break;
      const exclusion* excluded = nullptr;
      test_spec run = spec;
      std::vector<std::string> patched_by;
      for (std::size_t k = b; k-- > 0;) {
        if (auto x = folders[k].excluded.find(spec.name); x != folders[k].excluded.end()) excluded = &x->second;
        if (auto p = folders[k].patches.find(spec.name); p != folders[k].patches.end()) {
          run = patched(run, p->second);
          patched_by.push_back(pack.chain[k]);
        }
      }
      test_result r;
      if (excluded) {
        r.file = spec.file;
        r.name = spec.name;
        r.skipped = true;
        r.skip_reason = text::msg("pack_test.excluded", opts.lang, excluded->pack, excluded->reason);
      } else {
        r = run_one(eng, run, region, opts);
        r.patched_by = std::move(patched_by);
        fired.insert(r.rules_fired.begin(), r.rules_fired.end());
      }
      r.region = pack.chain[b];
      report.results.push_back(std::move(r));
    }
  }
  for (const auto& rule : pack.rules)
    if (!fired.count(rule.id)) report.unreached.push_back(rule);
  for (const auto& criterion : pack.criteria)
    if (!fired.count(criterion.id)) report.unreached.push_back(criterion);
  return report;
}

}  // namespace hashigo::authoring
