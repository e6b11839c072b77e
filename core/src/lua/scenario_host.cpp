#include "lua/scenario_host.hpp"

#include "lua/convert.hpp"
#include "lua/stack.hpp"

#include <hashigo/date.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace hashigo::lua {

using nlohmann::json;

std::uint64_t mix64(std::uint64_t z) noexcept {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

double uniform_draw(std::uint64_t& state) noexcept {
  // splitmix64 (Steele, Lea, Flood 2014): one 64-bit state, a well-mixed output per step
  const std::uint64_t z = mix64(state += 0x9e3779b97f4a7c15ull);
  return static_cast<double>(z >> 11) * 0x1.0p-53;
}

struct scenario_script::impl {
  state st;
  std::string chunk;
  int month_ref = LUA_NOREF;
  int person_ref = LUA_NOREF;
  int state_ref = LUA_NOREF;  // m.state of the person being simulated
  json header;
  // The month being run; m's functions refuse to work outside it (a script could keep `m`).
  const month_context* ctx = nullptr;
  month_record* rec = nullptr;
  std::uint64_t random = 0;
  date first;
  date last;

  explicit impl(const limits& lim) : st(lim) {}
};

namespace {

// The call being run: m's (and p's) functions work only while it lasts.
class in_call {
 public:
  in_call(scenario_script::impl& h, const month_context& c, month_record& rec, std::uint64_t random) : h_(h) {
    h.random = random;
    h.ctx = &c;
    h.rec = &rec;
  }
  ~in_call() {
    h_.ctx = nullptr;
    h_.rec = nullptr;
  }
  in_call(const in_call&) = delete;
  in_call& operator=(const in_call&) = delete;

 private:
  scenario_script::impl& h_;
};

}  // namespace

namespace {

using host = scenario_script::impl;

// stack: [] -> []
host& host_of(lua_State* L) {
  auto* h = static_cast<host*>(lua_touserdata(L, lua_upvalueindex(1)));
  if (h->ctx == nullptr) raise_coded_error(L, codes::contract, "m is only usable inside the month(m) call it was given to");
  return *h;
}

// The host, for m's functions that belong to a month (an event, a choice, a day): refused in
// person(p), where there is no month yet (a script could keep an `m` from before).
// stack: [] -> []
host& month_host_of(lua_State* L) {
  host& h = host_of(L);
  if (h.ctx->month == 0) raise_coded_error(L, codes::contract, "m is only usable inside the month(m) call it was given to");
  return h;
}

// {ja, en} from a string (both languages) or a table with ja and en.
// stack: [] -> []
json bilingual(lua_State* L, int idx, const char* what) {
  if (lua_type(L, idx) == LUA_TSTRING) {
    const std::string s(view_string(L, idx));
    return json{{"ja", s}, {"en", s}};
  }
  json t = to_json(L, idx, what, {max_text_bytes, false});
  if (!t.is_object() || !t.contains("ja") || !t.contains("en") || !t["ja"].is_string() || !t["en"].is_string())
    raise_coded_error(L, codes::contract, fmt::format("{} must be a string or {{ ja = \"…\", en = \"…\" }}", what));
  return json{{"ja", t["ja"]}, {"en", t["en"]}};
}

// The field `key` of the table at `idx` as bilingual(), or null when absent.
// stack: [.., t, ..] -> [.., t, ..]
json optional_bilingual(lua_State* L, int idx, const char* key, const char* what) {
  lua_getfield(L, idx, key);
  json out = lua_isnil(L, -1) ? json() : bilingual(L, lua_gettop(L), what);
  lua_pop(L, 1);
  return out;
}

double normal_draw(std::uint64_t& state) {
  // Box–Muller; 1 - u keeps the logarithm finite
  const double u1 = 1.0 - uniform_draw(state), u2 = uniform_draw(state);
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

double number_field(lua_State* L, const json& t, const char* key, const char* fn, std::optional<double> fallback) {
  if (!t.contains(key)) {
    if (fallback) return *fallback;
    raise_coded_error(L, codes::contract, fmt::format("{} needs {}", fn, key));
  }
  if (!t[key].is_number()) raise_coded_error(L, codes::contract, fmt::format("{}: {} must be a number", fn, key));
  return t[key].get<double>();
}

// The day an event is dated when the script gives none: the 15th, kept inside the month.
std::string default_day(const host& h) {
  const date mid = h.first.start_of_month().add_days(14);
  return std::clamp(mid, h.first, h.last).to_string();
}

// A day of the month: `v` a date string, or (`numbers`) a day number as m.day takes; the 15th
// when absent.
// stack: [] -> []
date month_day(lua_State* L, const host& h, const json& v, const std::string& what, bool numbers = false) {
  if (v.is_null()) return date::parse(default_day(h)).value();
  std::optional<date> day;
  if (v.is_string()) day = date::parse(v.get<std::string>());
  if (numbers && v.is_number_integer())
    day = std::clamp(h.first.start_of_month().add_days(std::clamp<std::int64_t>(v.get<std::int64_t>(), 1, 31) - 1), h.first, h.last);
  if (!day || *day < h.first || h.last < *day)
    raise_coded_error(L, codes::contract,
                      fmt::format("{} is dated {}, outside month {} ({} … {})", what, v.dump(), h.ctx->month, h.first.to_string(), h.last.to_string()));
  return *day;
}

void add_event(lua_State* L, host& h, json e, std::string case_id = {}) {
  const json when = e.contains("date") ? e["date"] : json();
  e["date"] = month_day(L, h, when, fmt::format("event {}", e.value("type", "?"))).to_string();
  h.rec->events.push_back(std::move(e));
  h.rec->event_cases.push_back(std::move(case_id));
}

// The other case an m.event names (its third argument), refused unless the scenario has it.
// stack: [.., case_id?] -> [.., case_id?]
std::string other_case(lua_State* L, const host& h, int idx) {
  if (lua_isnoneornil(L, idx)) return {};
  const std::string id(luaL_checkstring(L, idx));
  const auto& known = h.ctx->other_cases;
  if (std::find(known.begin(), known.end(), id) == known.end()) {
    std::string names;
    for (const auto& k : known) names += (names.empty() ? "" : ", ") + k;
    raise_coded_error(L, codes::contract,
                      fmt::format("m.event: no case '{}' in this scenario (its other cases: {})", id, names.empty() ? "none" : names));
  }
  return id;
}

struct month_functions {
  // m.event(type, fields?, case_id?) records an event of the month (dated the 15th unless
  // fields.date says) on the scenario's case, or on `case_id`, another case of the scenario.
  // stack: [type, fields?, case_id?] -> []
  static int event(lua_State* L) {
    host& h = month_host_of(L);
    const std::string type(luaL_checkstring(L, 1));
    json e = lua_isnoneornil(L, 2) ? json::object() : to_json(L, 2, "m.event", {max_text_bytes, false});
    if (!e.is_object()) raise_coded_error(L, codes::contract, "m.event: the fields must be a table with names");
    e["type"] = type;
    std::string on = other_case(L, h, 3);
    add_event(L, h, std::move(e), std::move(on));
    return 0;
  }

  // m.match(day?) -> the scenario's carved tasks ranked for the case by the pack's matching.lua on
  // `day` (a date or a day number; the 15th when absent), fitting ones first: { {employer =,
  // task =, title =, score =, fits =, open =, reasons = {…}}, … }. The match is shown in the month.
  // stack: [day?] -> [tasks]
  static int match(lua_State* L) {
    host& h = month_host_of(L);
    if (!h.ctx->match) raise_coded_error(L, codes::contract, "m.match: this scenario has no employers (list their records in its `employers`)");
    const json when = lua_isnoneornil(L, 1) ? json() : to_json(L, 1, "m.match", {max_text_bytes, false});
    const std::string day = month_day(L, h, when, "m.match", true).to_string();
    json result = h.ctx->match(day, *h.rec);
    push_readonly(L, result.value("tasks", json::array()), "m.match");
    h.rec->matches.push_back({{"date", day}, {"match", std::move(result)}});
    return 1;
  }

  // m.attendance{ hours =, level =, wobble =?, absences =?, placement_id =? }: the month's
  // attendance, attended = hours × (level + a normal wobble), kept within 0 … hours.
  // stack: [t] -> []
  static int attendance(lua_State* L) {
    host& h = month_host_of(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    const json t = to_json(L, 1, "m.attendance", {max_text_bytes, false});
    const double hours = number_field(L, t, "hours", "m.attendance", std::nullopt);
    const double level = number_field(L, t, "level", "m.attendance", std::nullopt);
    const double wobble = number_field(L, t, "wobble", "m.attendance", 0.0);
    const double share = std::clamp(level + (wobble > 0 ? wobble * normal_draw(h.random) : 0.0), 0.0, 1.0);
    json e{{"type", "attendance"},
           {"date", h.last.to_string()},
           {"period_start", h.first.to_string()},
           {"scheduled_hours", hours},
           {"attended_hours", std::round(hours * share * 10.0) / 10.0}};
    if (t.contains("absences")) e["unannounced_absences"] = t["absences"];
    if (t.contains("placement_id")) e["placement_id"] = t["placement_id"];
    add_event(L, h, std::move(e));
    return 0;
  }

  // m.say(text): a line of narration for the month (a string, or { ja =, en = }). A line said
  // after a choice belongs to the road taken, so it remembers the choice to be shown after it.
  // stack: [text] -> []
  static int say(lua_State* L) {
    host& h = month_host_of(L);
    json line = bilingual(L, 1, "m.say");
    if (!h.rec->choices.empty()) line["after_choice"] = h.rec->choices.back().first.id;
    h.rec->sayings.push_back(std::move(line));
    return 0;
  }

  // m.choose(id, prompt, { a = text, b = text, … } [, { answer = key, why = text }]) -> the key
  // taken (from --choose, the terminal, or the first key); the fourth table marks the trainer's
  // answer for the quiz.
  // stack: [id, prompt, options, mark?] -> [key]
  static int choose(lua_State* L) {
    host& h = month_host_of(L);
    choice_point p;
    p.month = h.ctx->month;
    p.id = luaL_checkstring(L, 1);
    p.prompt = bilingual(L, 2, "m.choose prompt");
    luaL_checktype(L, 3, LUA_TTABLE);
    const json options = to_json(L, 3, "m.choose options", {max_text_bytes, false});
    if (!options.is_object() || options.empty())
      raise_coded_error(L, codes::contract, "m.choose: options must be a table { key = text, … } with at least one option");
    for (auto it = options.begin(); it != options.end(); ++it) {
      const json& o = *it;
      if (o.is_string()) {
        p.options.emplace_back(it.key(), json{{"ja", o}, {"en", o}});
      } else if (o.is_object() && o.contains("ja") && o.contains("en")) {
        p.options.emplace_back(it.key(), json{{"ja", o["ja"]}, {"en", o["en"]}});
      } else {
        raise_coded_error(L, codes::contract, fmt::format("m.choose: option {} must be a string or {{ ja =, en = }}", it.key()));
      }
    }
    if (!lua_isnoneornil(L, 4)) {
      luaL_checktype(L, 4, LUA_TTABLE);
      lua_getfield(L, 4, "answer");  // stack: [.., mark, answer]
      if (!lua_isnil(L, -1)) p.answer = luaL_checkstring(L, -1);
      lua_pop(L, 1);
      if (!p.answer.empty() && std::none_of(p.options.begin(), p.options.end(), [&](const auto& o) { return o.first == p.answer; }))
        raise_coded_error(L, codes::contract, fmt::format("m.choose {}: the answer '{}' is not one of its options", p.id, p.answer));
      p.why = optional_bilingual(L, 4, "why", "m.choose why");
    }
    const std::string key = h.ctx->choose ? h.ctx->choose(p) : p.options.front().first;
    if (std::none_of(p.options.begin(), p.options.end(), [&](const auto& o) { return o.first == key; })) {
      std::string known;
      for (const auto& o : p.options) known += (known.empty() ? "" : ", ") + o.first;
      raise_coded_error(L, codes::contract, fmt::format("choice {} in month {} has no option '{}' (options: {})", p.id, p.month, key, known));
    }
    h.rec->choices.emplace_back(std::move(p), key);
    push(L, std::string_view(key));
    return 1;
  }

  // m.quiz(question [, why]): asks the class what the rules will decide at this month's end; the
  // decision is the answer, `why` the trainer's explanation (each a string or { ja =, en = }).
  // stack: [question, why?] -> []
  static int quiz(lua_State* L) {
    host& h = month_host_of(L);
    lua::quiz_mark q;
    q.prompt = bilingual(L, 1, "m.quiz");
    if (!lua_isnoneornil(L, 2)) q.why = bilingual(L, 2, "m.quiz why");
    h.rec->questions.push_back(std::move(q));
    return 0;
  }

  // m.held(rule_id) -> true when last month's decision held the position on that rule (a step
  // the rule kept back reads as a stay naming it), so a script can answer the hold.
  // stack: [rule_id] -> [b]
  static int held(lua_State* L) {
    const host& h = month_host_of(L);
    const std::string id(luaL_checkstring(L, 1));
    const json last = h.ctx->last_fn ? h.ctx->last_fn() : h.ctx->last;
    const json step = last.is_object() ? last.value("step", json::object()) : json::object();
    const json rules = step.is_object() ? step.value("rules", json::array()) : json::array();
    const bool stayed = step.is_object() && step.value("step", "") == "stay";
    push(L, stayed && rules.is_array() && std::find(rules.begin(), rules.end(), id) != rules.end());
    return 1;
  }

  // m.random() -> a number in [0, 1) from the month's seeded stream.
  // stack: [] -> [u]
  static int random(lua_State* L) {
    push(L, uniform_draw(host_of(L).random));
    return 1;
  }

  // m.normal(mean, sd) -> a normal draw.
  // stack: [mean, sd] -> [x]
  static int normal(lua_State* L) {
    host& h = host_of(L);
    const double mean = luaL_checknumber(L, 1), sd = luaL_checknumber(L, 2);
    push(L, mean + sd * normal_draw(h.random));
    return 1;
  }

  // m.chance(p) -> true with probability p.
  // stack: [p] -> [b]
  static int chance(lua_State* L) {
    host& h = host_of(L);
    const double p = luaL_checknumber(L, 1);
    push(L, uniform_draw(h.random) < p);
    return 1;
  }

  // m.pick{ key = weight, … } -> one key, drawn with probability weight / sum (keys in sorted
  // order, so the same draw gives the same key whatever order the table was written in).
  // stack: [weights] -> [key]
  static int pick(lua_State* L) {
    host& h = host_of(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    const json w = to_json(L, 1, "m.pick", {max_text_bytes, false});
    if (!w.is_object() || w.empty()) raise_coded_error(L, codes::contract, "m.pick needs a table { key = weight, … }");
    double total = 0;
    for (auto it = w.begin(); it != w.end(); ++it) {
      if (!it->is_number() || it->get<double>() < 0)
        raise_coded_error(L, codes::contract, fmt::format("m.pick: the weight of {} must be a number >= 0", it.key()));
      total += it->get<double>();
    }
    if (!(total > 0)) raise_coded_error(L, codes::contract, "m.pick: the weights add up to 0");
    double u = uniform_draw(h.random) * total;
    std::string chosen = w.begin().key();  // nlohmann's object keeps keys sorted
    for (auto it = w.begin(); it != w.end(); ++it) {
      chosen = it.key();
      if ((u -= it->get<double>()) < 0) break;
    }
    push(L, std::string_view(chosen));
    return 1;
  }

  // m.day(n) -> the month's n-th day as YYYY-MM-DD, kept inside the month (and after intake).
  // stack: [n] -> [date]
  static int day(lua_State* L) {
    host& h = month_host_of(L);
    const lua_Integer n = luaL_checkinteger(L, 1);
    const date d = std::clamp(h.first.start_of_month().add_days(std::clamp<lua_Integer>(n, 1, 31) - 1), h.first, h.last);
    push(L, std::string_view(d.to_string()));
    return 1;
  }
};

}  // namespace

scenario_script::scenario_script(std::string_view source, const std::string& chunk_name, const limits& lim)
    : impl_(std::make_unique<impl>(lim)) {
  impl_->chunk = chunk_name;
  const int ref = impl_->st.load_chunk(source, chunk_name);
  impl_->st.protect(chunk_name, [&](lua_State* L) {
    stack_guard guard(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);  // [scenario]
    luaL_unref(L, LUA_REGISTRYINDEX, ref);
    if (!lua_istable(L, -1) || lua_getfield(L, -1, "month") != LUA_TFUNCTION)
      raise_coded_error(L, codes::contract, "a scenario returns a table with a month(m) function");
    impl_->month_ref = luaL_ref(L, LUA_REGISTRYINDEX);  // [scenario]
    if (lua_getfield(L, -1, "person") == LUA_TFUNCTION)  // [scenario, person]
      impl_->person_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    else
      lua_pop(L, 1);  // [scenario]
    // the header: every field but the function
    lua_newtable(L);  // [scenario, header]
    lua_pushnil(L);
    while (lua_next(L, -3) != 0) {  // [scenario, header, key, value]
      if (lua_type(L, -1) == LUA_TFUNCTION) {
        lua_pop(L, 1);
        continue;
      }
      lua_pushvalue(L, -2);  // [scenario, header, key, value, key]
      lua_insert(L, -2);     // [scenario, header, key, key, value]
      lua_rawset(L, -4);     // [scenario, header, key]
    }
    impl_->header = to_json(L, -1, "scenario");
  });
  if (!impl_->header.is_object())
    throw script_error(codes::contract, chunk_name, "a scenario returns a table of named fields", "");
}

scenario_script::~scenario_script() = default;
scenario_script::scenario_script(scenario_script&&) noexcept = default;
scenario_script& scenario_script::operator=(scenario_script&&) noexcept = default;

const json& scenario_script::header() const noexcept { return impl_->header; }

bool scenario_script::has_person() const noexcept { return impl_->person_ref != LUA_NOREF; }

namespace {

// The functions both p (a person being drawn) and m share.
const luaL_Reg draw_functions[] = {{"random", guarded<month_functions::random>}, {"normal", guarded<month_functions::normal>},
                                   {"chance", guarded<month_functions::chance>}, {"pick", guarded<month_functions::pick>},
                                   {nullptr, nullptr}};

// m.case and m.last on first use, from the month's view_fn and last_fn.
// stack: [m, key] -> [value]
int lazy_field(lua_State* L) {
  host& h = month_host_of(L);
  luaL_checktype(L, 1, LUA_TTABLE);
  const std::string_view key = lua_type(L, 2) == LUA_TSTRING ? view_string(L, 2) : std::string_view{};
  const bool is_case = key == "case" && h.ctx->view_fn;
  if (!is_case && !(key == "last" && h.ctx->last_fn)) {
    lua_pushnil(L);
    return 1;
  }
  const json v = is_case ? h.ctx->view_fn() : h.ctx->last_fn();
  if (v.is_null()) {
    lua_pushnil(L);
    return 1;
  }
  push_readonly(L, v, is_case ? "m.case" : "m.last");  // [m, key, value]
  lua_pushvalue(L, 2);
  lua_pushvalue(L, -2);  // [m, key, value, key, value]
  lua_rawset(L, 1);      // [m, key, value]
  return 1;
}

}  // namespace

json scenario_script::make_person(std::int64_t index, std::uint64_t random_key) {
  impl& h = *impl_;
  if (h.person_ref == LUA_NOREF) throw script_error(codes::contract, h.chunk, "a cohort spec returns a person(p) function", "");
  // m's functions need a month; a person is drawn before the first one, on its own stream.
  const month_context none;
  month_record rec;
  const in_call scope(h, none, rec, random_key);
  json out;
  h.st.protect(h.chunk, [&](lua_State* L) {
    luaL_unref(L, LUA_REGISTRYINDEX, h.state_ref);
    lua_newtable(L);
    h.state_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_rawgeti(L, LUA_REGISTRYINDEX, h.person_ref);  // [person]
    lua_createtable(L, 0, 6);                         // [person, p]
    push(L, static_cast<std::int64_t>(index));
    lua_setfield(L, -2, "index");
    lua_pushlightuserdata(L, &h);
    luaL_setfuncs(L, draw_functions, 1);
    lua_call(L, 1, 1);  // [t]
    if (!lua_istable(L, -1)) raise_coded_error(L, codes::contract, "person(p) returns a table { person =, household =, intake = }");
    out = to_json(L, -1, "person(p)");
    lua_pop(L, 1);
  });
  return out;
}

month_record scenario_script::run_month(const month_context& c) {
  month_record rec;
  impl& h = *impl_;
  h.first = date::parse_or_throw(c.first_day, "first_day");
  h.last = date::parse_or_throw(c.last_day, "last_day");
  const in_call scope(h, c, rec, c.random_key);
  h.st.protect(h.chunk, [&](lua_State* L) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, h.month_ref);  // [month]
    lua_createtable(L, 0, 15);                      // [month, m]
    push(L, static_cast<std::int64_t>(c.month));
    lua_setfield(L, -2, "month");
    push(L, std::string_view(c.first_day));
    lua_setfield(L, -2, "first_day");
    push(L, std::string_view(c.last_day));
    lua_setfield(L, -2, "last_day");
    if (!c.view.is_null()) {
      push_readonly(L, c.view, "m.case");
      lua_setfield(L, -2, "case");
    }
    if (!c.last.is_null()) {
      push_readonly(L, c.last, "m.last");
      lua_setfield(L, -2, "last");
    }
    for (const auto& [key, value] : {std::pair{"stage", &c.stage}, {"rung", &c.rung}, {"status", &c.status}})
      if (!value->empty()) {
        push(L, std::string_view(*value));
        lua_setfield(L, -2, key);
      }
    if (h.state_ref != LUA_NOREF) {
      lua_rawgeti(L, LUA_REGISTRYINDEX, h.state_ref);
      lua_setfield(L, -2, "state");
    }
    if (c.view_fn || c.last_fn) {
      lua_createtable(L, 0, 2);  // [month, m, mt]
      lua_pushlightuserdata(L, &h);
      lua_pushcclosure(L, guarded<lazy_field>, 1);
      lua_setfield(L, -2, "__index");
      // hidden from getmetatable and locked against setmetatable: the script never holds __index
      lua_pushboolean(L, 0);
      lua_setfield(L, -2, "__metatable");
      lua_setmetatable(L, -2);  // [month, m]
    }
    static const luaL_Reg functions[] = {
        {"event", guarded<month_functions::event>},   {"attendance", guarded<month_functions::attendance>},
        {"say", guarded<month_functions::say>},       {"choose", guarded<month_functions::choose>},
        {"quiz", guarded<month_functions::quiz>},     {"held", guarded<month_functions::held>},
        {"match", guarded<month_functions::match>},
        {"random", guarded<month_functions::random>}, {"normal", guarded<month_functions::normal>},
        {"chance", guarded<month_functions::chance>}, {"day", guarded<month_functions::day>},
        {"pick", guarded<month_functions::pick>},     {nullptr, nullptr}};
    lua_pushlightuserdata(L, &h);  // [month, m, host]
    luaL_setfuncs(L, functions, 1);  // [month, m]
    lua_call(L, 1, 0);               // []
  });
  return rec;
}

}  // namespace hashigo::lua
