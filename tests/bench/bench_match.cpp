// make bench: `hashigo match` — one case ranked against 900 carved tasks (300 generated employers
// × 3 tasks) with the national pack's matching.lua, against its floor: the same criteria file run
// by a bare lua_State (luaL_newstate + luaL_openlibs, plain tables, a ctx that only looks parameters
// up), given the same case view and task views. docs/performance.md reports both.
#include "bench_match.hpp"

#include "engine/task_view.hpp"

#include <hashigo/case/fold.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/format/case_json.hpp>

#include <benchmark/benchmark.h>
#include <lua.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace hashigo::bench {
namespace {

using nlohmann::json;
const std::string source_dir = HASHIGO_TEST_SOURCE_DIR;

// 300 employers of 3 tasks each, the same on every run (seed 7): codes drawn from the lists
// matching compares, so that every criterion has something to say.
std::vector<cases::employer_record> employers() {
  std::mt19937 rng(7);
  const std::vector<std::string> fields{"cleaning", "care", "farming", "food", "manufacturing", "office", "retail", "logistics"};
  const std::vector<std::string> skills{"cleaning", "handwork", "care_assist", "computer", "driving", "cooking"};
  const std::vector<std::string> conditions{"quiet_place", "no_phone", "short_hours", "no_customer_contact", "seated", "daytime_only", "fixed_routine", "near_transit"};
  const std::vector<std::string> supports{"workplace_mentor", "job_coach", "supporter_visits", "written_steps", "gradual_start", "transport_paid"};
  const std::vector<std::string> forms{"kengaku", "taiken", "commuter_unpaid", "commuter_paid", "minwage_staff", "part_time"};
  const auto pick = [&](const std::vector<std::string>& from, std::size_t n) {
    std::vector<std::string> all = from, out;
    std::shuffle(all.begin(), all.end(), rng);
    out.assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n));
    return out;
  };
  std::vector<cases::employer_record> out;
  for (int i = 0; i < 300; ++i) {
    cases::employer_record e;
    e.id = "e" + std::to_string(1000 + i);
    e.name = "employer " + std::to_string(i);
    e.since = date::parse_or_throw("2023-01-01", "since");
    for (int j = 0; j < 3; ++j) {
      cases::carved_task t;
      t.id = "t" + std::to_string(j);
      t.title_ja = t.title_en = "task " + std::to_string(j);
      t.days_per_week = 1 + static_cast<double>(rng() % 5);
      t.hours_per_day = std::vector<double>{2, 3, 4, 6}[rng() % 4];
      t.wage_forms = pick(forms, 2);
      t.fields = pick(fields, 2);
      t.skills = pick(skills, 2);
      t.supports = pick(supports, 2);
      t.conditions = pick(conditions, 3);
      t.openings = 1 + static_cast<int>(rng() % 3);
      if (rng() % 10 == 0) t.qualification = "care_initial";
      e.tasks.push_back(std::move(t));
    }
    out.push_back(std::move(e));
  }
  return out;
}

// Cさん (J3) on 2023-07-10, her assessment recording what she is drawn to, good at and needs.
cases::case_state person() {
  std::ifstream in(source_dir + "/examples/cases/c-san.json");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto file = format::case_file_from_json(format::parse_json(text, "c-san.json"));
  cases::sort_events(file.events);
  auto s = cases::fold(file.header, file.events, date::parse_or_throw("2023-07-10", "as_of"));
  cases::work_profile p;
  p.interests = {"cleaning", "care"};
  p.strengths = {"cleaning"};
  p.constraints = {"daytime_only", "no_phone"};
  p.supports_needed = {"written_steps"};
  p.hours_per_week_max = 8;
  p.assessed_on = s.as_of;
  s.profile = p;
  return s;
}

// stack: [] -> [value]   (plain tables, no guards)
void push_plain(lua_State* L, const json& v) {
  switch (v.type()) {
    case json::value_t::null: lua_pushnil(L); break;
    case json::value_t::boolean: lua_pushboolean(L, v.get<bool>()); break;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: lua_pushinteger(L, v.get<lua_Integer>()); break;
    case json::value_t::number_float: lua_pushnumber(L, v.get<double>()); break;
    case json::value_t::string: lua_pushlstring(L, v.get_ref<const std::string&>().data(), v.get_ref<const std::string&>().size()); break;
    case json::value_t::array: {
      lua_createtable(L, static_cast<int>(v.size()), 0);
      for (std::size_t i = 0; i < v.size(); ++i) {
        push_plain(L, v[i]);
        lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
      }
      break;
    }
    default: {
      lua_createtable(L, 0, static_cast<int>(v.size()));
      for (auto it = v.begin(); it != v.end(); ++it) {
        if (it->is_null()) continue;
        push_plain(L, *it);
        lua_setfield(L, -2, it.key().c_str());
      }
    }
  }
}

// The floor: matching.lua in a bare state; each call pushes the case and every task as plain
// tables, runs every criterion, sums and sorts as the engine does.
class floor_matcher {
 public:
  floor_matcher(const json& params) {
    L_ = luaL_newstate();
    luaL_openlibs(L_);
    const std::string setup = "package.path = '" + source_dir + "/rules/lib/?.lua;" + source_dir + "/rules/national/lib/?.lua;' .. package.path";
    if (luaL_dostring(L_, setup.c_str()) != LUA_OK) throw std::runtime_error(lua_tostring(L_, -1));
    if (luaL_dofile(L_, (source_dir + "/rules/national/matching.lua").c_str()) != LUA_OK) throw std::runtime_error(lua_tostring(L_, -1));
    criteria_ = luaL_ref(L_, LUA_REGISTRYINDEX);
    push_plain(L_, params);
    lua_setglobal(L_, "P");
    if (luaL_dostring(L_, "return { param = function(n) return P[n] end, "
                          "at_most = function(_, v, t) if type(t) == 'string' then t = P[t] end return v ~= nil and v <= t end }") != LUA_OK)
      throw std::runtime_error(lua_tostring(L_, -1));
    ctx_ = luaL_ref(L_, LUA_REGISTRYINDEX);
  }
  ~floor_matcher() { lua_close(L_); }
  floor_matcher(const floor_matcher&) = delete;
  floor_matcher& operator=(const floor_matcher&) = delete;

  std::vector<std::pair<double, std::size_t>> rank(const json& case_view, const std::vector<json>& tasks) {
    std::vector<std::pair<double, std::size_t>> fitting;
    push_plain(L_, case_view);                         // [case]
    lua_rawgeti(L_, LUA_REGISTRYINDEX, criteria_);     // [case, criteria]
    const auto n = static_cast<lua_Integer>(lua_rawlen(L_, -1));
    for (std::size_t t = 0; t < tasks.size(); ++t) {
      push_plain(L_, tasks[t]);  // [case, criteria, task]
      double score = 0;
      bool excluded = false;
      for (lua_Integer i = 1; i <= n; ++i) {
        lua_rawgeti(L_, -2, i);
        lua_getfield(L_, -1, "decide");  // [case, criteria, task, criterion, decide]
        lua_pushvalue(L_, -5);
        lua_pushvalue(L_, -4);
        lua_rawgeti(L_, LUA_REGISTRYINDEX, ctx_);
        if (lua_pcall(L_, 3, 1, 0) != LUA_OK) throw std::runtime_error(lua_tostring(L_, -1));
        if (lua_istable(L_, -1)) {
          lua_getfield(L_, -1, "exclude");
          excluded = excluded || lua_toboolean(L_, -1);
          lua_getfield(L_, -2, "points");
          score += lua_tonumber(L_, -1);
          lua_pop(L_, 2);
        }
        lua_pop(L_, 2);  // [case, criteria, task]
      }
      lua_pop(L_, 1);
      if (!excluded) fitting.emplace_back(-score, t);
    }
    lua_pop(L_, 2);
    std::sort(fitting.begin(), fitting.end());
    return fitting;
  }

 private:
  lua_State* L_ = nullptr;
  int criteria_ = LUA_NOREF, ctx_ = LUA_NOREF;
};

// The parameters in force for `state` under the national pack, as the floor's ctx reads them.
json national_params(engine::engine& eng, const cases::case_state& state) {
  json params = json::object();
  for (const auto& p : eng.pack("national").parameters)
    if (const json* v = p.in_force(state.as_of.to_string())) params[p.name] = *v;
  return params;
}

// Why the engine and the floor rank differently (empty when they agree on every fitting task, its
// place and its score): a floor doing other work than the engine would flatter it.
std::string disagreement(const engine::match_result& r, const std::vector<std::pair<double, std::size_t>>& floor,
                         const std::vector<engine::task_offer>& offers) {
  std::vector<std::pair<double, std::string>> ours, theirs;
  for (const auto& t : r.tasks)
    if (!t.excluded) ours.emplace_back(-t.score, t.employer_id + "/" + t.task_id);
  for (const auto& [score, i] : floor) theirs.emplace_back(score, offers[i].employer->id + "/" + offers[i].task->id);
  std::sort(ours.begin(), ours.end());
  std::sort(theirs.begin(), theirs.end());
  if (ours.empty()) return "no task fits: the benchmark would measure nothing";
  if (ours != theirs) return "the engine and the floor rank the tasks differently";
  return {};
}

void engine_match(benchmark::State& st) {
  const auto versions = employers();
  const auto state = person();
  engine::engine eng({.rules_root = source_dir + "/rules"});
  const auto offers = engine::offers_on(versions, state.as_of);
  {
    std::vector<json> views;
    for (const auto& o : offers) views.push_back(engine::detail::task_view(*o.employer, *o.task, o.filled));
    floor_matcher floor(national_params(eng, state));
    const auto why = disagreement(eng.match(state, "national", offers), floor.rank(engine::engine::case_view(state), views), offers);
    if (!why.empty()) {
      st.SkipWithError(why.c_str());
      return;
    }
  }
  std::size_t fitting = 0;
  for (auto _ : st) {
    const auto r = eng.match(state, "national", offers);
    fitting = static_cast<std::size_t>(std::count_if(r.tasks.begin(), r.tasks.end(), [](const auto& t) { return !t.excluded; }));
    benchmark::DoNotOptimize(r);
  }
  st.counters["tasks"] = static_cast<double>(offers.size());
  st.counters["fitting"] = static_cast<double>(fitting);
  st.counters["us_per_task"] = benchmark::Counter(static_cast<double>(offers.size()), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert,
                                                  benchmark::Counter::kIs1000) ;
}

void floor_match(benchmark::State& st) {
  const auto versions = employers();
  const auto state = person();
  engine::engine eng({.rules_root = source_dir + "/rules"});
  const json params = national_params(eng, state);
  const auto offers = engine::offers_on(versions, state.as_of);
  std::vector<json> views;
  for (const auto& o : offers) views.push_back(engine::detail::task_view(*o.employer, *o.task, o.filled));
  floor_matcher floor(params);
  const json case_view = engine::engine::case_view(state);
  std::size_t fitting = 0;
  for (auto _ : st) {
    const auto r = floor.rank(case_view, views);
    fitting = r.size();
    benchmark::DoNotOptimize(r);
  }
  st.counters["tasks"] = static_cast<double>(offers.size());
  st.counters["fitting"] = static_cast<double>(fitting);
  st.counters["us_per_task"] = benchmark::Counter(static_cast<double>(offers.size()), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert,
                                                  benchmark::Counter::kIs1000);
}

}  // namespace

void register_match_benchmarks() {
  benchmark::RegisterBenchmark("engine_match_900_tasks", engine_match)->Iterations(200)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("floor_match_900_tasks", floor_match)->Iterations(200)->Unit(benchmark::kMillisecond);
}

}  // namespace hashigo::bench
