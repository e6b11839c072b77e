// Lua <-> JSON conversions: round trips, refusals with paths, determinism choices.
#include "lua/convert.hpp"
#include "lua/sandbox.hpp"
#include "lua_test_util.hpp"

#include <doctest/doctest.h>

#include <string>

using hashigo::lua::push_json;
using hashigo::lua::script_error;
using hashigo::lua::state;
using hashigo::lua::to_json;
using hashigo::lua::test::error_of;
using hashigo::lua::test::run;
using nlohmann::json;

namespace {

// push_json then to_json inside one protected call.
json round_trip(state& s, const json& in) {
  json out;
  s.protect("round trip", [&](lua_State* L) {
    push_json(L, in);
    out = to_json(L, -1, "value");
    lua_pop(L, 1);
  });
  return out;
}

// Runs `src` and converts its result under the root path "outcome"; returns the error text.
std::string outcome_error(state& s, const std::string& src) {
  const int ref = s.load_chunk(src, "rules/t/outcome.lua");
  try {
    s.protect("rules/t/outcome.lua", [&](lua_State* L) {
      lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
      (void)to_json(L, -1, "outcome");
    });
  } catch (const script_error& e) {
    return e.message();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("push_json -> to_json round trips") {
  state s;
  const json in = json::parse(R"({
    "id": "c-1", "age": 34, "rate": 0.75, "whole": 2.0, "ok": true, "no": false,
    "axes": [1, 2, 3, 4, 5], "nested": {"a": {"b": [{"c": "d"}, {"e": -1}]}},
    "text": "日本語", "big": 9007199254740993, "neg": -42
  })");
  const json out = round_trip(s, in);
  CHECK(out == in);
  CHECK(out["whole"].is_number_float());  // integral floats stay floats
  CHECK(out["age"].is_number_integer());
  CHECK(out["big"].get<std::int64_t>() == 9007199254740993);
  CHECK(round_trip(s, json(nullptr)).is_null());
  CHECK(round_trip(s, json("s")) == "s");
  CHECK(round_trip(s, json::array()) == json::array());
  CHECK(round_trip(s, json::object()) == json::array());  // documented: {} -> []
}

TEST_CASE("push_json: null fields are absent and oversized unsigned integers are refused") {
  state s;
  CHECK(round_trip(s, json::parse(R"({"a": null, "b": 1})")) == json::parse(R"({"b": 1})"));
  CHECK_THROWS_AS(round_trip(s, json(std::uint64_t{1} << 63)), script_error);
}

TEST_CASE("to_json: Lua values map to JSON deterministically") {
  state s;
  CHECK(run(s, "return {b = 1, a = 2.5, c = {1, 2, 3}, d = {}, e = true, f = 'x'}") ==
        json::parse(R"({"a": 2.5, "b": 1, "c": [1, 2, 3], "d": [], "e": true, "f": "x"})"));
  const json mixed = run(s, "return {1, 2.0, 3 // 1, 3 / 1}");
  CHECK(mixed[0].is_number_integer());
  CHECK(mixed[1].is_number_float());
  CHECK(mixed[2].is_number_integer());
  CHECK(mixed[3].is_number_float());
  CHECK(run(s, "return {['with space'] = 1, ['1'] = 2}") ==
        json::parse(R"({"with space": 1, "1": 2})"));
  CHECK(run(s, "local shared = {1} return {a = shared, b = shared}") ==
        json::parse(R"({"a": [1], "b": [1]})"));
  CHECK(run(s, "return {[1] = 'a', [2] = 'b'}").dump() == R"(["a","b"])");
  // Metamethods are not consulted: a table is converted by its raw contents.
  CHECK(run(s, "return setmetatable({x = 1}, {__index = function() error('no') end, "
               "__pairs = function() error('no') end})") == json::parse(R"({"x": 1})"));
}

TEST_CASE("to_json refuses NaN and infinities, naming the path") {
  state s;
  CHECK(outcome_error(s, "return {reasons = {'a', 0/0}}") == "outcome.reasons[2]: NaN is not allowed");
  CHECK(outcome_error(s, "return {x = {y = 1/0}}") == "outcome.x.y: infinity is not allowed");
  CHECK(outcome_error(s, "return {-math.huge}") == "outcome[1]: -infinity is not allowed");
  CHECK(outcome_error(s, "return {['odd key'] = 0/0}") == "outcome[\"odd key\"]: NaN is not allowed");
}

TEST_CASE("to_json refuses functions, cycles, bad keys and deep nesting") {
  state s;
  CHECK(outcome_error(s, "return {f = function() end}") == "outcome.f: a function is not allowed");
  CHECK(outcome_error(s, "local t = {} t.self = t return t") ==
        "outcome.self: cycle: the table contains itself");
  CHECK(outcome_error(s, "local t = {a = {}} t.a.b = {t} return t") ==
        "outcome.a.b[1]: cycle: the table contains itself");
  CHECK(outcome_error(s, "return {1, 2, x = 3}") == "outcome: the table mixes string keys and array indices");
  CHECK(outcome_error(s, "return {[1] = 1, [3] = 3}") ==
        "outcome: the array has holes (2 entries, largest index 3)");
  CHECK(outcome_error(s, "return {[0] = 1}") == "outcome: key 0 is not an array index (indices start at 1)");
  CHECK(outcome_error(s, "return {[1.5] = 1}") ==
        "outcome: a number key is not allowed (keys must be strings or array indices)");
  CHECK(outcome_error(s, "return {[true] = 1}") ==
        "outcome: a boolean key is not allowed (keys must be strings or array indices)");
  CHECK(outcome_error(s, "return {s = '\\xff'}") == "outcome.s: invalid UTF-8 in string");
  const std::string deep32 = "local t = 1 for i = 1, 32 do t = {t} end return t";
  const std::string deep33 = "local t = 1 for i = 1, 33 do t = {t} end return t";
  CHECK(outcome_error(s, deep32) == "(no error)");
  CHECK(outcome_error(s, deep33) ==
        "outcome[1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1]"
        "[1][1][1][1][1]: tables nested deeper than 32 levels");
}

TEST_CASE("to_json errors inside protect are RULE002 and leave the state usable") {
  state s;
  const int ref = s.load_chunk("return {x = 0/0}", "rules/t/nan.lua");
  try {
    s.protect("rules/t/nan.lua", [&](lua_State* L) {
      lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
      (void)to_json(L, -1, "outcome");
    });
    FAIL("no exception");
  } catch (const script_error& e) {
    CHECK(e.code() == hashigo::lua::codes::runtime);
    CHECK(e.location() == "rules/t/nan.lua");
    CHECK(std::string(e.what()).rfind("RULE002 rules/t/nan.lua: outcome.x: NaN is not allowed", 0) == 0);
  }
  CHECK(hashigo::lua::test::healthy(s));
}
