// Rule modules cannot keep state between evaluations (lua/module_state.hpp): assignments to
// module-level locals are refused at load, and what rules reach is frozen after it.
#include "lua/convert.hpp"
#include "lua/module_state.hpp"
#include "lua/sandbox.hpp"
#include "lua_test_util.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>

using hashigo::lua::script_error;
using hashigo::lua::state;
using hashigo::lua::test::healthy;
namespace lua = hashigo::lua;
namespace codes = hashigo::lua::codes;
using nlohmann::json;

namespace {

bool contains(const std::string& s, std::string_view p) { return s.find(p) != std::string::npos; }

// Loads `src` as a rule module would be: refused when a function assigns a module-level local.
std::optional<script_error> load_error(state& s, const std::string& src) {
  try {
    const int ref = s.load_chunk(src, "rules/t/m.lua", lua::refuse_module_local_writes);
    s.protect("cleanup", [&](lua_State* L) { luaL_unref(L, LUA_REGISTRYINDEX, ref); });
  } catch (const script_error& e) {
    return e;
  }
  return std::nullopt;
}

// A module returning one function `f`, loaded, checked and frozen as a rule's decide would be.
class module {
 public:
  module(state& s, const std::string& src) : s_(s) {
    ref_ = s.load_chunk(src, "rules/t/m.lua", lua::refuse_module_local_writes);
    s.protect("freeze", [&](lua_State* L) { lua::freeze_module_state(L, {{ref_, "R-1"}}); });
  }
  // Calls f() and converts its first result.
  json call() {
    json out;
    s_.protect("call", [&](lua_State* L) {
      lua_rawgeti(L, LUA_REGISTRYINDEX, ref_);
      lua_call(L, 0, 1);
      out = lua::to_json(L, -1, "result");
      lua_pop(L, 1);
    });
    return out;
  }
  std::optional<script_error> call_error() {
    try {
      call();
    } catch (const script_error& e) {
      return e;
    }
    return std::nullopt;
  }

 private:
  state& s_;
  int ref_ = LUA_NOREF;
};

std::optional<script_error> freeze_error(state& s, const std::string& src) {
  try {
    module m(s, src);
  } catch (const script_error& e) {
    return e;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("a function assigning a module-level local is refused at load (RULE001, file:line)") {
  state s;
  auto e = load_error(s, "local count = 0\nreturn function()\n  count = count + 1\n  return count\nend\n");
  REQUIRE(e);
  CHECK(e->code() == codes::load);
  CHECK(e->location() == "rules/t/m.lua:3");
  CHECK(contains(e->message(), "assignment to module-level local 'count' inside a function"));
  // Through nested functions too.
  e = load_error(s, "local seen\nreturn function()\n  local function mark() seen = true end\n  mark()\nend\n");
  REQUIRE(e);
  CHECK(e->location() == "rules/t/m.lua:3");
  CHECK(contains(e->message(), "module-level local 'seen'"));
  e = load_error(s, "return function() _ENV = {} end");
  REQUIRE(e);
  CHECK(contains(e->message(), "assignment to _ENV inside a function"));
  // Far down a long function, where Lua stores absolute line numbers.
  std::string src = "local total = 0\nreturn function(x)\n";
  for (int i = 0; i < 300; ++i) src += "  x = x + " + std::to_string(i) + "\n";
  src += "  total = x\nend\n";
  e = load_error(s, src);
  REQUIRE(e);
  CHECK(e->location() == "rules/t/m.lua:303");
  CHECK(healthy(s));
}

TEST_CASE("locals of functions and the module's own top level may change") {
  state s;
  CHECK_FALSE(load_error(s, R"(
    local n = 0
    n = n + 1                        -- the top level runs once, at load
    local limits = { 1, 2 }
    return function(case)
      local hits = 0
      local function hit() hits = hits + 1 end   -- a local of this call
      for _ = 1, n do hit() end
      return hits + #limits
    end)"));
}

TEST_CASE("tables rules reach are frozen after load: reads work, writes fail (RULE002)") {
  state s;
  module counter(s, "local t = { n = 0 }\nreturn function()\n  t.n = t.n + 1\n  return t.n\nend\n");
  auto e = counter.call_error();
  REQUIRE(e);
  CHECK(e->code() == codes::runtime);
  CHECK(e->location() == "rules/t/m.lua:3");
  CHECK(contains(e->message(), "attempt to modify module-level table 't' (field 'n')"));
  CHECK(counter.call_error());  // the same on every call: nothing was written

  module reader(s, R"(
    local T = { a = 1, list = { 3, 1, 2 }, nested = { x = { y = 5 } } }
    return function()
      local keys = 0
      for _ in pairs(T) do keys = keys + 1 end
      local sum = 0
      for _, v in ipairs(T.list) do sum = sum + v end
      local copy = { table.unpack(T.list) }
      table.sort(copy)
      return { keys = keys, len = #T.list, sum = sum, y = T.nested.x.y, has_next = next(T) ~= nil,
               rawlen = rawlen(T.list), concat = table.concat(T.list, ","), sorted = copy, whole = T.nested }
    end)");
  CHECK(reader.call() == json::parse(R"({"keys":3,"len":3,"sum":6,"y":5,"has_next":true,"rawlen":3,
                                          "concat":"3,1,2","sorted":[1,2,3],"whole":{"x":{"y":5}}})"));

  for (const char* write : {"T.list[4] = 1", "table.insert(T.list, 1)", "table.remove(T.list)", "T.nested.x.y = 6",
                            "table.sort(T.list)", "setmetatable(T, {})", "T.new = 1"}) {
    CAPTURE(write);
    module m(s, std::string("local T = { list = { 1, 2 }, nested = { x = { y = 5 } } }\nreturn function()\n  ") + write +
                    "\nend\n");
    e = m.call_error();
    REQUIRE(e);
    CHECK(e->code() == codes::runtime);
    CHECK(e->location() == "rules/t/m.lua:3");
  }
  CHECK(healthy(s));
}

TEST_CASE("frozen metatables and classes keep working") {
  state s;
  module classes(s, R"(
    local Class = {}
    Class.__index = Class
    function Class.get(self) return self.v end
    local proto = setmetatable({ v = 1 }, Class)
    local Money = setmetatable({}, { __call = function(_, n) return n * 100 end })
    return function()
      local o = setmetatable({ v = 2 }, Class)
      o.v = o.v + 10                -- a fresh table stays writable
      return { proto:get() + o:get(), Money(3), getmetatable(o) == Class }
    end)");
  CHECK(classes.call() == json::parse("[13, 300, true]"));
}

TEST_CASE("a load-time closure that changes its own upvalue is refused (RULE001)") {
  state s;
  auto e = freeze_error(s, R"(local function counter()
  local n = 0
  return function()
    n = n + 1
    return n
  end
end
local next_id = counter()
return function() return next_id() end)");
  REQUIRE(e);
  CHECK(e->code() == codes::load);
  CHECK(e->location() == "rules/t/m.lua:4");
  CHECK(contains(e->message(), "assignment to 'n' inside a function made while the module loaded"));
  // A factory called inside the rule makes a fresh counter each time: allowed.
  module fresh(s, R"(local function counter()
  local n = 0
  return function() n = n + 1 return n end
end
return function() local c = counter() c() return c() end)");
  CHECK(fresh.call() == 2);
  CHECK(fresh.call() == 2);
}

TEST_CASE("a string.gmatch iterator made at load is refused: it keeps its position") {
  state s;
  const auto e = freeze_error(s, "local it = ('a b c'):gmatch('%a')\nreturn function() return it() end\n");
  REQUIRE(e);
  CHECK(e->code() == codes::load);
  CHECK(e->location() == "rules/t/m.lua:2");
  CHECK(contains(e->message(), "string.gmatch iterator"));
}

TEST_CASE("host tables a module reaches are not frozen") {
  state s;
  module m(s, "local str, env = string, _ENV\nreturn function() return str.upper('x') .. env.string.lower('Y') end\n");
  CHECK(m.call() == "Xy");
  CHECK(healthy(s));  // the environment and the libraries still serve other chunks
  CHECK(hashigo::lua::test::run(s, "return string.rep('a', 2) .. tostring(#table)") == "aa0");
}
