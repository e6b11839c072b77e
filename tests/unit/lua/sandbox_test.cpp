// The sandboxed state: environment, limits, errors and recovery (lua-host.md S1-S14).
#include "lua/environment.hpp"
#include "lua/sandbox.hpp"
#include "lua/stack.hpp"
#include "lua_test_util.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

using hashigo::lua::limits;
using hashigo::lua::script_error;
using hashigo::lua::state;
using hashigo::lua::test::error_of;
using hashigo::lua::test::healthy;
using hashigo::lua::test::run;
namespace codes = hashigo::lua::codes;

namespace {
bool starts_with(const std::string& s, std::string_view p) { return s.rfind(p, 0) == 0; }
bool contains(const std::string& s, std::string_view p) { return s.find(p) != std::string::npos; }
}  // namespace

TEST_CASE("a normal chunk runs and returns its first result") {
  state s;
  CHECK(run(s, "local x = 40 return x + 2, 'ignored'") == 42);
  CHECK(run(s, "return ('%d-%s'):format(7, ('ab'):upper())") == "7-AB");
  CHECK(run(s, "return math.floor(7.9) + math.max(1, 2) + #utf8.char(0x3042)") == 12);
  CHECK(run(s, "local t = {3, 1, 2} table.sort(t) return table.concat(t, ',')") == "1,2,3");
  CHECK(s.memory_used() > 0);
  CHECK(s.memory_used() < s.caps().memory_bytes);
}

TEST_CASE("load_chunk returns LUA_REFNIL when the chunk returns nothing") {
  state s;
  CHECK(s.load_chunk("local x = 1", "rules/t/none.lua") == LUA_REFNIL);
  CHECK(s.load_chunk("return nil", "rules/t/nil.lua") == LUA_REFNIL);
  CHECK(s.load_chunk("return {}", "rules/t/t.lua") != LUA_REFNIL);
}

TEST_CASE("forbidden globals are absent: reading them is an unknown-global error") {
  state s;
  for (const char* name : {"os", "io", "debug", "load", "loadstring", "loadfile", "dofile",
                           "require", "collectgarbage", "coroutine", "print", "warn", "package",
                           "_G", "rawset", "rawget", "setfenv", "module", "newproxy"}) {
    CAPTURE(name);
    const auto e = error_of(s, std::string("return ") + name);
    REQUIRE(e);
    CHECK(e->code() == codes::runtime);
    CHECK(e->location() == "rules/t/x.lua:1");
    CHECK(e->message() == std::string("unknown global '") + name + "' (misspelled name?)");
  }
  CHECK(healthy(s));
}

TEST_CASE("the allow-listed globals are present") {
  state s;
  CHECK(run(s, R"(
    local names = { "assert", "error", "ipairs", "next", "pairs", "pcall", "xpcall", "select",
      "tonumber", "tostring", "type", "rawequal", "rawlen", "setmetatable", "getmetatable" }
    for _, n in ipairs(names) do assert(type(_ENV[n]) == "function", n) end
    for _, n in ipairs({ "string", "table", "math", "utf8" }) do assert(type(_ENV[n]) == "table", n) end
    for _, n in ipairs({ "byte", "char", "format", "len", "lower", "upper", "rep", "reverse",
      "sub", "find", "match", "gmatch", "gsub" }) do assert(type(string[n]) == "function", n) end
    for _, n in ipairs({ "concat", "insert", "remove", "sort", "unpack" }) do
      assert(type(table[n]) == "function", n) end
    return true)") == true);
}

TEST_CASE("library gaps: dump, random, pack and friends are unreachable") {
  state s;
  CHECK(run(s, "return string.dump == nil and ('').dump == nil") == true);
  CHECK(run(s, "return string.pack == nil and ('').unpack == nil") == true);
  CHECK(run(s, "return math.random == nil and math.randomseed == nil and math.pi > 3") == true);
  CHECK(run(s, "return table.move == nil and table.pack == nil") == true);
}

TEST_CASE("the string metatable is locked and libraries are read-only") {
  state s;
  CHECK(run(s, "return getmetatable('')") == "locked");
  CHECK(run(s, "return getmetatable('').__index == nil") == true);
  auto e = error_of(s, "setmetatable(string, {})");
  REQUIRE(e);
  CHECK(e->message() == "cannot change a protected metatable");
  e = error_of(s, "string.upper = nil");
  REQUIRE(e);
  CHECK(e->message() == "attempt to modify read-only string field 'upper'");
  e = error_of(s, "math.pi = 3");
  REQUIRE(e);
  CHECK(e->message() == "attempt to modify read-only math field 'pi'");
  e = error_of(s, "table.insert(table, 1)");
  REQUIRE(e);
  CHECK(contains(e->message(), "attempt to modify read-only table field [1]"));
  CHECK(run(s, "return getmetatable(string)") == "locked");
  CHECK(run(s, "return type(select(2, next(string)))") == "function");  // next sees what pairs sees
  CHECK(run(s, "local n = 0 for _ in pairs(string) do n = n + 1 end return n") == 13);
  CHECK(healthy(s));
}

TEST_CASE("globals are strict: writing fails, unknown reads fail, the env is locked") {
  state s;
  auto e = error_of(s, "local a = 1\nx = 1");
  REQUIRE(e);
  CHECK(e->code() == codes::runtime);
  CHECK(e->location() == "rules/t/x.lua:2");
  CHECK(e->message() == "assignment to undeclared global 'x' (use local)");
  e = error_of(s, "pairs = nil");
  REQUIRE(e);
  CHECK(e->message() == "assignment to read-only global 'pairs' (use local)");
  e = error_of(s, "_ENV.y = 1");
  REQUIRE(e);
  CHECK(e->message() == "assignment to undeclared global 'y' (use local)");
  e = error_of(s, "function helper() end");
  REQUIRE(e);
  CHECK(e->message() == "assignment to undeclared global 'helper' (use local)");
  e = error_of(s, "local case = {}\nif caes.age then end");
  REQUIRE(e);
  CHECK(e->location() == "rules/t/x.lua:2");
  CHECK(e->message() == "unknown global 'caes' (misspelled name?)");
  CHECK(run(s, "return getmetatable(_ENV)") == "locked");
  e = error_of(s, "setmetatable(_ENV, nil)");
  REQUIRE(e);
  CHECK(e->message() == "cannot change a protected metatable");
  CHECK(run(s, "return next(_ENV) == nil") == true);
  CHECK(healthy(s));
}

TEST_CASE("chunks share one environment but cannot leave anything in it") {
  state s;
  CHECK(error_of(s, "shared = 1"));
  CHECK(error_of(s, "return shared"));
  CHECK(run(s, "local shared = 2 return shared") == 2);
}

TEST_CASE("an endless loop is stopped by the instruction budget (RULE003)") {
  state s;
  const auto e = error_of(s, "local n = 0\nwhile true do n = n + 1 end", "rules/t/loop.lua");
  REQUIRE(e);
  CHECK(e->code() == codes::budget);
  CHECK(e->location() == "rules/t/loop.lua:2");
  CHECK(e->message() == "instruction budget exhausted (1000000 instructions)");
  CHECK(s.instructions_used() >= s.caps().instructions);
  CHECK(healthy(s));
  CHECK(s.instructions_used() < 10'000);  // the next call got a fresh budget
}

TEST_CASE("pcall and xpcall cannot swallow the budget error") {
  state s;
  auto e = error_of(s, "while true do pcall(function() while true do end end) end");
  REQUIRE(e);
  CHECK(e->code() == codes::budget);
  e = error_of(s, R"(
    local caught = 0
    for i = 1, 100 do
      local ok = pcall(function() while true do end end)
      if not ok then caught = caught + 1 end
    end
    return caught)");
  REQUIRE(e);
  CHECK(e->code() == codes::budget);
  // Lua runs message handlers of errors raised by a hook with hooks disabled; the xpcall
  // wrapper must not hand the budget error to the script's handler.
  e = error_of(s, "xpcall(function() while true do end end, function(m) while true do end end)");
  REQUIRE(e);
  CHECK(e->code() == codes::budget);
  e = error_of(s, R"(
    local ok = pcall(function()
      local x <close> = setmetatable({}, {__close = function() while true do end end})
      while true do end
    end)
    return ok)");
  REQUIRE(e);
  CHECK(e->code() == codes::budget);
  CHECK(run(s, "return select(2, xpcall(function() error('e', 0) end, function(m) return 'handled ' .. m end))") ==
        "handled e");
  CHECK(run(s, "return {xpcall(function(a, b) return a + b end, error, 1, 2)}") ==
        nlohmann::json::array({true, 3}));
  CHECK(healthy(s));
}

TEST_CASE("the budget is per protected call and configurable") {
  state s(limits{16u << 20, 50'000});
  CHECK(error_of(s, "for i = 1, 100000 do end"));
  CHECK(run(s, "local n = 0 for i = 1, 1000 do n = n + i end return n") == 500500);
  CHECK(run(s, "local n = 0 for i = 1, 1000 do n = n + i end return n") == 500500);
}

TEST_CASE("a one-call memory bomb is stopped by the allocator cap (RULE004)") {
  state s;
  const auto e = error_of(s, "return string.rep('x', 1 << 30)", "rules/t/bomb.lua");
  REQUIRE(e);
  CHECK(e->code() == codes::memory);
  CHECK(e->location() == "rules/t/bomb.lua");
  CHECK(e->message() == "memory limit exceeded (16 MiB)");
  CHECK(std::string(e->what()) == "RULE004 rules/t/bomb.lua: memory limit exceeded (16 MiB)");
  CHECK(e->traceback().empty());
  CHECK(healthy(s));
  CHECK(s.memory_used() <= s.caps().memory_bytes);
}

TEST_CASE("pcall catching a memory error still leaves the cap in force") {
  state s;
  CHECK(run(s, "local ok, m = pcall(string.rep, 'x', 1 << 30) return {ok, m}") ==
        nlohmann::json::array({false, "not enough memory"}));
  CHECK(healthy(s));
}

TEST_CASE("a table bomb is stopped") {
  SUBCASE("by the memory cap when the budget is large") {
    state s(limits{16u << 20, 1'000'000'000});
    const auto e = error_of(s, "local t = {} for i = 1, 1e9 do t[i] = {i} end");
    REQUIRE(e);
    CHECK(e->code() == codes::memory);
    CHECK(healthy(s));
  }
  SUBCASE("by the memory cap with a string-growing bomb under the default budget") {
    state s;
    const auto e = error_of(s, "local s = 'x' while true do s = s .. s end");
    REQUIRE(e);
    CHECK(e->code() == codes::memory);
    CHECK(healthy(s));
  }
}

TEST_CASE("deep recursion is stopped and the state recovers") {
  state s(limits{16u << 20, 1'000'000'000});
  const auto e = error_of(s, "local function f(n) return 1 + f(n + 1) end return f(1)");
  REQUIRE(e);
  CHECK((e->code() == codes::memory || e->code() == codes::runtime));
  CHECK(healthy(s));
}

TEST_CASE("setmetatable refuses __gc and __mode but allows ordinary metatables") {
  state s;
  auto e = error_of(s, "setmetatable({}, {__gc = function() while true do end end})");
  REQUIRE(e);
  CHECK(e->location() == "rules/t/x.lua:1");
  CHECK(contains(e->message(), "'__gc' is not allowed"));
  e = error_of(s, "setmetatable({}, {__mode = 'k'})");
  REQUIRE(e);
  CHECK(contains(e->message(), "'__mode' is not allowed"));
  CHECK(run(s, R"(
    local V = setmetatable({}, {__index = function(_, k) return k .. "!" end,
                                __tostring = function() return "V" end})
    return V.hi .. tostring(V))") == "hi!V");
  e = error_of(s, "setmetatable('x', {})");
  REQUIRE(e);
  CHECK(contains(e->message(), "bad argument #1 to 'setmetatable' (table expected"));
  // A __gc added after setmetatable is ignored by Lua (manual §2.5.3): closing must not hang.
  CHECK(run(s, R"(
    local mt = {}
    local keep = setmetatable({}, mt)
    mt.__gc = function() while true do end end
    return true)") == true);
}

TEST_CASE("catastrophic patterns are refused before they run") {
  state s;
  auto e = error_of(s, "return ('a'):rep(400):find('.-.-.-b')");
  REQUIRE(e);
  CHECK(e->code() == codes::runtime);
  CHECK(e->location() == "rules/t/x.lua:1");
  CHECK(starts_with(e->message(), "string.find: pattern '.-.-.-b' is too costly on a 400-byte subject"));
  CHECK(error_of(s, "return string.match(('a'):rep(4000), 'a*a*b')"));
  CHECK(error_of(s, "for w in ('a'):rep(1000):gmatch('.-.-x') do end"));
  CHECK(error_of(s, "return (('a'):rep(30)):gsub(('a?'):rep(30) .. ('a'):rep(30), '')"));
  e = error_of(s, "return ('a'):rep(5000):find('a', 1, true)");
  REQUIRE(e);
  CHECK(starts_with(e->message(), "string.find: subject of 5000 bytes is over the 4096-byte limit"));
  // Ordinary use still works.
  CHECK(run(s, "return ('a'):rep(4096):find('b', 1, true) == nil") == true);
  CHECK(run(s, "return ('2024-04-01'):match('^(%d+)-(%d+)-(%d+)$')") == "2024");
  CHECK(run(s, "return (('x y z'):gsub('%s+', '_'))") == "x_y_z");
  CHECK(run(s, "local n = 0 for w in ('a b c'):gmatch('%a+') do n = n + 1 end return n") == 3);
  CHECK(run(s, "return select(2, ('abc'):gsub('%w', function(c) return c:upper() end))") == 3);
  CHECK(healthy(s));
}

TEST_CASE("pattern calls are charged to the instruction budget") {
  state s;
  const auto e = error_of(s, R"(
    local subject = ('a'):rep(1000)
    for i = 1, 1e6 do subject:find('a-b') end)");
  REQUIRE(e);
  CHECK(e->code() == codes::budget);
  CHECK(healthy(s));
}

TEST_CASE("binary chunks are refused (RULE001)") {
  state s;
  const std::string bytecode("\x1bLua\x54\x00\x19\x93\r\n\x1a\n", 12);
  const auto e = error_of(s, bytecode, "rules/t/bin.lua");
  REQUIRE(e);
  CHECK(e->code() == codes::load);
  CHECK(e->location() == "rules/t/bin.lua");
  CHECK(e->message() == "attempt to load a binary chunk (mode is 't')");
  CHECK(healthy(s));
}

TEST_CASE("syntax errors are RULE001 with file:line") {
  state s;
  const auto e = error_of(s, "local a = 1\nlocal b = 2\nlocal = 3\n", "rules/t/bad.lua");
  REQUIRE(e);
  CHECK(e->code() == codes::load);
  CHECK(e->location() == "rules/t/bad.lua:3");
  CHECK(starts_with(e->what(), "RULE001 rules/t/bad.lua:3: "));
  CHECK(e->traceback().empty());
  CHECK(e->exit_status() == 4);
  CHECK(healthy(s));
}

TEST_CASE("runtime errors carry location, message and traceback") {
  state s;
  const auto e = error_of(s,
                          "local t = nil\n"
                          "local function rule(case)\n"
                          "  return t.x\n"
                          "end\n"
                          "return rule({})\n",
                          "rules/national/stepup.lua");
  REQUIRE(e);
  CHECK(e->code() == codes::runtime);
  CHECK(e->location() == "rules/national/stepup.lua:3");
  CHECK(e->message() == "attempt to index a nil value (upvalue 't')");
  CHECK(starts_with(e->traceback(), "stack traceback:\n\t"));
  CHECK(contains(e->traceback(), "rules/national/stepup.lua:3: in "));
  CHECK(starts_with(e->what(), "RULE002 rules/national/stepup.lua:3: attempt to index a nil value "
                               "(upvalue 't')\nstack traceback:\n\t"));
  CHECK(healthy(s));
}

TEST_CASE("error() values: levels, tables and non-strings") {
  state s;
  auto e = error_of(s, "error('plain', 0)", "rules/t/e.lua");
  REQUIRE(e);
  CHECK(e->location() == "rules/t/e.lua");
  CHECK(e->message() == "plain");
  e = error_of(s, "error({code = 'X', message = 'structured'})", "rules/t/e.lua");
  REQUIRE(e);
  CHECK(e->code() == codes::runtime);
  CHECK(e->message() == "structured");
  e = error_of(s, "error(true)");
  REQUIRE(e);
  CHECK(e->message() == "(error object is a boolean value)");
  CHECK(healthy(s));
}

namespace {
int throws_std(lua_State*) { throw std::runtime_error("host helper failed"); }
}  // namespace

TEST_CASE("C++ exceptions become Lua errors at the rule's line") {
  state s;
  s.protect("setup", [](lua_State* L) {
    lua_pushcfunction(L, hashigo::lua::guarded<throws_std>);
    hashigo::lua::set_sandbox_global(L, "helper");
  });
  auto e = error_of(s, "local x = 1\nhelper()");
  REQUIRE(e);
  CHECK(e->code() == codes::runtime);
  CHECK(e->location() == "rules/t/x.lua:2");
  CHECK(e->message() == "host helper failed");
  CHECK(run(s, "local ok, m = pcall(helper) return m") == "host helper failed");
  CHECK(healthy(s));
}

namespace {
// A host function that loads another chunk (as the host `require` will): upvalue 1 is the state.
int load_module(lua_State* L) {
  auto* s = static_cast<state*>(lua_touserdata(L, lua_upvalueindex(1)));
  const std::string source = luaL_checkstring(L, 1);
  const int ref = s->load_chunk(source, "rules/t/module.lua");
  lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
  luaL_unref(L, LUA_REGISTRYINDEX, ref);
  return 1;
}
}  // namespace

TEST_CASE("a script_error raised inside a host function keeps its code through Lua frames") {
  state s;
  s.protect("setup", [&](lua_State* L) {
    lua_pushlightuserdata(L, &s);
    lua_pushcclosure(L, hashigo::lua::guarded<load_module>, 1);
    hashigo::lua::set_sandbox_global(L, "load_module");
  });
  CHECK(run(s, "return load_module('return 6 * 7')") == 42);
  auto e = error_of(s, "local m = load_module('local x = = 1')", "rules/t/main.lua");
  REQUIRE(e);
  CHECK(e->code() == codes::load);
  CHECK(e->location() == "rules/t/module.lua:1");
  e = error_of(s, "local m = load_module('while true do end')", "rules/t/main.lua");
  REQUIRE(e);
  CHECK(e->code() == codes::budget);
  CHECK(e->location() == "rules/t/module.lua:1");
  // A script can catch it and read it as a structured error.
  CHECK(run(s, R"(
    local ok, err = pcall(load_module, 'return nil + 1')
    return {ok, err.code, err.location, getmetatable(err), tostring(err)})") ==
        nlohmann::json::array({false, "RULE002", "rules/t/module.lua:1", "locked",
                               "RULE002 rules/t/module.lua:1: attempt to perform arithmetic on a "
                               "nil value"}));
  CHECK(healthy(s));
}

TEST_CASE("a panic (an error outside any protected call) throws and poisons the state") {
  state s;
  lua_State* L = s.get();
  lua_pushliteral(L, "boom");
  CHECK_THROWS_AS(lua_error(L), std::logic_error);
  CHECK_THROWS_AS(s.protect("after panic", [](lua_State*) {}), std::logic_error);
}

TEST_CASE("protect: std::exception from the body is RULE002, nested errors keep their code") {
  state s;
  try {
    s.protect("rules/t/body", [](lua_State*) { throw std::runtime_error("bad outcome"); });
    FAIL("no exception");
  } catch (const script_error& e) {
    CHECK(e.code() == codes::runtime);
    CHECK(e.location() == "rules/t/body");
    CHECK(e.message() == "bad outcome");
  }
  try {
    s.protect("outer", [&](lua_State*) { s.load_chunk("while true do end", "rules/t/inner.lua"); });
    FAIL("no exception");
  } catch (const script_error& e) {
    CHECK(e.code() == codes::budget);
    CHECK(e.location() == "rules/t/inner.lua:1");
  }
  CHECK(lua_gettop(s.get()) == 0);
  CHECK(healthy(s));
}

TEST_CASE("protect leaves the stack balanced") {
  state s;
  CHECK(error_of(s, "error('x')"));
  CHECK(lua_gettop(s.get()) == 0);
  s.protect("noop", [](lua_State* L) { lua_pushinteger(L, 1); });
  CHECK(lua_gettop(s.get()) == 0);
}

TEST_CASE("a state can be moved") {
  state a;
  CHECK(run(a, "return 1") == 1);
  state b(std::move(a));
  CHECK(run(b, "return 2") == 2);
  state c;
  c = std::move(b);
  CHECK(run(c, "return 3") == 3);
  CHECK(healthy(c));
}

TEST_CASE("a tiny memory cap fails cleanly at construction") {
  CHECK_THROWS_AS(state(limits{4096, 1000}), script_error);
}
