// A cohort run: workers take blocks of people, carry each through the months under every region
// asked for, and keep counts per replicate; the counts are added up at the end, so the result
// is the same whatever the number of threads or how the blocks fell.
#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>
#include <hashigo/sha256.hpp>
#include <hashigo/sim/cohort.hpp>
#include <hashigo/sim/journey.hpp>

#include "lua/scenario_host.hpp"
#include "sim/scenario_parts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

namespace hashigo::sim {

using nlohmann::json;

namespace {

const char* const k_spec_fields[] = {"id", "title", "goal", "region", "regions", "start", "months", "people", "notes"};
const char* const k_person_fields[] = {"person", "household", "intake"};

// People are handed out in blocks: one hand-over per person would cost more than it balances.
constexpr std::int64_t k_block = 16;

// Stream keys: a person's draw and each month's luck depend on (seed, replicate, person, month)
// only; the tag keeps them apart from each other and from a scenario's streams.
std::uint64_t stream_key(std::uint64_t seed, std::int64_t replicate, std::int64_t person, std::int64_t month) {
  std::uint64_t k = lua::mix64(seed ^ 0x636f686f72742f31ull);  // "cohort/1"
  k = lua::mix64(k ^ static_cast<std::uint64_t>(replicate));
  k = lua::mix64(k ^ static_cast<std::uint64_t>(person));
  return lua::mix64(k ^ static_cast<std::uint64_t>(month));
}

std::size_t place_of(const cases::case_state& s) {
  if (s.status == cases::process_status::closed) return 6;
  if (s.status == cases::process_status::suspended) return 5;
  return static_cast<std::size_t>(s.position.at);
}

bool is_open(const cases::case_state& s) {
  return s.status != cases::process_status::closed && s.status != cases::process_status::suspended;
}

// The rules behind everything a decision says, each counted once.
void count_rules(const engine::lean_decision& d, std::map<std::string, std::int64_t>& rules) {
  std::set<std::string_view> ids;
  for (const std::string* id : d.rules(d.step_rules)) ids.insert(*id);
  for (const auto& a : d.alerts) ids.insert(*a.rule);
  for (const auto& e : d.eligibility)
    if (e.eligible)
      for (const std::string* id : d.rules(e.rules)) ids.insert(*id);
  for (const auto& s : d.referrals)
    for (const std::string* id : d.rules(s.rules)) ids.insert(*id);
  ids.erase("");
  for (const auto id : ids) ++rules[std::string(id)];
}

// One worker: its own engine, and the spec's Lua states. A block of people is run in fresh states
// (one per region): what a spec keeps at its chunk's level cannot carry from one block to the
// next, so results do not depend on which thread ran which block before.
class worker {
 public:
  worker(const cohort_spec& spec, const cohort_options& o, const std::vector<std::string>& regions)
      : spec_(spec), o_(o), regions_(regions), eng_(o.make_engine()) {}

  // Runs people first … last of replicate r under each region.
  void block(int r, std::int64_t first, std::int64_t last, std::vector<region_tally>& out) {
    for (std::size_t k = 0; k < regions_.size(); ++k) {
      lua::scenario_script script(spec_.text, spec_.path);
      for (std::int64_t i = first; i <= last; ++i) one_region(script, r, i, regions_[k], out[k]);
    }
  }

  double evaluate_seconds() const { return evaluate_seconds_; }
  std::uint64_t months_run() const { return months_run_; }

 private:
  void one_region(lua::scenario_script& script, int r, std::int64_t i, const std::string& region, region_tally& t) {
    const std::string where = fmt::format("{}: replicate {} person {}", spec_.path, r, i);
    json who = script.make_person(i, stream_key(o_.seed, r, i, 0));
    if (!who.is_object()) throw input_error(where, message("error.required"));
    for (auto it = who.begin(); it != who.end(); ++it)
      if (std::none_of(std::begin(k_person_fields), std::end(k_person_fields), [&](const char* f) { return it.key() == f; }))
        throw input_error(fmt::format("{}: {}", where, it.key()), message("error.unknown_field_here"));
    who["id"] = fmt::format("p{}", i);
    who["start"] = spec_.start.to_string();
    auto file = intake_file(who, where, region);
    cases::running_fold fold(file.header);
    std::int64_t seq = 0;
    for (auto& e : file.events) {
      e.seq = seq++;
      fold.apply(e);
    }
    ++t.people;
    const cases::case_state* s = &fold.at(spec_.start);
    bool reached = s->position.at == cases::stage::general && is_open(*s);
    if (reached) ++t.started_general;
    const auto stays = [&](int from, std::size_t place) {
      for (int rest = from; rest <= spec_.months; ++rest) ++t.occupancy[static_cast<std::size_t>(rest - 1)][place];
    };
    if (s->status == cases::process_status::closed) {  // screened out at intake: nothing to simulate
      ++t.left[0];
      stays(1, 6);
      return;
    }
    engine::lean_decision& last = last_;
    bool has_last = false;
    std::set<std::string> alerts_before, suggested_ever;
    date last_day = spec_.start;
    for (int k = 1; k <= spec_.months; ++k) {
      const date first = k == 1 ? spec_.start : spec_.start.start_of_month().add_months(k - 1);
      const date end = first.end_of_month();
      lua::month_context c;
      c.month = k;
      c.first_day = first.to_string();
      c.last_day = end.to_string();
      c.random_key = stream_key(o_.seed, r, i, k);
      c.stage = std::string(cases::to_string(s->position.at));
      c.rung = s->position.rung;
      c.status = std::string(cases::to_string(s->status));
      c.view_fn = [&] { return k == 1 ? json() : engine::engine::case_view(fold.at(last_day)); };
      c.last_fn = [&] { return has_last ? brief(last) : json(); };
      auto rec = script.run_month(c);
      ++months_run_;
      std::vector<cases::event> events;
      events.reserve(rec.events.size());
      for (std::size_t n = 0; n < rec.events.size(); ++n) {
        events.push_back(format::event_from_json(rec.events[n], fmt::format("{}: month {} event {}", where, k, n + 1)));
        if (const auto* made = std::get_if<cases::referral_made_event>(&events.back().body)) ++t.referred[made->target];
      }
      cases::sort_events(events);
      for (auto& e : events) {
        e.seq = seq++;
        fold.apply(e);
      }
      s = &fold.at(end);
      last_day = end;
      if (s->status == cases::process_status::closed) {
        // closed: no decision; the person stays closed to the horizon, and a closure before
        // general work is the competing event of the time to it
        if (!reached) ++t.left[static_cast<std::size_t>(k - 1)];
        stays(k, 6);
        return;
      }
      const auto t0 = std::chrono::steady_clock::now();
      eng_.evaluate_lean(*s, region, last, false);  // nothing here shows the inputs digest
      evaluate_seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      has_last = true;
      ++t.evaluated;
      if (!last.ok()) {
        if (t.errors++ == 0)
          t.first_error = fmt::format("{} month {}: {} {}: {}", where, k, last.error->code, last.error->where, last.error->message);
        if (!reached) ++t.stopped[static_cast<std::size_t>(k - 1)];
        stays(k, 7);
        return;
      }
      if (is_open(*s)) ++t.open_months;
      count_rules(last, t.rules);
      std::set<std::string> alerts_now;
      for (const auto& a : last.alerts)
        if (alerts_now.insert(std::string(a.code)).second && !alerts_before.count(std::string(a.code))) ++t.alerts[std::string(a.code)];
      alerts_before = std::move(alerts_now);
      for (const auto& x : last.referrals)
        if (suggested_ever.insert(std::string(x.target)).second) ++t.suggested[std::string(x.target)];
      if (last.accepted) {
        auto change = step_event(last);
        change.seq = seq++;
        fold.apply(change);
        s = &fold.at(end);
        ++(last.step == "up" ? t.step_ups : t.step_downs);
      }
      const std::size_t place = place_of(*s);
      ++t.occupancy[static_cast<std::size_t>(k - 1)][place];
      if (place < 5 && !s->position.rung.empty()) {
        auto& counts = t.rungs[cases::to_string(s->position)];
        if (counts.empty()) counts.assign(static_cast<std::size_t>(spec_.months), 0);
        ++counts[static_cast<std::size_t>(k - 1)];
      }
      if (!reached && place == static_cast<std::size_t>(cases::stage::general)) {
        reached = true;
        ++t.reached[static_cast<std::size_t>(k - 1)];
      }
    }
  }

  const cohort_spec& spec_;
  const cohort_options& o_;
  const std::vector<std::string>& regions_;
  engine::engine eng_;
  engine::lean_decision last_;  // reused by every evaluation of this worker
  double evaluate_seconds_ = 0;
  std::uint64_t months_run_ = 0;
};

std::vector<region_tally> empty_tallies(std::size_t regions, int months) {
  region_tally t;
  t.occupancy.assign(static_cast<std::size_t>(months), {});
  t.reached.assign(static_cast<std::size_t>(months), 0);
  t.left.assign(static_cast<std::size_t>(months), 0);
  t.stopped.assign(static_cast<std::size_t>(months), 0);
  return std::vector<region_tally>(regions, t);
}

template <class Map>
void add_counts(Map& into, const Map& from) {
  for (const auto& [k, v] : from) into[k] += v;
}

void add_series(std::vector<std::int64_t>& into, const std::vector<std::int64_t>& from) {
  if (into.size() < from.size()) into.resize(from.size(), 0);
  for (std::size_t i = 0; i < from.size(); ++i) into[i] += from[i];
}

}  // namespace

void region_tally::add(const region_tally& o) {
  people += o.people;
  started_general += o.started_general;
  if (occupancy.size() < o.occupancy.size()) occupancy.resize(o.occupancy.size(), {});
  for (std::size_t m = 0; m < o.occupancy.size(); ++m)
    for (std::size_t p = 0; p < cohort_places.size(); ++p) occupancy[m][p] += o.occupancy[m][p];
  for (const auto& [rung, counts] : o.rungs) add_series(rungs[rung], counts);
  add_series(reached, o.reached);
  add_series(left, o.left);
  add_series(stopped, o.stopped);
  open_months += o.open_months;
  evaluated += o.evaluated;
  step_ups += o.step_ups;
  step_downs += o.step_downs;
  add_counts(alerts, o.alerts);
  add_counts(suggested, o.suggested);
  add_counts(referred, o.referred);
  add_counts(rules, o.rules);
  // the first error of the earliest block wins: callers add blocks in person order
  if (errors == 0 && o.errors > 0) first_error = o.first_error;
  errors += o.errors;
}

cohort_spec load_cohort_spec(const std::string& path, const std::string& text) {
  cohort_spec spec;
  spec.path = path;
  spec.text = text;
  spec.digest = sha256::of(text);
  const lua::scenario_script script(text, path);
  if (!script.has_person()) throw lua::script_error(lua::codes::contract, path, "a cohort spec returns a person(p) function", "");
  spec.header = script.header();
  const json& h = spec.header;
  for (auto it = h.begin(); it != h.end(); ++it)
    if (std::none_of(std::begin(k_spec_fields), std::end(k_spec_fields), [&](const char* f) { return it.key() == f; }))
      throw input_error(fmt::format("{}: {}", path, it.key()), message("error.unknown_field_here"));
  spec.regions = regions_of(h, path);
  if (!h.contains("start") || !h["start"].is_string()) throw input_error(fmt::format("{}: start", path), message("error.required"));
  spec.start = date::parse_or_throw(h["start"].get<std::string>(), fmt::format("{}: start", path));
  if (!h.contains("months") || !h["months"].is_number_integer() || h["months"].get<int>() < 1 || h["months"].get<int>() > 600)
    throw input_error(fmt::format("{}: months", path), message("error.between", 1, 600, h.value("months", json()).dump()));
  spec.months = h["months"].get<int>();
  if (!h.contains("people") || !h["people"].is_number_integer() || h["people"].get<std::int64_t>() < 1 ||
      h["people"].get<std::int64_t>() > 100'000'000)
    throw input_error(fmt::format("{}: people", path), message("error.between", 1, 100'000'000, h.value("people", json()).dump()));
  spec.people = h["people"].get<std::int64_t>();
  return spec;
}

cohort_run run_cohort(const cohort_spec& spec, const cohort_options& o) {
  const auto started = std::chrono::steady_clock::now();
  cohort_run run;
  run.spec = spec;
  run.regions = o.regions.empty() ? std::vector<std::string>{spec.regions.front()} : o.regions;
  run.seed = o.seed;
  run.replicates = o.replicates;
  run.shard = o.shard;
  run.shards = o.shards;
  const std::int64_t people = o.people > 0 ? o.people : spec.people;
  run.spec.people = people;
  if (o.months > 0) run.spec.months = std::min(o.months, 600);
  {
    auto eng = o.make_engine();
    for (const auto& region : run.regions) {
      eng.require_region(region, "--region");
      const auto summary = eng.pack(region);
      run.packs[region] = json{{"version", summary.version}, {"digest", summary.digest}};
    }
  }
  std::vector<int> mine;
  for (int r = 1; r <= o.replicates; ++r)
    if ((r - 1) % o.shards + 1 == o.shard) mine.push_back(r);
  for (const int r : mine) run.tallies[r] = empty_tallies(run.regions.size(), run.spec.months);

  // Work items: (replicate, first person) blocks in order; results per block, added in order.
  struct block {
    int replicate;
    std::int64_t first, last;
  };
  std::vector<block> blocks;
  for (const int r : mine)
    for (std::int64_t i = 1; i <= people; i += k_block) blocks.push_back({r, i, std::min(people, i + k_block - 1)});
  const std::uint64_t total = static_cast<std::uint64_t>(blocks.empty() ? 0 : mine.size()) * static_cast<std::uint64_t>(people) *
                              static_cast<std::uint64_t>(run.spec.months) * run.regions.size();
  std::atomic<std::size_t> next{0};
  std::atomic<std::uint64_t> done{0};
  std::atomic<bool> stop{false};
  std::mutex lock;
  std::exception_ptr failure;
  std::size_t failed_block = blocks.size();
  std::map<std::size_t, std::vector<region_tally>> results;  // block → counts, until added in order
  std::size_t added = 0;
  double worker_seconds = 0, evaluate_seconds = 0;
  std::uint64_t months_run = 0;

  auto work = [&] {
    const auto t0 = std::chrono::steady_clock::now();
    std::optional<worker> w;
    try {
      w.emplace(run.spec, o, run.regions);
      for (std::size_t b = next++; b < blocks.size() && !stop; b = next++) {
        auto counts = empty_tallies(run.regions.size(), run.spec.months);
        try {
          w->block(blocks[b].replicate, blocks[b].first, blocks[b].last, counts);
        } catch (...) {
          const std::lock_guard<std::mutex> g(lock);
          // the earliest failing block is reported, as one thread would have met it first
          if (b < failed_block) {
            failed_block = b;
            failure = std::current_exception();
          }
          stop = true;
          break;
        }
        const std::uint64_t planned = static_cast<std::uint64_t>(blocks[b].last - blocks[b].first + 1) *
                                      static_cast<std::uint64_t>(run.spec.months) * run.regions.size();
        const std::uint64_t so_far = done.fetch_add(planned) + planned;
        if (o.progress) o.progress(so_far, total);
        const std::lock_guard<std::mutex> g(lock);
        results.emplace(b, std::move(counts));
        // add finished blocks in order, so the first error named does not depend on timing
        for (auto it = results.find(added); it != results.end(); it = results.find(added)) {
          auto& into = run.tallies[blocks[added].replicate];
          for (std::size_t k = 0; k < into.size(); ++k) into[k].add(it->second[k]);
          results.erase(it);
          ++added;
        }
      }
    } catch (...) {
      const std::lock_guard<std::mutex> g(lock);
      if (!failure) failure = std::current_exception();
      stop = true;
    }
    const std::lock_guard<std::mutex> g(lock);
    worker_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (w) {
      evaluate_seconds += w->evaluate_seconds();
      months_run += w->months_run();
    }
  };
  const unsigned jobs = std::max(1u, std::min<unsigned>(o.jobs, static_cast<unsigned>(std::max<std::size_t>(1, blocks.size()))));
  if (jobs == 1) {
    work();
  } else {
    std::vector<std::thread> threads;
    threads.reserve(jobs);
    try {
      for (unsigned j = 0; j < jobs; ++j) threads.emplace_back(work);
    } catch (...) {
      stop = true;
      for (auto& t : threads) t.join();
      throw;
    }
    for (auto& t : threads) t.join();
  }
  if (failure) std::rethrow_exception(failure);
  run.cost.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  run.cost.worker_seconds = worker_seconds;
  run.cost.evaluate_seconds = evaluate_seconds;
  run.cost.case_months = months_run;
  return run;
}

}  // namespace hashigo::sim
