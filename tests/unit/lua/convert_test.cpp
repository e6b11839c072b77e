// Lua <-> JSON conversions: round trips, refusals with paths, determinism choices.
#include "lua/convert.hpp"
#include "lua/sandbox.hpp"
#include "lua_test_util.hpp"

#include <doctest/doctest.h>

#include <cstring>
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

namespace {
// RFC 3629's table of well-formed sequences, written out plainly: the reference for valid_utf8.
bool reference_utf8(const unsigned char* p, std::size_t n) {
  std::size_t i = 0;
  auto in = [&](std::size_t k, unsigned lo, unsigned hi) { return i + k < n && p[i + k] >= lo && p[i + k] <= hi; };
  while (i < n) {
    const unsigned c = p[i];
    if (c <= 0x7F) { i += 1; continue; }
    if (c >= 0xC2 && c <= 0xDF && in(1, 0x80, 0xBF)) { i += 2; continue; }
    if (c == 0xE0 && in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF)) { i += 3; continue; }
    if (((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) && in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF)) { i += 3; continue; }
    if (c == 0xED && in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF)) { i += 3; continue; }
    if (c == 0xF0 && in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF)) { i += 4; continue; }
    if (c >= 0xF1 && c <= 0xF3 && in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF)) { i += 4; continue; }
    if (c == 0xF4 && in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF)) { i += 4; continue; }
    return false;
  }
  return true;
}
}  // namespace

TEST_CASE("valid_utf8 agrees with RFC 3629 on every sequence of up to three bytes") {
  // Each sequence alone (and its one- and two-byte prefixes), and behind seven ASCII bytes so that
  // the word-at-a-time path hands over to the byte path mid-string.
  std::size_t disagreements = 0;
  unsigned char buf[16];
  for (unsigned a = 0; a < 256; ++a)
    for (unsigned b = 0; b < 256; ++b)
      for (unsigned c = 0; c < 256; ++c) {
        const unsigned char seq[3] = {static_cast<unsigned char>(a), static_cast<unsigned char>(b),
                                      static_cast<unsigned char>(c)};
        const auto alone = std::string_view(reinterpret_cast<const char*>(seq), 3);
        disagreements += hashigo::lua::valid_utf8(alone) != reference_utf8(seq, 3);
        if (c == 0) {  // the two-byte and one-byte prefixes, once each
          disagreements += hashigo::lua::valid_utf8(alone.substr(0, 2)) != reference_utf8(seq, 2);
          if (b == 0) disagreements += hashigo::lua::valid_utf8(alone.substr(0, 1)) != reference_utf8(seq, 1);
        }
        std::memset(buf, 'a', sizeof buf);
        std::memcpy(buf + 7, seq, 3);
        const auto padded = std::string_view(reinterpret_cast<const char*>(buf), 10);
        disagreements += hashigo::lua::valid_utf8(padded) != reference_utf8(buf, 10);
      }
  CHECK(disagreements == 0);
  // Four-byte sequences: every lead byte from F0 with the boundary continuation bytes.
  const unsigned char edges[] = {0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0};
  for (unsigned lead = 0xF0; lead <= 0xFF; ++lead)
    for (unsigned char b : edges)
      for (unsigned char c : edges)
        for (unsigned char d : edges) {
          const unsigned char seq[4] = {static_cast<unsigned char>(lead), b, c, d};
          CHECK(hashigo::lua::valid_utf8(std::string_view(reinterpret_cast<const char*>(seq), 4)) ==
                reference_utf8(seq, 4));
        }
  CHECK(hashigo::lua::valid_utf8("やさしい日本語 and plain English"));
  CHECK_FALSE(hashigo::lua::valid_utf8("\xED\xA0\x80"));  // a surrogate
  CHECK_FALSE(hashigo::lua::valid_utf8("\xE3\x81"));      // cut short
}
