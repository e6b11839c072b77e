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
           {"rungs", rungs},           {"reached", t.reached},                 {"left", t.left}, {"stopped", t.stopped},
           {"open_months", t.open_months}, {"evaluated", t.evaluated},          {"step_ups", t.step_ups},
           {"step_downs", t.step_downs}, {"alerts", counts_json(t.alerts)},   {"suggested", counts_json(t.suggested)},
           {"referred", counts_json(t.referred)}, {"rules", counts_json(t.rules)}, {"errors", t.errors}};
  if (t.errors > 0) out["first_error"] = t.first_error;
  return out;
}

// A field of a shard's JSON of the type asked for, or input_error naming it: what merge reads is
// a file someone may have edited, and a wrong type must not escape as a library exception.
// `file: key` at the top of a file (where ends in ':'), else `where.key`.
std::string place(const std::string& where, const std::string& key) {
  return !where.empty() && where.back() == ':' ? where + " " + key : where + "." + key;
}

const json& typed(const json& j, const char* key, json::value_t type, const std::string& where) {
  static const json missing;
  const json& v = j.is_object() && j.contains(key) ? j[key] : missing;
  const bool ok = type == json::value_t::number_integer ? v.is_number_integer() : v.type() == type;
  if (!ok) throw input_error(place(where, key), message("error.required"));
  return v;
}

// An integer field within lo … hi, read as 64 bits before it is narrowed.
std::int64_t bounded(const json& j, const char* key, std::int64_t lo, std::int64_t hi, const std::string& where) {
  const json& v = typed(j, key, json::value_t::number_integer, where);
  if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(hi))
    throw input_error(place(where, key), message("error.between", lo, hi, v.dump()));
  const std::int64_t n = v.get<std::int64_t>();
  if (n < lo || n > hi) throw input_error(place(where, key), message("error.between", lo, hi, v.dump()));
  return n;
}

constexpr std::int64_t k_most = std::int64_t{1} << 53;  // counts stay exact as JSON numbers

// Reads back what tally_json wrote, and checks that its counts agree with each other.
region_tally tally_from_json(const json& j, const std::string& where, int months) {
  if (!j.is_object()) throw input_error(where, message("error.required"));
  auto series = [&](const json& v, const std::string& field) {
    if (!v.is_array() || v.size() != static_cast<std::size_t>(months)) throw input_error(fmt::format("{}.{}", where, field), message("error.required"));
    std::vector<std::int64_t> out;
    for (std::size_t m = 0; m < v.size(); ++m) {
      if (!v[m].is_number_integer() || v[m].get<std::int64_t>() < 0 || v[m].get<std::int64_t>() > k_most)
        throw input_error(fmt::format("{}.{}[{}]", where, field, m), message("error.between", 0, k_most, v[m].dump()));
      out.push_back(v[m].get<std::int64_t>());
    }
    return out;
  };
  auto counts = [&](const char* field) {
    std::map<std::string, std::int64_t> out;
    const json& v = typed(j, field, json::value_t::object, where);
    for (auto it = v.begin(); it != v.end(); ++it) out[it.key()] = bounded(v, it.key().c_str(), 0, k_most, fmt::format("{}.{}", where, field));
    return out;
  };
  region_tally t;
  t.people = bounded(j, "people", 1, k_most, where);
  t.started_general = bounded(j, "started_general", 0, t.people, where);
  const json& occ = typed(j, "occupancy", json::value_t::array, where);
  if (occ.size() != static_cast<std::size_t>(months)) throw input_error(where + ".occupancy", message("error.required"));
  for (std::size_t m = 0; m < occ.size(); ++m) {
    const std::string at = fmt::format("{}.occupancy[{}]", where, m);
    if (!occ[m].is_array() || occ[m].size() != cohort_places.size()) throw input_error(at, message("error.required"));
    std::array<std::int64_t, cohort_places.size()> row{};
    std::int64_t sum = 0;
    for (std::size_t p = 0; p < row.size(); ++p) {
      if (!occ[m][p].is_number_integer() || occ[m][p].get<std::int64_t>() < 0) throw input_error(fmt::format("{}[{}]", at, p), message("error.required"));
      sum += row[p] = occ[m][p].get<std::int64_t>();
    }
    if (sum != t.people) throw input_error(at, message("error.cohort_occupancy", sum, t.people));
    t.occupancy.push_back(row);
  }
  const json& rungs = typed(j, "rungs", json::value_t::object, where);
  for (auto it = rungs.begin(); it != rungs.end(); ++it) t.rungs[it.key()] = series(*it, "rungs." + it.key());
  t.reached = series(typed(j, "reached", json::value_t::array, where), "reached");
  t.left = series(typed(j, "left", json::value_t::array, where), "left");
  t.stopped = series(typed(j, "stopped", json::value_t::array, where), "stopped");
  std::int64_t out_of_risk = 0;
  for (int m = 0; m < months; ++m) out_of_risk += t.reached[static_cast<std::size_t>(m)] + t.left[static_cast<std::size_t>(m)] + t.stopped[static_cast<std::size_t>(m)];
  if (out_of_risk > t.people - t.started_general)
    throw input_error(where + ".reached", message("error.cohort_risk", out_of_risk, t.people - t.started_general));
  t.open_months = bounded(j, "open_months", 0, k_most, where);
  t.evaluated = bounded(j, "evaluated", 0, k_most, where);
  t.step_ups = bounded(j, "step_ups", 0, k_most, where);
  t.step_downs = bounded(j, "step_downs", 0, k_most, where);
  t.alerts = counts("alerts");
  t.suggested = counts("suggested");
  t.referred = counts("referred");
  t.rules = counts("rules");
  t.errors = bounded(j, "errors", 0, t.people, where);
  if (t.errors > 0) t.first_error = typed(j, "first_error", json::value_t::string, where).get<std::string>();
  return t;
}

// What a replicate says, as numbers to average: shares, survival, rates.
struct replicate_view {
  std::vector<std::array<double, cohort_places.size()>> occupancy;  // share of people
  std::map<std::string, std::vector<double>> rungs;
  std::vector<double> reached;     // cumulative incidence, closure a competing event, t = 1 … months
  std::vector<double> reached_km;  // 1 - Kaplan–Meier with closures censored: "had nobody left"
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
  v.reached = stats::cumulative_incidence(t.people - t.started_general, t.reached, t.left, t.stopped);
  std::vector<std::int64_t> gone(t.left);
  for (std::size_t m = 0; m < gone.size(); ++m) gone[m] += t.stopped[m];
  for (const double s : stats::kaplan_meier(t.people - t.started_general, t.reached, gone)) v.reached_km.push_back(1.0 - s);
  (void)months;
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
  json km = json::array();
  for (int m = 0; m < months; ++m)
    km.push_back(across(a, b, [&](const replicate_view& v) { return v.reached_km[static_cast<std::size_t>(m)]; }));
  out["reached_general_km"] = km;
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
    if (!j.is_object() || !j.contains("format") || j["format"] != k_format)
      throw input_error(fmt::format("{}: format", path), message("error.cohort_format", k_format));
    const json& spec = typed(j, "spec", json::value_t::object, path + ":");
    (void)typed(j, "packs", json::value_t::object, path + ":");
    const json& regions = typed(j, "regions", json::value_t::array, path + ":");
    if (regions.empty() || regions.size() > 2 || std::any_of(regions.begin(), regions.end(), [](const json& r) { return !r.is_string(); }))
      throw input_error(fmt::format("{}: regions", path), message("error.required"));
    (void)bounded(j, "replicates", 1, 10000, path + ":");
    (void)typed(j, "seed", json::value_t::number_integer, path + ":");
    (void)bounded(spec, "months", 1, 600, path + ": spec");
    (void)bounded(spec, "people", 1, 100'000'000, path + ": spec");
    for (const char* field : {"path", "digest", "start"}) (void)typed(spec, field, json::value_t::string, path + ": spec");
    for (const char* field : {"regions", "seed", "replicates", "packs"})
      if (j[field] != first[field]) throw input_error(fmt::format("{}: {}", path, field), message("error.cohort_mismatch", field, first_path));
    for (const char* field : {"digest", "start", "months", "people"})
      if (spec[field] != first["spec"][field])
        throw input_error(fmt::format("{}: spec.{}", path, field), message("error.cohort_mismatch", field, first_path));
  }
  const json& spec = first["spec"];
  run.spec.path = spec["path"].get<std::string>();
  run.spec.digest = spec["digest"].get<std::string>();
  run.spec.start = date::parse_or_throw(spec["start"].get<std::string>(), fmt::format("{}: spec.start", first_path));
  run.spec.months = static_cast<int>(spec["months"].get<std::int64_t>());
  run.spec.people = spec["people"].get<std::int64_t>();
  run.spec.header = json{{"id", spec.value("id", json())}, {"title", spec.value("title", json())}};
  run.regions = first["regions"].get<std::vector<std::string>>();
  run.seed = first["seed"].get<std::uint64_t>();
  run.replicates = static_cast<int>(first["replicates"].get<std::int64_t>());
  for (auto it = first["packs"].begin(); it != first["packs"].end(); ++it) run.packs[it.key()] = *it;
  std::map<int, std::string> from;
  for (const auto& [path, j] : shards) {
    const json& runs = typed(j, "runs", json::value_t::array, path + ":");
    for (std::size_t n = 0; n < runs.size(); ++n) {
      const std::string where = fmt::format("{}: runs[{}]", path, n);
      const json& one = runs[n];
      if (!one.is_object()) throw input_error(where, message("error.required"));
      const int r = static_cast<int>(bounded(one, "replicate", 1, run.replicates, where));
      (void)typed(one, "regions", json::value_t::object, where);
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
