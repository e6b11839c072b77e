#include "authoring/step_conflicts.hpp"

#include "authoring/corpus.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <utility>

namespace hashigo::authoring {

using namespace hashigo::cases;

namespace {

// One situation of the probe: its name (shown in the finding) and what it changes in a case.
struct situation {
  std::string name;
  std::function<void(case_state&)> apply;
};

// A new placement, started ten days ago, that becomes the active one.
void start(case_state& s, const std::string& kind, const std::string& contract, double hours, std::optional<double> wage) {
  placement_state pl;
  pl.id = "probe-" + kind;
  pl.employer = "synthetic";
  pl.kind = kind;
  pl.contract = contract;
  pl.hours_per_week = hours;
  pl.wage_per_hour_yen = wage;
  if (kind == "commuter_paid") pl.stipend_per_shift_yen = 500;
  pl.start_on = s.as_of.add_days(-10);
  s.placements.push_back(pl);
  s.derived.hours_per_week += hours;
  if (wage) s.derived.wage_per_hour_yen = std::max(s.derived.wage_per_hour_yen.value_or(0.0), *wage);
}

void run_program(case_state& s, const std::string& name) {
  program_state p;
  p.program = name;
  p.start_on = s.as_of.add_months(-2);
  s.programs.push_back(p);
  s.derived.months_in_program[name] = 2;
}

// The situations that move cases on the ladder. Each probe case combines at most two of them,
// with or without one of the pack's programmes running.
std::vector<situation> step_situations() {
  return {
      {"goals met at a fresh review",
       [](case_state& s) {
         s.last_review = review_state{s.as_of.add_days(-3), "monthly", 4, 4};
         s.derived.goal_attainment = 1.0;
         s.derived.days_since_review = 3;
       }},
      {"steady attendance",
       [](case_state& s) {
         s.derived.attendance_14d = s.derived.attendance_30d = s.derived.attendance_90d = 0.96;
         s.derived.unannounced_absences_30d = 0;
       }},
      {"attendance falling away",
       [](case_state& s) {
         s.derived.attendance_14d = s.derived.attendance_30d = s.derived.attendance_90d = 0.3;
         s.derived.unannounced_absences_30d = 3;
       }},
      {"a good appraisal",
       [](case_state& s) {
         s.derived.appraisal_average = 4.6;
         s.derived.days_since_appraisal = 10;
         const std::string id = s.placements.empty() ? "p" : s.placements.back().id;
         s.last_appraisal = appraisal_state{s.as_of.add_days(-10), id, {{"rules", 5}, {"horenso", 4}}};
       }},
      {"hired full time", [](case_state& s) { start(s, "full_time", "employment", 40, 1300); }},
      {"a part-time job", [](case_state& s) { start(s, "part_time", "employment", 20, 1300); }},
      {"minimum-wage staff contract", [](case_state& s) { start(s, "minwage_staff", "employment", 15, 1300); }},
      {"regular-wage staff contract", [](case_state& s) { start(s, "regular_staff", "employment", 24, 1400); }},
      {"started as an unpaid commuter", [](case_state& s) { start(s, "commuter_unpaid", "commuter_confirmation", 6, std::nullopt); }},
      {"started as a paid commuter", [](case_state& s) { start(s, "commuter_paid", "commuter_confirmation", 6, std::nullopt); }},
      {"a work experience", [](case_state& s) { start(s, "taiken", "none", 8, std::nullopt); }},
      {"non-employment work training, decided",
       [](case_state& s) {
         start(s, "kunren_hikoyo", "none", 12, std::nullopt);
         run_program(s, "kunren");
       }},
      {"employment-type work training, decided",
       [](case_state& s) {
         start(s, "kunren_koyo", "employment", 20, 1300);
         run_program(s, "kunren");
       }},
      {"work training without the decision", [](case_state& s) { start(s, "kunren_hikoyo", "none", 12, std::nullopt); }},
      {"Five Different Positions fell to level 1",
       [](case_state& s) {
         s.previous_fdp = fdp_axes{3, 3, 3, 3, 3};
         s.fdp = fdp_axes{1, 3, 2, 3, 3};
         s.derived.previous_min_fdp_axis = 3;
         s.derived.min_fdp_axis = 1;
       }},
      {"no placement",
       [](case_state& s) {
         s.placements.clear();
         s.derived.hours_per_week = 0;
         s.derived.wage_per_hour_yen.reset();
       }},
      {"a high-school student",
       [](case_state& s) {
         s.header.person.birth_date = s.as_of.add_months(-17 * 12 - 3);
         s.derived.age = 17;
         s.schools.push_back(school_record{"high", s.as_of.add_months(-26), s.as_of.add_months(9), std::nullopt, ""});
       }},
  };
}

// "rules A (where) and B (where) propose different targets for the same step: X vs Y"
struct conflict_text {
  std::string first, first_where, second, second_where, targets;
};

std::optional<conflict_text> parse_conflict(const std::string& message) {
  static const std::regex re(R"re(rules (\S+) \((\S+)\) and (\S+) \((\S+)\) propose different targets for the same step: (.+)$)re");
  std::smatch m;
  if (!std::regex_search(message, m, re)) return std::nullopt;
  return conflict_text{m[1].str(), m[2].str(), m[3].str(), m[4].str(), m[5].str()};
}

std::pair<std::string, int> file_and_line(const std::string& where) {
  const auto colon = where.rfind(':');
  if (colon == std::string::npos) return {where, 0};
  const std::string tail = where.substr(colon + 1);
  if (tail.empty() || !std::all_of(tail.begin(), tail.end(), [](char c) { return c >= '0' && c <= '9'; })) return {where, 0};
  return {where.substr(0, colon), std::stoi(tail)};
}

}  // namespace

namespace {

// Combinations of at most two situations, in a fixed order: the first case found for a pair is
// the same on every run.
std::vector<std::vector<std::size_t>> combinations(std::size_t n) {
  std::vector<std::vector<std::size_t>> combos{{}};
  for (std::size_t i = 0; i < n; ++i) {
    combos.push_back({i});
    for (std::size_t j = i + 1; j < n; ++j) combos.push_back({i, j});
  }
  return combos;
}

// The programmes the pack declares, sorted by name.
std::vector<std::string> programs_of(const engine::pack_summary& pack) {
  std::vector<std::string> programs;
  if (auto it = pack.declarations.find("programs"); it != pack.declarations.end() && it->second.is_object())
    for (const auto& item : it->second.items()) programs.push_back(item.key());
  return programs;
}

// Each running programme of the pack crossed with the situations: a region's own programmes (the
// ones its rules are written for) with every combination, the root base's with single situations
// only, which keeps the probe to seconds.
std::vector<std::pair<std::string, std::vector<std::vector<std::size_t>>>> program_runs(engine::engine& eng,
                                                                                          const engine::pack_summary& pack) {
  const auto all = combinations(step_situations().size());
  std::vector<std::vector<std::size_t>> singles;
  for (const auto& c : all)
    if (c.size() <= 1) singles.push_back(c);
  std::set<std::string> base_programs;
  if (pack.chain.size() > 1)
    for (const auto& name : programs_of(eng.pack(pack.chain.back()))) base_programs.insert(name);
  std::vector<std::pair<std::string, std::vector<std::vector<std::size_t>>>> runs{{"", all}};
  for (const auto& name : programs_of(pack))
    runs.emplace_back(name, pack.chain.size() > 1 && !base_programs.count(name) ? all : singles);
  return runs;
}

}  // namespace

std::size_t step_probe_size(engine::engine& eng, const engine::pack_summary& pack) {
  std::size_t per_position = 0;
  for (const auto& [_, combos] : program_runs(eng, pack)) per_position += combos.size();
  return probe_days().size() * positions_of(pack.ladder).size() * per_position;
}

step_conflict_report probe_step_conflicts(engine::engine& eng, const engine::pack_summary& pack,
                                          const std::function<bool()>& over, std::vector<engine::rule_cost>* costs) {
  const auto situations = step_situations();
  const auto runs = program_runs(eng, pack);
  step_conflict_report report;
  report.total = step_probe_size(eng, pack);
  std::map<std::pair<std::string, std::string>, finding> found;  // sorted pair of rule ids → finding
  for (const date today : probe_days()) {
    for (const auto& here : positions_of(pack.ladder)) {
      for (const auto& [program, combos] : runs) {
        for (const auto& combo : combos) {
          if (over()) {
            report.stopped = true;
            goto done;
          }
          case_state s = base_case(here, today);
          std::string shown;
          for (const auto i : combo) {
            situations[i].apply(s);
            shown += (shown.empty() ? "" : " + ") + situations[i].name;
          }
          if (!program.empty()) {
            run_program(s, program);
            shown += (shown.empty() ? "" : " + ") + ("in programme " + program);
          }
          const auto d = eng.evaluate(s, pack.region, {false, costs});
          ++report.evaluated;
          if (d.ok()) continue;
          const auto c = parse_conflict(d.error->message);
          if (!c) continue;  // other failures are the synthetic-case probe's to report
          const auto key = std::minmax(c->first, c->second);
          if (found.count({key.first, key.second})) continue;
          const auto [file, line] = file_and_line(c->second_where);
          found.emplace(std::make_pair(key.first, key.second),
                        finding{file, line, "step-conflict", "error",
                                fmt::format("rules {} ({}) and {} ({}) propose different targets for the same step ({}), e.g. "
                                            "at {} on {} with {}: a decision there ends in RULE005; narrow one of them, "
                                            "or let one declare the other in `supersedes`",
                                            c->first, c->first_where, c->second, c->second_where, c->targets, to_string(here),
                                            today.to_string(), shown.empty() ? "nothing else" : shown)});
        }
      }
    }
  }
done:
  for (auto& [_, f] : found) report.findings.push_back(std::move(f));
  return report;
}

}  // namespace hashigo::authoring
