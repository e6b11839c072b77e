// The floor: a bare lua_State, the case pushed as a plain table, one lua_pcall (floor.hpp).
#include "floor.hpp"

#include <lua.hpp>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace hashigo::bench {
namespace {

using namespace hashigo::cases;

void set(lua_State* L, const char* key, const std::string& v) {
  lua_pushlstring(L, v.data(), v.size());
  lua_setfield(L, -2, key);
}
void set(lua_State* L, const char* key, std::string_view v) {
  lua_pushlstring(L, v.data(), v.size());
  lua_setfield(L, -2, key);
}
void set(lua_State* L, const char* key, date d) { set(L, key, d.to_string()); }
void set(lua_State* L, const char* key, bool v) {
  lua_pushboolean(L, v ? 1 : 0);
  lua_setfield(L, -2, key);
}
void set(lua_State* L, const char* key, int v) {
  lua_pushinteger(L, v);
  lua_setfield(L, -2, key);
}
void set(lua_State* L, const char* key, std::int64_t v) {
  lua_pushinteger(L, static_cast<lua_Integer>(v));
  lua_setfield(L, -2, key);
}
void set(lua_State* L, const char* key, double v) {
  lua_pushnumber(L, v);
  lua_setfield(L, -2, key);
}
template <class T>
void set(lua_State* L, const char* key, const std::optional<T>& v) {
  if (v) set(L, key, *v);  // absent facts are nil: the field is simply not set
}

// The case as a plain (writable) table with the fields of engine::case_view, built straight
// from the folded state with lua_push*/lua_setfield: what a bare embedding has to do per call.
// stack: [] -> [case]
void push_case(lua_State* L, const case_state& s) {
  const auto& d = s.derived;
  const auto& h = s.header.household;
  lua_createtable(L, 0, 40);
  set(L, "id", s.header.id);
  set(L, "as_of", s.as_of);
  set(L, "status", to_string(s.status));
  set(L, "stage", to_string(s.position.at));
  if (!s.position.rung.empty()) set(L, "rung", s.position.rung);
  set(L, "opened_on", s.opened_on);
  set(L, "episode", s.episode);
  set(L, "age", d.age);
  set(L, "months_open", d.months_open);
  set(L, "months_in_stage", d.months_in_stage);
  set(L, "months_in_rung", d.months_in_rung);
  set(L, "attendance_14d", d.attendance_14d);
  set(L, "attendance_30d", d.attendance_30d);
  set(L, "attendance_90d", d.attendance_90d);
  set(L, "unannounced_absences_30d", d.unannounced_absences_30d);
  set(L, "min_fdp_axis", d.min_fdp_axis);
  set(L, "previous_min_fdp_axis", d.previous_min_fdp_axis);
  set(L, "hours_per_week", d.hours_per_week);
  set(L, "wage_per_hour_yen", d.wage_per_hour_yen);
  set(L, "days_since_contact", d.days_since_contact);
  set(L, "failed_contacts", s.failed_contacts_since_last);
  set(L, "days_since_review", d.days_since_review);
  set(L, "goal_attainment", d.goal_attainment);
  set(L, "appraisal_average", d.appraisal_average);
  set(L, "days_since_appraisal", d.days_since_appraisal);
  set(L, "days_to_plan_end", d.days_to_plan_end);
  set(L, "consent", s.consent_info_sharing);
  set(L, "screening", s.screening);
  set(L, "intake_source", s.intake_source);
  lua_createtable(L, static_cast<int>(s.concerns.size()), 0);
  for (std::size_t i = 0; i < s.concerns.size(); ++i) {
    lua_pushlstring(L, s.concerns[i].data(), s.concerns[i].size());
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  lua_setfield(L, -2, "concerns");
  if (!s.closure_reason.empty()) set(L, "closure_reason", s.closure_reason);
  lua_createtable(L, 0, static_cast<int>(d.contacts_30d.size()));
  for (const auto& [kind, count] : d.contacts_30d) set(L, kind.c_str(), count);
  lua_setfield(L, -2, "contacts_30d");
  if (s.job_loss) {
    lua_createtable(L, 0, 3);
    set(L, "cause", s.job_loss->cause);
    set(L, "lost_on", s.job_loss->lost_on);
    set(L, "main_earner", s.job_loss->main_earner);
    lua_setfield(L, -2, "job_loss");
  }
  lua_createtable(L, 0, 4);
  set(L, "applications", d.job_search_30d.applications);
  set(L, "hw_consultations", d.job_search_30d.hw_consultations);
  set(L, "job_interviews", d.job_search_30d.job_interviews);
  set(L, "records", d.job_search_30d.records);
  lua_setfield(L, -2, "job_search_30d");
  if (s.fdp) {
    lua_createtable(L, 0, 5);
    set(L, "interpersonal", s.fdp->interpersonal);
    set(L, "mental", s.fdp->mental);
    set(L, "stress", s.fdp->stress);
    set(L, "thinking", s.fdp->thinking);
    set(L, "environment", s.fdp->environment);
    lua_setfield(L, -2, "fdp");
  }
  lua_createtable(L, 0, 4);
  set(L, "basic_pension_grade", s.header.person.basic_pension_grade);
  set(L, "gender", s.header.person.gender);
  set(L, "disability_cert", s.header.person.disability_cert);
  if (!s.header.person.disability_grade.empty()) set(L, "disability_grade", s.header.person.disability_grade);
  lua_setfield(L, -2, "person");
  lua_createtable(L, 0, 12);
  set(L, "size", h.size);
  set(L, "kind", h.kind);
  set(L, "housing", h.housing);
  set(L, "rent_yen", h.rent_yen);
  set(L, "on_public_assistance", h.on_public_assistance);
  set(L, "has_member_65_plus", d.household_has_member_65_plus);
  if (s.finance) {
    const auto& f = s.finance->values;
    set(L, "income_yen", f.income_yen);
    set(L, "financial_assets_yen", f.financial_assets_yen);
    set(L, "debt_total_yen", f.debt_total_yen);
    set(L, "arrears_months", f.arrears_months);
    set(L, "expenses_yen", f.expenses_yen);
    set(L, "finance_as_of", s.finance->on);
  }
  lua_setfield(L, -2, "household");
  if (s.plan) {
    lua_createtable(L, 0, 5);
    set(L, "start_on", s.plan->start_on);
    set(L, "end_on", s.plan->end_on);
    set(L, "approved", s.plan->approved_on.has_value());
    set(L, "approved_on", s.plan->approved_on);
    set(L, "goals", static_cast<int>(s.plan->goals.size()));
    lua_setfield(L, -2, "plan");
  }
  // Programmes by name, several enrolments merged (active when any is; the dates, route and
  // extensions of the active one, the end of the last ended one) with every enrolment in `history`.
  lua_createtable(L, 0, static_cast<int>(s.programs.size()));
  for (const auto& p : s.programs) {
    if (lua_getfield(L, -1, p.program.c_str()) != LUA_TTABLE) {  // [programs, entry?]
      lua_pop(L, 1);
      lua_createtable(L, 0, 10);
      lua_pushvalue(L, -1);
      lua_setfield(L, -3, p.program.c_str());
      const auto months = d.months_in_program.find(p.program);
      set(L, "months", months == d.months_in_program.end() ? 0 : months->second);
      const auto granted = d.months_granted.find(p.program);
      set(L, "months_granted", granted == d.months_granted.end() ? 0 : granted->second);
      set(L, "extensions", 0);
      lua_createtable(L, 1, 0);
      lua_setfield(L, -2, "history");
    }
    // [programs, entry]
    lua_getfield(L, -1, "active");
    const bool was_active = lua_toboolean(L, -1) != 0;
    lua_pop(L, 1);
    set(L, "active", was_active || p.active);
    if (p.active) {
      set(L, "extensions", p.extensions);
      set(L, "planned_end_on", p.planned_end_on);
      set(L, "route", p.route);
      set(L, "start_on", p.start_on);
    } else {
      set(L, "last_end_on", p.end_on);
      set(L, "last_end_reason", p.end_reason);
    }
    lua_getfield(L, -1, "history");  // [programs, entry, history]
    lua_createtable(L, 0, 6);
    set(L, "end_on", p.end_on);
    set(L, "end_reason", p.end_reason);
    set(L, "extensions", p.extensions);
    set(L, "planned_end_on", p.planned_end_on);
    set(L, "route", p.route);
    set(L, "start_on", p.start_on);
    lua_rawseti(L, -2, static_cast<lua_Integer>(lua_rawlen(L, -2) + 1));
    lua_pop(L, 2);  // [programs]
  }
  lua_setfield(L, -2, "programs");
  lua_createtable(L, static_cast<int>(s.placements.size()), 0);
  int active = 0;
  for (std::size_t i = 0; i < s.placements.size(); ++i) {
    const auto& p = s.placements[i];
    lua_createtable(L, 0, 10);
    set(L, "id", p.id);
    set(L, "kind", p.kind);
    set(L, "contract", p.contract);
    set(L, "employer", p.employer);
    set(L, "hours_per_week", p.hours_per_week);
    set(L, "wage_per_hour_yen", p.wage_per_hour_yen);
    set(L, "stipend_per_shift_yen", p.stipend_per_shift_yen);
    set(L, "start_on", p.start_on);
    set(L, "end_on", p.end_on);
    set(L, "active", p.active);
    if (p.active) active = static_cast<int>(i + 1);  // the most recently started active placement
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  if (active) {
    lua_rawgeti(L, -1, active);
    lua_setfield(L, -3, "placement");
  }
  lua_setfield(L, -2, "placements");
  lua_createtable(L, static_cast<int>(s.referrals.size()), 0);
  for (std::size_t i = 0; i < s.referrals.size(); ++i) {
    const auto& r = s.referrals[i];
    lua_createtable(L, 0, 5);
    set(L, "id", r.id);
    set(L, "target", r.target);
    set(L, "status", r.status);
    set(L, "made_on", r.made_on);
    set(L, "warm_handoff", r.warm_handoff);
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  lua_setfield(L, -2, "referrals");
}

std::string string_field(lua_State* L, int idx, const char* key) {
  std::string out;
  if (lua_getfield(L, idx, key) == LUA_TSTRING) {
    std::size_t n = 0;
    const char* s = lua_tolstring(L, -1, &n);
    out.assign(s, n);
  }
  lua_pop(L, 1);
  return out;
}

// Host functions the floor's rules use (the engine's ctx.add_days / ctx.days_between).
int add_days(lua_State* L) {
  auto d = date::parse(luaL_checkstring(L, 1));
  if (!d) return luaL_error(L, "not a date");
  const std::string out = d->add_days(luaL_checkinteger(L, 2)).to_string();
  lua_pushlstring(L, out.data(), out.size());
  return 1;
}
int days_between_fn(lua_State* L) {
  auto a = date::parse(luaL_checkstring(L, 1)), b = date::parse(luaL_checkstring(L, 2));
  if (!a || !b) return luaL_error(L, "not a date");
  lua_pushinteger(L, static_cast<lua_Integer>(hashigo::days_between(*a, *b)));
  return 1;
}

}  // namespace

floor_runtime::floor_runtime(const std::string& script_path) {
  L_ = luaL_newstate();
  luaL_openlibs(L_);
  lua_register(L_, "add_days", add_days);
  lua_register(L_, "days_between", days_between_fn);
  if (luaL_loadfile(L_, script_path.c_str()) != LUA_OK || lua_pcall(L_, 0, 1, 0) != LUA_OK)
    throw std::runtime_error(std::string("floor: ") + lua_tostring(L_, -1));
  if (!lua_isfunction(L_, -1)) throw std::runtime_error("floor: " + script_path + " must return a function");
  fn_ref_ = luaL_ref(L_, LUA_REGISTRYINDEX);
}

floor_runtime::~floor_runtime() {
  if (L_) lua_close(L_);
}

floor_decision floor_runtime::decide(const case_state& state) {
  lua_State* L = L_;
  lua_rawgeti(L, LUA_REGISTRYINDEX, fn_ref_);
  push_case(L, state);
  const std::string as_of = state.as_of.to_string();
  lua_pushlstring(L, as_of.data(), as_of.size());
  if (lua_pcall(L, 2, 1, 0) != LUA_OK) {
    std::string message = lua_tostring(L, -1);
    lua_pop(L, 1);
    throw std::runtime_error("floor: " + message);
  }
  // [out]
  floor_decision d;
  d.step = string_field(L, -1, "step");
  if (lua_getfield(L, -1, "to") == LUA_TTABLE) {
    d.to = string_field(L, -1, "stage");
    const std::string rung = string_field(L, -1, "rung");
    if (!rung.empty()) d.to += "/" + rung;
  }
  lua_pop(L, 1);
  lua_getfield(L, -1, "reasons");
  const auto nr = static_cast<lua_Integer>(lua_rawlen(L, -1));
  for (lua_Integer i = 1; i <= nr; ++i) {
    lua_rawgeti(L, -1, i);
    d.reasons.push_back({string_field(L, -1, "id"), string_field(L, -1, "ja"), string_field(L, -1, "en"),
                         string_field(L, -1, "plain_ja"), string_field(L, -1, "plain_en")});
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  lua_getfield(L, -1, "alerts");
  const auto na = static_cast<lua_Integer>(lua_rawlen(L, -1));
  for (lua_Integer i = 1; i <= na; ++i) {
    lua_rawgeti(L, -1, i);
    d.alerts.push_back({string_field(L, -1, "code"), string_field(L, -1, "due"), string_field(L, -1, "severity"),
                        string_field(L, -1, "ja"), string_field(L, -1, "en")});
    lua_pop(L, 1);
  }
  lua_pop(L, 2);  // []
  return d;
}

namespace {
// stack: [] -> []
void leaves(lua_State* L, int idx, const std::string& path, std::vector<std::string>& out) {
  idx = lua_absindex(L, idx);
  lua_pushnil(L);
  while (lua_next(L, idx) != 0) {
    std::string key;
    if (lua_type(L, -2) == LUA_TNUMBER) {
      key = "[]";
    } else {
      key = path.empty() ? std::string() : std::string(".");
      key += lua_tostring(L, -2);
    }
    const std::string here = path + key;
    switch (lua_type(L, -1)) {
      case LUA_TTABLE: leaves(L, -1, here, out); break;
      case LUA_TNUMBER: out.push_back(here + (lua_isinteger(L, -1) ? " integer" : " float")); break;
      case LUA_TSTRING: out.push_back(here + " string"); break;
      case LUA_TBOOLEAN: out.push_back(here + " boolean"); break;
      default: out.push_back(here + " ?"); break;
    }
    lua_pop(L, 1);
  }
}
}  // namespace

std::vector<std::string> floor_runtime::case_leaves(const case_state& state) {
  push_case(L_, state);
  std::vector<std::string> out;
  leaves(L_, -1, "", out);
  lua_pop(L_, 1);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const std::vector<std::string>& floor_rule_ids() {
  static const std::vector<std::string> ids = {"SU-02", "SU-03", "SU-04", "SU-05", "SU-06",
                                               "SD-01", "SD-02", "EX-01", "SU-01", "JS-06"};
  return ids;
}

}  // namespace hashigo::bench
