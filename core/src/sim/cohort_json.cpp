// A cohort run as JSON: the raw counts per replicate (what shards carry and merge adds up), and
// the summary made from them, so a merged run and a single run are the same text.
#include <hashigo/error.hpp>
#include <hashigo/sim/cohort.hpp>
#include <hashigo/stats/interval.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace hashigo::sim {

using nlohmann::json;

namespace {

constexpr const char* k_format = "hashigo.cohort/1";

// Six decimals: enough for shares of a million people, and a summary that reads.
double tidy(double x) { return std::round(x * 1e6) / 1e6; }

json estimate_json(const std::vector<double>& values) {
  const auto e = stats::mean_interval(values);
  return json{{"mean", tidy(e.mean)}, {"lo", e.lo ? json(tidy(*e.lo)) : json()}, {"hi", e.hi ? json(tidy(*e.hi)) : json()}};
}

double ratio(std::int64_t part, std::int64_t whole, double scale) {
  return whole > 0 ? scale * static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

json counts_json(const std::map<std::string, std::int64_t>& m) {
  json out = json::object();
  for (const auto& [k, v] : m) out[k] = v;
  return out;
}

json tally_json(const region_tally& t) {
  json occ = json::array();
  for (const auto& month : t.occupancy) occ.push_back(month);
  json rungs = json::object();
  for (const auto& [rung, counts] : t.rungs) rungs[rung] = counts;
  json out{{"people", t.people},       {"started_general", t.started_general}, {"occupancy", occ},
           {"rungs", rungs},           {"reached", t.reached},                 {"censored", t.censored},
           {"open_months", t.open_months}, {"evaluated", t.evaluated},          {"step_ups", t.step_ups},
           {"step_downs", t.step_downs}, {"alerts", counts_json(t.alerts)},   {"suggested", counts_json(t.suggested)},
           {"referred", counts_json(t.referred)}, {"rules", counts_json(t.rules)}, {"errors", t.errors}};
  if (t.errors > 0) out["first_error"] = t.first_error;
  return out;
}

// Reads back what tally_json wrote; `where` names the place in the file for errors.
region_tally tally_from_json(const json& j, const std::string& where, int months) {
  auto bad = [&](const std::string& field) { return input_error(fmt::format("{}.{}", where, field), message("error.required")); };
  auto integer = [&](const char* field) {
    if (!j.contains(field) || !j[field].is_number_integer()) throw bad(field);
    return j[field].get<std::int64_t>();
  };
  auto series = [&](const json& v, const std::string& field) {
    if (!v.is_array() || v.size() != static_cast<std::size_t>(months)) throw bad(field);
    std::vector<std::int64_t> out;
    for (const auto& x : v) {
      if (!x.is_number_integer()) throw bad(field);
      out.push_back(x.get<std::int64_t>());
    }
    return out;
  };
  auto counts = [&](const char* field) {
    std::map<std::string, std::int64_t> out;
    if (!j.contains(field) || !j[field].is_object()) throw bad(field);
    for (auto it = j[field].begin(); it != j[field].end(); ++it) {
      if (!it->is_number_integer()) throw bad(fmt::format("{}.{}", field, it.key()));
      out[it.key()] = it->get<std::int64_t>();
    }
    return out;
  };
  region_tally t;
  t.people = integer("people");
  t.started_general = integer("started_general");
  if (!j.contains("occupancy") || !j["occupancy"].is_array() || j["occupancy"].size() != static_cast<std::size_t>(months))
    throw bad("occupancy");
  for (const auto& month : j["occupancy"]) {
    if (!month.is_array() || month.size() != cohort_places.size()) throw bad("occupancy");
    std::array<std::int64_t, cohort_places.size()> row{};
    for (std::size_t p = 0; p < row.size(); ++p) {
      if (!month[p].is_number_integer()) throw bad("occupancy");
      row[p] = month[p].get<std::int64_t>();
    }
    t.occupancy.push_back(row);
  }
  if (!j.contains("rungs") || !j["rungs"].is_object()) throw bad("rungs");
  for (auto it = j["rungs"].begin(); it != j["rungs"].end(); ++it) t.rungs[it.key()] = series(*it, "rungs." + it.key());
  t.reached = series(j.value("reached", json()), "reached");
  t.censored = series(j.value("censored", json()), "censored");
  t.open_months = integer("open_months");
  t.evaluated = integer("evaluated");
  t.step_ups = integer("step_ups");
  t.step_downs = integer("step_downs");
  t.alerts = counts("alerts");
  t.suggested = counts("suggested");
  t.referred = counts("referred");
  t.rules = counts("rules");
  t.errors = integer("errors");
  t.first_error = j.value("first_error", std::string());
  return t;
}

// What a replicate says, as numbers to average: shares, survival, rates.
struct replicate_view {
  std::vector<std::array<double, cohort_places.size()>> occupancy;  // share of people
  std::map<std::string, std::vector<double>> rungs;
  std::vector<double> reached;  // 1 - S(t), t = 1 … months
  double step_up_rate = 0, step_down_rate = 0;
  std::map<std::string, double> alerts, suggested, referred, rules;
};

replicate_view view_of(const region_tally& t, int months) {
  replicate_view v;
  for (const auto& month : t.occupancy) {
    std::array<double, cohort_places.size()> share{};
    for (std::size_t p = 0; p < share.size(); ++p) share[p] = ratio(month[p], t.people, 1.0);
    v.occupancy.push_back(share);
  }
  for (const auto& [rung, counts] : t.rungs) {
    auto& s = v.rungs[rung];
    for (const auto c : counts) s.push_back(ratio(c, t.people, 1.0));
  }
  const auto survival = stats::kaplan_meier(t.people - t.started_general, t.reached, t.censored);
  for (int m = 0; m < months; ++m) v.reached.push_back(1.0 - survival[static_cast<std::size_t>(m)]);
  v.step_up_rate = ratio(t.step_ups, t.open_months, 100.0);
  v.step_down_rate = ratio(t.step_downs, t.open_months, 100.0);
  for (const auto& [k, n] : t.alerts) v.alerts[k] = ratio(n, t.people, 100.0);
  for (const auto& [k, n] : t.suggested) v.suggested[k] = ratio(n, t.people, 100.0);
  for (const auto& [k, n] : t.referred) v.referred[k] = ratio(n, t.people, 100.0);
  for (const auto& [k, n] : t.rules) v.rules[k] = ratio(n, t.evaluated, 100.0);
  return v;
}

// Across replicates: `pick` gives one replicate's number (its difference, for a paired summary).
template <class Pick>
json across(const std::vector<const replicate_view*>& a, const std::vector<const replicate_view*>& b, Pick pick) {
  std::vector<double> values;
  for (std::size_t r = 0; r < a.size(); ++r) values.push_back(b.empty() ? pick(*a[r]) : pick(*b[r]) - pick(*a[r]));
  return estimate_json(values);
}

template <class Series>
std::set<std::string> keys_of(const std::vector<const replicate_view*>& views, Series series) {
  std::set<std::string> keys;
  for (const auto* v : views)
    for (const auto& [k, x] : series(*v)) keys.insert(k);
  return keys;
}

// The summary of one region (b empty) or the paired difference b − a.
json summary(const std::vector<const replicate_view*>& a, const std::vector<const replicate_view*>& b, int months) {
  json out;
  json occ = json::object();
  for (std::size_t p = 0; p < cohort_places.size(); ++p) {
    json series = json::array();
    for (int m = 0; m < months; ++m)
      series.push_back(across(a, b, [&](const replicate_view& v) { return v.occupancy[static_cast<std::size_t>(m)][p]; }));
    occ[cohort_places[p]] = series;
  }
  out["occupancy"] = occ;
  auto with_b = [&](auto series) {
    auto keys = keys_of(a, series);
    for (const auto& k : keys_of(b, series)) keys.insert(k);
    return keys;
  };
  json rungs = json::object();
  for (const auto& rung : with_b([](const replicate_view& v) -> const auto& { return v.rungs; })) {
    json series = json::array();
    for (int m = 0; m < months; ++m)
      series.push_back(across(a, b, [&](const replicate_view& v) {
        const auto it = v.rungs.find(rung);
        return it == v.rungs.end() ? 0.0 : it->second[static_cast<std::size_t>(m)];
      }));
    rungs[rung] = series;
  }
  out["rungs"] = rungs;
  json reached = json::array();
  for (int m = 0; m < months; ++m)
    reached.push_back(across(a, b, [&](const replicate_view& v) { return v.reached[static_cast<std::size_t>(m)]; }));
  out["reached_general"] = reached;
  out["step_up_rate"] = across(a, b, [](const replicate_view& v) { return v.step_up_rate; });
  out["step_down_rate"] = across(a, b, [](const replicate_view& v) { return v.step_down_rate; });
  auto keyed = [&](auto member) {
    json section = json::object();
    for (const auto& k : with_b([&](const replicate_view& v) -> const auto& { return v.*member; }))
      section[k] = across(a, b, [&](const replicate_view& v) {
        const auto it = (v.*member).find(k);
        return it == (v.*member).end() ? 0.0 : it->second;
      });
    return section;
  };
  out["alerts"] = keyed(&replicate_view::alerts);
  out["suggested"] = keyed(&replicate_view::suggested);
  out["referred"] = keyed(&replicate_view::referred);
  out["rules"] = keyed(&replicate_view::rules);
  return out;
}

}  // namespace

json cohort_json(const cohort_run& run) {
  const int months = run.spec.months;
  json spec{{"path", run.spec.path},       {"digest", run.spec.digest}, {"start", run.spec.start.to_string()},
            {"months", months},            {"people", run.spec.people}, {"id", run.spec.header.value("id", json())},
            {"title", run.spec.header.value("title", json())}};
  json out{{"format", k_format}, {"spec", spec}, {"regions", run.regions}, {"seed", run.seed}, {"replicates", run.replicates}};
  if (run.shards > 1) out["shard"] = fmt::format("{}/{}", run.shard, run.shards);
  json packs = json::object();
  for (const auto& [region, p] : run.packs) packs[region] = p;
  out["packs"] = packs;
  json runs = json::array();
  std::vector<std::vector<replicate_view>> views(run.regions.size());
  for (const auto& [r, tallies] : run.tallies) {
    json regions = json::object();
    for (std::size_t k = 0; k < run.regions.size(); ++k) {
      regions[run.regions[k]] = tally_json(tallies[k]);
      views[k].push_back(view_of(tallies[k], months));
    }
    runs.push_back(json{{"replicate", r}, {"regions", regions}});
  }
  out["runs"] = runs;
  json sum = json::object();
  std::vector<std::vector<const replicate_view*>> ptrs(run.regions.size());
  for (std::size_t k = 0; k < run.regions.size(); ++k)
    for (const auto& v : views[k]) ptrs[k].push_back(&v);
  for (std::size_t k = 0; k < run.regions.size(); ++k) {
    json s = summary(ptrs[k], {}, months);
    std::int64_t errors = 0;
    std::string first;
    for (const auto& [r, tallies] : run.tallies) {
      if (first.empty()) first = tallies[k].first_error;
      errors += tallies[k].errors;
    }
    s["errors"] = errors;
    if (errors > 0) s["first_error"] = first;
    sum[run.regions[k]] = s;
  }
  if (run.regions.size() == 2) {
    json d = summary(ptrs[0], ptrs[1], months);
    d["of"] = run.regions[1];
    d["minus"] = run.regions[0];
    sum["difference"] = d;
  }
  out["summary"] = sum;
  return out;
}

json merge_cohorts(const std::vector<std::pair<std::string, json>>& shards) {
  if (shards.empty()) throw input_error("shards", message("error.required"));
  cohort_run run;
  const auto& [first_path, first] = shards.front();
  for (const auto& [path, j] : shards) {
    if (!j.is_object() || j.value("format", std::string()) != k_format)
      throw input_error(fmt::format("{}: format", path), message("error.cohort_format", k_format));
    for (const char* field : {"spec", "packs"})
      if (!j.value(field, json()).is_object()) throw input_error(fmt::format("{}: {}", path, field), message("error.required"));
    const json regions = j.value("regions", json());
    if (!regions.is_array() || regions.empty() || regions.size() > 2 ||
        std::any_of(regions.begin(), regions.end(), [](const json& r) { return !r.is_string(); }))
      throw input_error(fmt::format("{}: regions", path), message("error.required"));
    for (const char* field : {"regions", "seed", "replicates", "packs"})
      if (j.value(field, json()) != first.value(field, json()))
        throw input_error(fmt::format("{}: {}", path, field), message("error.cohort_mismatch", field, first_path));
    for (const char* field : {"digest", "start", "months", "people"})
      if (j["spec"].value(field, json()) != first["spec"].value(field, json()))
        throw input_error(fmt::format("{}: spec.{}", path, field), message("error.cohort_mismatch", field, first_path));
  }
  const json& spec = first["spec"];
  if (!spec.value("months", json()).is_number_integer() || !first.value("replicates", json()).is_number_integer() ||
      !first.value("seed", json()).is_number_unsigned() || !first.value("regions", json()).is_array())
    throw input_error(fmt::format("{}: spec", first_path), message("error.required"));
  run.spec.path = spec.value("path", std::string());
  run.spec.digest = spec.value("digest", std::string());
  run.spec.start = date::parse_or_throw(spec.value("start", std::string()), fmt::format("{}: spec.start", first_path));
  run.spec.months = spec["months"].get<int>();
  run.spec.people = spec.value("people", std::int64_t{0});
  run.spec.header = json{{"id", spec.value("id", json())}, {"title", spec.value("title", json())}};
  run.regions = first["regions"].get<std::vector<std::string>>();
  run.seed = first["seed"].get<std::uint64_t>();
  run.replicates = first["replicates"].get<int>();
  for (auto it = first["packs"].begin(); it != first["packs"].end(); ++it) run.packs[it.key()] = *it;
  std::map<int, std::string> from;
  for (const auto& [path, j] : shards) {
    const json runs = j.value("runs", json());
    if (!runs.is_array()) throw input_error(fmt::format("{}: runs", path), message("error.required"));
    for (std::size_t n = 0; n < runs.size(); ++n) {
      const std::string where = fmt::format("{}: runs[{}]", path, n);
      const json& one = runs[n];
      if (!one.is_object() || !one.value("replicate", json()).is_number_integer() || !one.value("regions", json()).is_object())
        throw input_error(where, message("error.required"));
      const int r = one["replicate"].get<int>();
      if (r < 1 || r > run.replicates) throw input_error(where + ".replicate", message("error.between", 1, run.replicates, r));
      if (const auto seen = from.find(r); seen != from.end())
        throw input_error(where + ".replicate", message("error.cohort_twice", r, seen->second));
      from[r] = path;
      std::vector<region_tally> tallies;
      for (const auto& region : run.regions) {
        if (!one["regions"].contains(region)) throw input_error(fmt::format("{}.regions.{}", where, region), message("error.required"));
        tallies.push_back(tally_from_json(one["regions"][region], fmt::format("{}.regions.{}", where, region), run.spec.months));
      }
      run.tallies[r] = std::move(tallies);
    }
  }
  std::string missing;
  for (int r = 1; r <= run.replicates; ++r)
    if (!from.count(r)) missing += (missing.empty() ? "" : ", ") + std::to_string(r);
  if (!missing.empty()) throw input_error("shards", message("error.cohort_missing", missing));
  return cohort_json(run);
}

}  // namespace hashigo::sim
