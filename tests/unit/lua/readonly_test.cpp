// push_readonly: deeply read-only case views handed to rules.
#include "lua/convert.hpp"
#include "lua/environment.hpp"
#include "lua/sandbox.hpp"
#include "lua_test_util.hpp"

#include <doctest/doctest.h>

#include <string>

using hashigo::lua::push_readonly;
using hashigo::lua::state;
using hashigo::lua::test::error_of;
using hashigo::lua::test::run;
using nlohmann::json;

namespace {

const json sample = json::parse(R"({
  "id": "c-7", "age": 41, "stage": "social", "rate": 0.8,
  "axes": [3, 4, 2, 5, 1],
  "events": [{"kind": "intake", "day": 1}, {"kind": "review", "day": 30, "tags": ["a", "b"]}],
  "household": {"members": 3, "income": {"monthly": 120000}}
})");

// A state whose sandbox has `case` = push_readonly(sample).
state with_case() {
  state s;
  s.protect("setup", [](lua_State* L) {
    push_readonly(L, sample, "case");
    hashigo::lua::set_sandbox_global(L, "case");
  });
  return s;
}

}  // namespace

TEST_CASE("reads, #, pairs and ipairs work at every depth") {
  state s = with_case();
  CHECK(run(s, "return case.age + case.household.income.monthly") == 120041);
  CHECK(run(s, "return case.events[2].tags[2]") == "b");
  CHECK(run(s, "return #case.axes * 10 + #case.events[2].tags") == 52);
  CHECK(run(s, "local n = 0 for _, v in ipairs(case.axes) do n = n + v end return n") == 15);
  CHECK(run(s, R"(
    local keys = {}
    for k in pairs(case) do keys[#keys + 1] = k end
    table.sort(keys)
    return table.concat(keys, ","))") == "age,axes,events,household,id,rate,stage");
  CHECK(run(s, R"(
    local kinds = {}
    for i, e in ipairs(case.events) do kinds[i] = e.kind end
    return kinds)") == json::parse(R"(["intake", "review"])"));
  CHECK(run(s, "return case.missing == nil and case.events[9] == nil") == true);
  CHECK(run(s, "return table.concat(case.axes, '-')") == "3-4-2-5-1");
  CHECK(run(s, "return case") == sample);  // to_json sees through the proxies
}

TEST_CASE("writes are refused at any depth, naming the path") {
  state s = with_case();
  auto e = error_of(s, "case.age = 12");
  REQUIRE(e);
  CHECK(e->code() == hashigo::lua::codes::runtime);
  CHECK(e->location() == "rules/t/x.lua:1");
  CHECK(e->message() == "attempt to modify read-only case field 'age'");
  e = error_of(s, "case.household.income.monthly = 0");
  REQUIRE(e);
  CHECK(e->message() == "attempt to modify read-only case.household.income field 'monthly'");
  e = error_of(s, "case.events[2].tags[3] = 'c'");
  REQUIRE(e);
  CHECK(e->message() == "attempt to modify read-only case.events[2].tags field [3]");
  e = error_of(s, "table.insert(case.axes, 9)");
  REQUIRE(e);
  CHECK(e->message() == "attempt to modify read-only case.axes field [6]");
  CHECK(e->location() == "rules/t/x.lua:1");  // the rule's line, though table.insert made the write
  e = error_of(s, "table.sort(case.axes)");
  REQUIRE(e);
  e = error_of(s, "case.new = {}");
  REQUIRE(e);
  CHECK(e->message() == "attempt to modify read-only case field 'new'");
  CHECK(run(s, "return case.age") == 41);  // nothing changed
}

TEST_CASE("the real tables are unreachable from the proxy") {
  state s = with_case();
  CHECK(run(s, "return getmetatable(case)") == "locked");
  CHECK(run(s, "return getmetatable(case.events[1])") == "locked");
  CHECK(error_of(s, "setmetatable(case, {})"));
  CHECK(error_of(s, "setmetatable(case.household, nil)"));
  // next and rawlen see what pairs and # see; the tables they hand out are proxies too.
  CHECK(run(s, "return rawlen(case.axes) == #case.axes and next(case) ~= nil") == true);
  CHECK(run(s, R"(
    local k, v = next(case.household)
    while k ~= nil and type(v) ~= "table" do k, v = next(case.household, k) end
    return k ~= nil and not pcall(function() v.x = 1 end))") == true);
  // The iterator state handed out by pairs is the proxy, never the real table.
  CHECK(run(s, R"(
    local f, st = pairs(case.household)
    local ok = pcall(function() st.members = 0 end)
    return not ok and st == case.household)") == true);
  CHECK(run(s, R"(
    for k, v in pairs(case) do
      if type(v) == "table" then
        local ok = pcall(function() v.x = 1 end)
        if ok then return false end
      end
    end
    return true)") == true);
}

TEST_CASE("scalars and empty containers") {
  state s;
  json out;
  s.protect("scalars", [&](lua_State* L) {
    push_readonly(L, json(5), "n");
    CHECK(lua_isinteger(L, -1));
    lua_pop(L, 1);
    push_readonly(L, json::array(), "empty");
    lua_len(L, -1);
    CHECK(lua_tointeger(L, -1) == 0);
    lua_pop(L, 2);
  });
  CHECK(lua_gettop(s.get()) == 0);
}
