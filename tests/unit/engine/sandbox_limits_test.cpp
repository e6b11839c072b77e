// Sandbox limits seen through the engine: text caps (RULE009), host copies counted against the
// memory cap (RULE004, with the process's memory bounded), read-only parameters, rule modules
// that cannot keep state, error text without addresses, and per-rule costs.
#include <doctest/doctest.h>
#include <hashigo/error.hpp>

#include "engine_fixtures.hpp"

#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace engine_fixtures;

namespace {

bool contains(const std::string& s, std::string_view p) { return s.find(p) != std::string::npos; }

std::string one_rule(const std::string& body, const std::string& top = "") {
  return top + "\nreturn {\n  { id = \"T-1\", title = { ja = \"試験\", en = \"test\" }, note = \"test\",\n"
               "    decide = function(case, ctx)\n" +
         body + "\n    end },\n}\n";
}

hashigo::engine::decision eval_rule(temp_rules& rules, const std::string& region, const std::string& module_text) {
  rules.region(region, "stepup", module_text);
  auto eng = rules.make_engine();
  return eng.evaluate(b_san("2015-06-30"), region);
}

// Resident memory of this process now, in KiB (VmRSS).
long rss_kib() {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

struct child_result {
  std::string code;      // the decision's error code, or "ok"
  long rss_before = 0;   // KiB, once the engine and the national pack are loaded
  long peak_rss = 0;     // KiB, the process's peak after the evaluation
};

// Evaluates `region` in a forked child, so that its peak memory is its own.
child_result eval_in_child(const temp_rules& rules, const std::string& region) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    close(fds[0]);
    std::string code = "crash";
    long before = -1;
    try {
      auto eng = rules.make_engine();
      (void)eng.evaluate(b_san("2015-06-30"), "national");
      before = rss_kib();
      const auto d = eng.evaluate(b_san("2015-06-30"), region);
      code = !d.ok() ? d.error->code : "ok";
    } catch (const std::exception& e) {
      code = std::string("exception: ") + e.what();
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const std::string out = code + "\n" + std::to_string(before) + "\n" + std::to_string(usage.ru_maxrss) + "\n";
    (void)!write(fds[1], out.data(), out.size());
    _exit(0);
  }
  close(fds[1]);
  std::string text;
  char buf[256];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) text.append(buf, static_cast<std::size_t>(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  std::istringstream in(text);
  child_result r;
  in >> r.code >> r.rss_before >> r.peak_rss;
  return r;
}

}  // namespace

TEST_CASE("an endless loop of checks ends in RULE004 before the process grows (host copies count)") {
  temp_rules rules;
  // Each check copies a 1000-byte label: 1M instructions of this loop copied some 150 MB before.
  const std::string label = std::string(1000, 'a');
  rules.region("loop", "stepup", one_rule("while true do ctx.at_least('" + label + "', 1, 0) end"));
  const auto r = eval_in_child(rules, "loop");
  CHECK(r.code == "RULE004");
  REQUIRE(r.rss_before > 0);
  CAPTURE(r.rss_before);
  CAPTURE(r.peak_rss);
  CHECK(r.peak_rss - r.rss_before < 64 * 1024);  // generous: the cap is 16 MiB, Lua's and the host's together
}

TEST_CASE("the memory error of host copies names the rule's line and leaves the engine usable") {
  temp_rules rules;
  rules.region("loop2", "stepup", one_rule("for i = 1, 1e9 do ctx.equals('n', 'value ' .. (i % 10), 'x') end"));
  auto eng = rules.make_engine(100'000'000);
  const auto d = eng.evaluate(b_san("2015-06-30"), "loop2");
  REQUIRE(!d.ok());
  CHECK(d.error->code == "RULE004");
  CHECK(d.error->where == "rules/loop2/stepup.lua:5");
  CHECK(contains(d.error->message, "memory limit exceeded (16 MiB, counting what the host copied"));
  CHECK(eng.evaluate(b_san("2015-06-30"), "national").ok());
}

TEST_CASE("texts over their caps are refused with RULE009, naming the rule and the field") {
  temp_rules rules;
  // A reason of 6 MiB of control bytes became 151 MB of JSON before.
  auto d = eval_rule(rules, "t1", one_rule("return { step = 'hold', reason = { ja = ('\\1'):rep(6 * 1024 * 1024), en = 'x' } }"));
  REQUIRE(!d.ok());
  CHECK(d.error->code == "RULE009");
  CHECK(d.error->where == "rules/t1/stepup.lua:4");
  CHECK(contains(d.error->message, "text too long: T-1.reason.ja is 6291456 bytes (max 4096 bytes) (rule T-1)"));
  d = eval_rule(rules, "t2", one_rule("return { step = 'hold', reason = { ja = ('x'):rep(4096), en = 'x' } }"));
  CHECK(d.ok());  // exactly the cap is fine
  d = eval_rule(rules, "t3", one_rule("return { step = 'hold', reason = 'r', [('k'):rep(5000)] = 1 }"));
  REQUIRE(!d.ok());
  CHECK(d.error->code == "RULE009");
  CHECK(contains(d.error->message, "text too long: a key in T-1 is 5000 bytes"));
  // Labels: 1 MiB labels, 400 times, grew the process by 400 MB.
  d = eval_rule(rules, "t4", one_rule("for i = 1, 400 do ctx.at_least(('l'):rep(1024 * 1024), 1, 0) end"));
  REQUIRE(!d.ok());
  CHECK(d.error->code == "RULE009");
  CHECK(d.error->where == "rules/t4/stepup.lua:5");
  CHECK(contains(d.error->message, "text too long: check label is 1048576 bytes (max 1024 bytes)"));
  d = eval_rule(rules, "t5", one_rule("ctx.at_least(('l'):rep(1024), 1, 0)"));
  CHECK(d.ok());
  d = eval_rule(rules, "t6", one_rule("ctx.equals('name', ('v'):rep(5000), 'x')"));
  REQUIRE(!d.ok());
  CHECK(d.error->code == "RULE009");
  CHECK(contains(d.error->message, "ctx.equals('name') records a string of 5000 bytes (max 4096 bytes)"));
}

TEST_CASE("parameters are read-only: a rule cannot change them for the evaluations after it") {
  temp_rules rules;
  rules.region("p1", "stepup", one_rule("table.insert(ctx.param('general_employment_kinds'), 'x')"));
  auto eng = rules.make_engine();
  auto d = eng.evaluate(b_san("2015-06-30"), "p1");
  REQUIRE(!d.ok());
  CHECK(d.error->code == "RULE002");
  CHECK(contains(d.error->message, "attempt to modify read-only parameter 'general_employment_kinds'"));
  rules.region("p2", "stepup", one_rule("local k = ctx.param('general_employment_kinds') return { step = 'hold', "
                                         "reason = { ja = tostring(#k) .. k[1], en = table.concat(k, ',') } }"));
  d = eng.evaluate(b_san("2015-06-30"), "p2");
  REQUIRE(d.ok());
  REQUIRE(d.step.reasons.size() == 1);
  CHECK(d.step.reasons[0].text.en.find(',') != std::string::npos);
}

// The code and text of the rule error loading `region` throws.
std::string load_failure(hashigo::engine::engine& eng, const std::string& region) {
  try {
    (void)eng.evaluate(b_san("2015-06-30"), region);
  } catch (const hashigo::rule_error& e) {
    return e.what();
  }
  return "loaded";
}

TEST_CASE("a rule module cannot keep state between evaluations") {
  temp_rules rules;
  auto eng = rules.make_engine();
  // A counter in a module-level local: refused when the pack loads.
  rules.region("s1", "stepup", one_rule("count = count + 1\nif count > 1 then return { step = 'hold', reason = 'again' } end",
                                        "local count = 0"));
  std::string e = load_failure(eng, "s1");
  CHECK(e.rfind("RULE001 rules/s1/stepup.lua:5: assignment to module-level local 'count' inside a function", 0) == 0);
  // A counter in a module-level table: the write fails, the same way on every evaluation.
  rules.region("s2", "stepup", one_rule("seen.n = seen.n + 1\nif seen.n > 1 then return { step = 'hold', reason = 'again' } end",
                                        "local seen = { n = 0 }"));
  for (int i = 0; i < 2; ++i) {
    const auto d = eng.evaluate(b_san("2015-06-30"), "s2");
    REQUIRE(!d.ok());
    CHECK(d.error->code == "RULE002");
    CHECK(d.error->where == "rules/s2/stepup.lua:5");
    CHECK(contains(d.error->message, "attempt to modify module-level table 'seen' (field 'n')"));
  }
  // A counter made by a factory that ran at load.
  rules.region("s3", "stepup",
               one_rule("if tick() > 1 then return { step = 'hold', reason = 'again' } end",
                        "local function counter() local n = 0 return function() n = n + 1 return n end end\n"
                        "local tick = counter()"));
  e = load_failure(eng, "s3");
  CHECK(e.rfind("RULE001 rules/s3/stepup.lua:1: assignment to 'n' inside a function made while the module loaded", 0) == 0);
  // Module-level tables of constants, helpers and texts keep working.
  rules.region("s4", "stepup",
               one_rule("return { step = 'hold', reason = TEXT, plain = { ja = NAMES[1] .. #NAMES, en = helper() } }",
                        "local TEXT = { ja = '保留', en = 'hold' }\nlocal NAMES = { 'a', 'b' }\n"
                        "local function helper() return table.concat(NAMES, '+') end"));
  const auto d = eng.evaluate(b_san("2015-06-30"), "s4");
  REQUIRE(d.ok());
  REQUIRE(d.step.reasons.size() == 1);
  CHECK(d.step.reasons[0].text.en == "hold");
  CHECK(d.step.reasons[0].plain.ja == "a2");
  CHECK(d.step.reasons[0].plain.en == "a+b");
}

TEST_CASE("error text never carries a heap address") {
  temp_rules rules;
  auto d = eval_rule(rules, "a1", one_rule("ctx[{}] = 1"));
  REQUIRE(!d.ok());
  CHECK(contains(d.error->message, "attempt to modify read-only ctx (with a table key)"));
  CHECK(!contains(d.error->message, "0x"));
  d = eval_rule(rules, "a3", one_rule("return { step = 'hold', reason = tostring({}) .. '/' .. string.format('%s', ctx.add_days) }"));
  REQUIRE(d.ok());
  CHECK(d.step.reasons[0].text.en == "table/function");
}

TEST_CASE("evaluate can measure what each rule costs") {
  temp_rules rules;
  rules.region("c1", "stepup",
               one_rule("local x = 0 for i = 1, 100000 do x = x + i end"));
  auto eng = rules.make_engine();
  std::vector<hashigo::engine::rule_cost> costs;
  for (int i = 0; i < 3; ++i) REQUIRE(eng.evaluate(b_san("2015-06-30"), "c1", {false, &costs}).ok());
  const auto pack = eng.pack("c1");
  REQUIRE(costs.size() == pack.rules.size());
  const hashigo::engine::rule_cost* slow = nullptr;
  for (std::size_t i = 0; i < costs.size(); ++i) {
    CHECK(costs[i].rule_id == pack.rules[i].id);
    // A rule whose applies_to leaves the case out is not called, and costs nothing.
    const bool runs = pack.rules[i].applies_to.covers(hashigo::cases::stage::social, hashigo::cases::process_status::in_support);
    CHECK(costs[i].calls == (runs ? 3 : 0));
    if (costs[i].rule_id == "T-1") slow = &costs[i];
  }
  REQUIRE(slow != nullptr);
  CHECK(slow->where == "rules/c1/stepup.lua:4");
  CHECK(slow->instructions >= 3 * 200'000);
  for (const auto& c : costs)
    if (&c != slow) CHECK(c.nanoseconds < slow->nanoseconds);
}
