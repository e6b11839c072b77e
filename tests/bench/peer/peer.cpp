// Support code for the peer pair, not a test itself: tests/unit/engine/peer_pack_test.cpp checks
// it in every `make test` (the generator's lines hash to the published sha256; the floor and
// hashigo, full and lean, print identical lines), and hashigo_peer_bench refuses to time anything
// on a mismatch. Its own failures (an unknown stage, a failed decision) throw.
#include "peer.hpp"

#include <hashigo/date.hpp>

#include <fmt/format.h>
#include <lua.hpp>

#include <charconv>
#include <stdexcept>

namespace hashigo::bench::peer {

namespace {

constexpr std::array<std::string_view, 8> regions = {"tokyo", "osaka", "kanagawa", "aichi", "fukuoka", "hokkaido", "miyagi", "okinawa"};
constexpr std::array<int, 20> fdp_table = {1, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5};

// A number as JavaScript prints it: the shortest text that reads back to the same double.
std::string js_number(double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  return std::string(buf, r.ptr);
}

const char* boolean(bool b) { return b ? "true" : "false"; }

}  // namespace

std::vector<peer_case> generate(std::size_t n) {
  std::uint32_t s = 20240601u;
  const auto rnd = [&](std::uint32_t m) {
    s = s * 1664525u + 1013904223u;  // unsigned: wraps modulo 2^32 as Math.imul and >>> 0 do
    return static_cast<int>((s >> 8) % m);
  };
  std::vector<peer_case> out;
  out.reserve(n);
  for (std::size_t i = 1; i <= n; ++i) {
    peer_case c;
    c.id = static_cast<int>(i);
    c.age = 12 + rnd(64);
    c.stage = rnd(5);
    c.months_in_stage = rnd(25);
    c.attendance_percent = rnd(101);
    for (auto& axis : c.fdp) axis = fdp_table[static_cast<std::size_t>(rnd(20))];
    c.has_disability_certificate = rnd(4) == 0;
    c.household_income_monthly = rnd(401) * 1000;
    c.on_public_assistance = rnd(7) == 0;
    c.hours_half = rnd(81);
    c.wage_per_hour = 900 + rnd(901);
    c.region = rnd(8);
    out.push_back(c);
  }
  return out;
}

std::string jsonl_line(const peer_case& c) {
  return fmt::format(
      R"({{"id":{},"age":{},"stage":"{}","months_in_stage":{},"attendance_rate_30d":{},"fdp":[{},{},{},{},{}],)"
      R"("has_disability_certificate":{},"household_income_monthly":{},"on_public_assistance":{},"hours_per_week":{},)"
      R"("wage_per_hour":{},"region":"{}"}})",
      c.id, c.age, stages[static_cast<std::size_t>(c.stage)], c.months_in_stage, js_number(c.attendance_percent / 100.0),
      c.fdp[0], c.fdp[1], c.fdp[2], c.fdp[3], c.fdp[4], boolean(c.has_disability_certificate), c.household_income_monthly,
      boolean(c.on_public_assistance), js_number(c.hours_half / 2.0), c.wage_per_hour, regions[static_cast<std::size_t>(c.region)]);
}

date as_of() { return date::parse_or_throw("2024-06-01", "as_of"); }

nlohmann::json case_file(const peer_case& c) {
  using nlohmann::json;
  const date today = as_of();
  const date intake = today.add_months(-c.months_in_stage);
  // The attendance record lies inside the 30-day window, so the rate is attended ÷ scheduled exactly.
  const date period_start = std::max(intake, today.add_days(-20));
  const std::string on = intake.to_string();
  return json{
      {"format", "hashigo.case/1"},
      {"id", fmt::format("peer-{}", c.id)},
      {"region", "peer"},
      {"person",
       {{"birth_date", today.add_months(-12 * c.age).to_string()},
        {"disability_cert", c.has_disability_certificate ? "seishin" : "none"}}},
      {"household", {{"size", 1}, {"on_public_assistance", c.on_public_assistance}}},
      {"events",
       json::array({
           {{"type", "intake"}, {"date", on}, {"channel", "visit"}, {"source", "self"}, {"screening", "continue"},
            {"stage", stages[static_cast<std::size_t>(c.stage)]}},
           {{"type", "assessment"},
            {"date", on},
            {"kind", "initial"},
            {"fdp",
             {{"interpersonal", c.fdp[0]}, {"mental", c.fdp[1]}, {"stress", c.fdp[2]}, {"thinking", c.fdp[3]}, {"environment", c.fdp[4]}}}},
           {{"type", "household_finance"}, {"date", on}, {"income_yen", c.household_income_monthly}, {"financial_assets_yen", 0}},
           {{"type", "placement_started"},
            {"date", on},
            {"placement_id", "p1"},
            {"employer", "peer"},
            {"kind", "taiken"},
            {"contract", "none"},
            {"hours_per_week", c.hours_half / 2.0}},
           {{"type", "attendance"},
            {"date", today.to_string()},
            {"placement_id", "p1"},
            {"period_start", period_start.to_string()},
            {"scheduled_hours", 100},
            {"attended_hours", c.attendance_percent}},
       })},
  };
}

std::string canonical(int id, const outcome& o) {
  std::string refs;
  for (std::size_t i = 0; i < referral_order.size(); ++i)
    if (o.referrals & (1u << i)) {
      if (!refs.empty()) refs += ',';
      refs += referral_order[i];
    }
  return fmt::format("{}|{}|{}|{}|{}", id, o.eligible ? 1 : 0, o.step, refs, o.long_term_risk ? 1 : 0);
}

namespace {

// The name as one of the constants above (the canonical line keeps a view of it).
std::string_view stage_name(std::string_view s) {
  for (const auto st : stages)
    if (st == s) return st;
  throw std::runtime_error(fmt::format("'{}' is not a stage", s));
}

unsigned referral_bit(std::string_view target) {
  for (std::size_t i = 0; i < referral_order.size(); ++i)
    if (referral_order[i] == target) return 1u << i;
  throw std::runtime_error(fmt::format("'{}' is not a peer referral", target));
}

}  // namespace

outcome outcome_of(const engine::decision& d) {
  if (!d.ok()) throw std::runtime_error(fmt::format("{}: {} {}", d.case_id, d.error->where, d.error->message));
  outcome o;
  for (const auto& e : d.eligibility)
    if (e.program == "peer") o.eligible = e.eligible;
  if (d.step.step != "stay" && d.step.to) o.step = stage_name(cases::to_string(d.step.to->at));
  for (const auto& r : d.referrals) o.referrals |= referral_bit(r.target);
  for (const auto& a : d.alerts)
    if (a.code == "long_term_risk") o.long_term_risk = true;
  return o;
}

outcome outcome_of(const engine::lean_decision& d) {
  if (!d.ok()) throw std::runtime_error(fmt::format("{}: {} {}", d.case_id, d.error->where, d.error->message));
  outcome o;
  for (const auto& e : d.eligibility)
    if (e.program == "peer") o.eligible = e.eligible;
  if (d.step != "stay" && d.moves) o.step = stage_name(cases::to_string(d.to.at));
  for (const auto& r : d.referrals) o.referrals |= referral_bit(r.target);
  for (const auto& a : d.alerts)
    if (a.code == "long_term_risk") o.long_term_risk = true;
  return o;
}

floor_runtime::floor_runtime(const std::string& script) : L_(luaL_newstate()) {
  if (!L_) throw std::runtime_error("luaL_newstate failed");
  luaL_openlibs(L_);
  if (luaL_dofile(L_, script.c_str()) != LUA_OK || !lua_isfunction(L_, -1)) {
    const std::string why = lua_isstring(L_, -1) ? lua_tostring(L_, -1) : "floor.lua must return a function";
    lua_close(L_);
    throw std::runtime_error(why);
  }
  fn_ref_ = luaL_ref(L_, LUA_REGISTRYINDEX);
}

floor_runtime::~floor_runtime() { lua_close(L_); }

outcome floor_runtime::decide(const peer_case& c) {
  lua_State* L = L_;
  lua_rawgeti(L, LUA_REGISTRYINDEX, fn_ref_);
  lua_createtable(L, 0, 12);
  lua_pushinteger(L, c.id);
  lua_setfield(L, -2, "id");
  lua_pushinteger(L, c.age);
  lua_setfield(L, -2, "age");
  const std::string_view stage = stages[static_cast<std::size_t>(c.stage)];
  lua_pushlstring(L, stage.data(), stage.size());
  lua_setfield(L, -2, "stage");
  lua_pushinteger(L, c.months_in_stage);
  lua_setfield(L, -2, "months_in_stage");
  lua_pushnumber(L, c.attendance_percent / 100.0);
  lua_setfield(L, -2, "attendance_rate_30d");
  lua_createtable(L, 5, 0);
  for (int i = 0; i < 5; ++i) {
    lua_pushinteger(L, c.fdp[static_cast<std::size_t>(i)]);
    lua_rawseti(L, -2, i + 1);
  }
  lua_setfield(L, -2, "fdp");
  lua_pushboolean(L, c.has_disability_certificate);
  lua_setfield(L, -2, "has_disability_certificate");
  lua_pushinteger(L, c.household_income_monthly);
  lua_setfield(L, -2, "household_income_monthly");
  lua_pushboolean(L, c.on_public_assistance);
  lua_setfield(L, -2, "on_public_assistance");
  lua_pushnumber(L, c.hours_half / 2.0);
  lua_setfield(L, -2, "hours_per_week");
  lua_pushinteger(L, c.wage_per_hour);
  lua_setfield(L, -2, "wage_per_hour");
  const std::string_view region = regions[static_cast<std::size_t>(c.region)];
  lua_pushlstring(L, region.data(), region.size());
  lua_setfield(L, -2, "region");
  if (lua_pcall(L, 1, 4, 0) != LUA_OK) {
    const std::string why = lua_tostring(L, -1);
    lua_pop(L, 1);
    throw std::runtime_error(why);
  }
  outcome o;
  o.eligible = lua_toboolean(L, -4) != 0;
  std::size_t n = 0;
  const char* step = lua_tolstring(L, -3, &n);
  o.step = step && std::string_view(step, n) == "stay" ? std::string_view("stay") : stage_name(std::string_view(step ? step : "", n));
  const auto refs = static_cast<lua_Integer>(lua_rawlen(L, -2));
  for (lua_Integer i = 1; i <= refs; ++i) {
    lua_rawgeti(L, -2, i);
    const char* t = lua_tolstring(L, -1, &n);
    o.referrals |= referral_bit(std::string_view(t ? t : "", n));
    lua_pop(L, 1);
  }
  o.long_term_risk = lua_toboolean(L, -1) != 0;
  lua_pop(L, 4);
  return o;
}

}  // namespace hashigo::bench::peer
