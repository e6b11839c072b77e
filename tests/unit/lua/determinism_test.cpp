// What could make the same rule give different results from run to run: heap addresses in text
// (tostring, string.format %p, error messages) and weak tables (a late __mode).
#include "lua/sandbox.hpp"
#include "lua_test_util.hpp"

#include <doctest/doctest.h>

#include <string>

using hashigo::lua::state;
using hashigo::lua::test::error_of;
using hashigo::lua::test::healthy;
using hashigo::lua::test::run;
namespace codes = hashigo::lua::codes;

namespace {
bool contains(const std::string& s, std::string_view p) { return s.find(p) != std::string::npos; }
}  // namespace

TEST_CASE("tostring prints no address") {
  state s;
  CHECK(run(s, "return tostring({})") == "table");
  CHECK(run(s, "return tostring(function() end)") == "function");
  CHECK(run(s, "return tostring(string.len)") == "function");
  CHECK(run(s, "return tostring(string)") == "table");  // a read-only library table
  CHECK(run(s, "return tostring(setmetatable({}, {__name = 'Money'}))") == "Money");
  CHECK(run(s, "return tostring(setmetatable({}, {__name = 42}))") == "table");
  CHECK(run(s, "return tostring(setmetatable({}, {__tostring = function() return 'T' end}))") == "T");
  CHECK(run(s, "return tostring(12) .. tostring(1.5) .. tostring(2^63) .. tostring(true) .. tostring(nil)") ==
        "121.59.2233720368548e+18truenil");
  auto e = error_of(s, "return tostring(setmetatable({}, {__tostring = function() return {} end}))");
  REQUIRE(e);
  CHECK(contains(e->message(), "'__tostring' must return a string"));
  e = error_of(s, "return tostring()");
  REQUIRE(e);
  CHECK(contains(e->message(), "bad argument #1 to 'tostring' (value expected)"));
  CHECK(healthy(s));
}

TEST_CASE("string.format: %s prints no address and %p is refused") {
  state s;
  CHECK(run(s, "return string.format('%s|%5s|%-6s|%s', {}, 'ab', function() end, 1.5)") == "table|   ab|function|1.5");
  CHECK(run(s, "return ('%s'):format(setmetatable({}, {__tostring = function() return 'T' end}))") == "T");
  CHECK(run(s, "return string.format('%%p %d%%', 5)") == "%p 5%");
  for (const char* src : {"return string.format('%p', {})", "return ('%p'):format('x')",
                          "return string.format('%d %-10p', 1, {})"}) {
    CAPTURE(src);
    const auto e = error_of(s, src);
    REQUIRE(e);
    CHECK(e->code() == codes::runtime);
    CHECK(e->location() == "rules/t/x.lua:1");
    CHECK(contains(e->message(), "'%p' is not allowed in rules"));
  }
  // Errors of the original still name the function.
  const auto e = error_of(s, "return string.format('%d', 'x')");
  REQUIRE(e);
  CHECK(contains(e->message(), "bad argument #2 to 'format'"));
}

TEST_CASE("a __mode added after setmetatable does not make the table weak") {
  state s;
  // The table is returned to the host, which forces full collections between the steps.
  const int ref = s.load_chunk(R"(
    local mt = {}
    local t = setmetatable({}, mt)
    mt.__mode = "k"
    t[{}] = true
    t[{}] = true
    return t)",
                               "rules/t/weak.lua");
  int entries = -1;
  s.protect("count", [&](lua_State* L) {
    lua_gc(L, LUA_GCCOLLECT);
    lua_gc(L, LUA_GCCOLLECT);
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
    entries = 0;
    lua_pushnil(L);
    while (lua_next(L, -2) != 0) {
      lua_pop(L, 1);
      ++entries;
    }
    lua_pop(L, 1);
    luaL_unref(L, LUA_REGISTRYINDEX, ref);
  });
  CHECK(entries == 2);  // weak keys would have been collected
}

TEST_CASE("setmetatable installs a copy: getmetatable still gives the table passed") {
  state s;
  CHECK(run(s, R"(
    local mt = { __index = function(_, k) return k .. "!" end }
    local t = setmetatable({}, mt)
    local same = getmetatable(t) == mt
    getmetatable(t).__index = function() return "changed" end   -- edits the caller's table only
    return tostring(same) .. " " .. t.x)") == "true x!");
  // Classes: methods added to the class later are found through __index = Class.
  CHECK(run(s, R"(
    local Class = {}
    Class.__index = Class
    local obj = setmetatable({ n = 2 }, Class)
    function Class.double(self) return self.n * 2 end
    return obj:double())") == 4);
  // Metamethods of the copy work; the metatable may be replaced or removed later.
  CHECK(run(s, R"(
    local V = setmetatable({ 1 }, { __add = function(a, b) return a[1] + b end, __len = function() return 9 end })
    local r = (V + 1) .. "," .. #V
    setmetatable(V, nil)
    return r .. "," .. #V .. "," .. tostring(getmetatable(V)))") == "2,9,1,nil");
  // A metatable the script protected itself stays protected.
  auto e = error_of(s, "local t = setmetatable({}, {__metatable = 'mine'}) setmetatable(t, {})");
  REQUIRE(e);
  CHECK(contains(e->message(), "cannot change a protected metatable"));
  CHECK(run(s, "return getmetatable(setmetatable({}, {__metatable = 'mine'}))") == "mine");
  // __gc and __mode are still refused up front.
  e = error_of(s, "setmetatable({}, {__mode = 'v'})");
  REQUIRE(e);
  CHECK(contains(e->message(), "'__mode' is not allowed"));
  CHECK(healthy(s));
}
