#include "pack/runtime.hpp"

#include "pack/bibliography.hpp"
#include "pack/ctx.hpp"
#include "pack/files.hpp"
#include "pack/manifest.hpp"
#include "pack/outcome_reader.hpp"
#include "pack/require.hpp"
#include "pack/rules.hpp"

#include "lua/budget.hpp"
#include "lua/convert.hpp"
#include "lua/lazy_view.hpp"
#include "lua/stack.hpp"

#include <hashigo/case/validate.hpp>

#include <fmt/format.h>
#include <lua.hpp>

#include <algorithm>
#include <chrono>
#include <optional>
#include <map>
#include <tuple>

namespace hashigo::pack {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Rules read the case through this: the engine writes the view, the builder makes the tables.
class readonly_value_writer final : public value_writer {
 public:
  explicit readonly_value_writer(lua::readonly_builder& b) noexcept : b_(b) {}
  void key(std::string_view k) override { b_.key(k); }
  void literal_key(const char* k) override { b_.literal_key(k); }
  void null() override { b_.null(); }
  void boolean(bool v) override { b_.boolean(v); }
  void integer(std::int64_t v) override { b_.integer(v); }
  void number(double v) override { b_.number(v); }
  void string(std::string_view v) override { b_.string(v); }
  void begin_object(int fields) override { b_.begin_object(fields); }
  void end_object() override { b_.end_object(); }
  void begin_array(int items) override { b_.begin_array(items); }
  void end_array() override { b_.end_array(); }

 private:
  lua::readonly_builder& b_;
};

struct position_less {
  bool operator()(const cases::position& a, const cases::position& b) const noexcept {
    return std::tie(a.at, a.rung) < std::tie(b.at, b.rung);
  }
};

// A ladder view's read-only values (position, up, down), built once per position.
struct ladder_entry {
  int ref = LUA_NOREF;              // a Lua array of the proxies, in the order of `fields`
  std::vector<std::string> fields;  // their names in ctx
};

// A position as rules read it: { stage = "…", rung = "…" }, read-only, named `ctx.<field>`.
// stack: [] -> [proxy]
void push_position(lua_State* L, const cases::position& p, const std::string& name) {
  lua::readonly_builder b(L, name.c_str());
  b.begin_object(2);
  if (!p.rung.empty()) {
    b.literal_key("rung");
    b.string(p.rung);
  }
  b.literal_key("stage");
  b.string(cases::to_string(p.at));
  b.end_object();
}

}  // namespace

struct runtime::impl {
  explicit impl(const limits& lim) : state(lim) {}

  lua::state state;
  summary meta;
  std::string evaluation_name;  // "<region> evaluation", as errors outside any rule name it
  std::unique_ptr<module_library> library;
  std::vector<rule_functions> functions;  // one per rule of meta.rules
  std::vector<rule_functions> criteria;   // one per criterion of meta.criteria
  ctx_state ctx;
  // The parameters in force change only on the dates their values take effect, so every day from
  // one such date to the next shares one table, cached by period (k: from the k-th date on).
  std::vector<std::string> effective_dates;  // sorted
  std::vector<int> params_by_period;
  // The ladder values depend on the position only, and their proxies are immutable: built once
  // per position and shared between evaluations.
  std::map<cases::position, ladder_entry, position_less> ladders;
  int ladder_ref = LUA_NOREF;              // the entry ctx's ladder fields were last taken from
  std::vector<std::string> ladder_fields;  // the ladder fields ctx holds now
  lua::readonly_pool case_pool;            // the case tables, refilled by each evaluation
  std::unique_ptr<lua::lazy_view> case_fields;  // the case's fields, each built when first read
  const std::vector<std::string>* case_fields_of = nullptr;  // the list case_fields was made for
  const eval_input* current = nullptr;          // the evaluation running, for field_writer
  evaluation result;                            // the last evaluation's runs, checks and texts
  string_interner codes;                        // the codes outcomes named
  checked_texts texts_checked;                  // outcome texts found well formed
  lua::field_writer field_writer = [this](int field, lua::readonly_builder& out) {
    readonly_value_writer w(out);
    current->write_field(field, w);
  };

  // Sets ctx.as_of and the parameter table of the day.
  // stack: [ctx] -> [ctx]
  void set_day(lua_State* L, const std::string& as_of);
  // Sets ctx.position, ctx.up and ctx.down for `at`.
  // stack: [ctx] -> [ctx]
  void set_position(lua_State* L, const cases::position& at);
  // The read-only case, from the engine's writer.
  // stack: [] -> [case]
  void push_case(lua_State* L, const eval_input& in);
  // Runs every criterion on one task and reads what each said into `verdict`.
  // stack: [] -> []
  void run_criteria(lua_State* L, const eval_input& in, int case_ref, const nlohmann::json& task, task_verdict& verdict,
                    const rule*& running, std::optional<malformed_outcome>& malformed);
  // Runs every rule and reads its outcome into `result`; stops at the first malformed outcome.
  // stack: [] -> []
  void run_rules(lua_State* L, const eval_input& in, const rule*& running, std::optional<malformed_outcome>& malformed);
};

runtime::runtime(std::unique_ptr<impl> i) : impl_(std::move(i)) {}
runtime::~runtime() = default;

const summary& runtime::meta() const noexcept { return impl_->meta; }
std::int64_t runtime::instructions_used() const noexcept { return impl_->state.instructions_used(); }

std::string runtime::current_digest(const fs::path& rules_root, const std::vector<std::string>& chain) {
  return digest_packs(rules_root, chain, false).digest;
}

std::unique_ptr<runtime> runtime::load(const fs::path& rules_root, const std::string& region, const limits& lim) {
  cases::require_region_name(region, "region");  // a name under the root, never a path out of it
  const std::string root_name = rules_root.filename().string();
  auto i = std::make_unique<impl>(lim);
  // The chain first (data only), refusing cycles and missing bases; then every file it can run.
  const auto chain = read_chain(i->state, rules_root, region);
  std::vector<std::string> regions;
  for (const auto& layer : chain) regions.push_back(layer.region);
  pack_files files = digest_packs(rules_root, regions);
  i->meta.region = region;
  i->meta.digest = files.digest;
  load_bibliography(i->state, root_name, regions, files, i->meta);
  merge_manifest(chain, i->meta);
  i->library = std::make_unique<module_library>(i->state, root_name, regions, files.bytes);
  i->state.protect("require", [&](lua_State* L) { i->library->install(L); });
  i->library->enable(true);
  i->functions = load_rules(i->state, root_name, i->meta, files);
  i->criteria = load_criteria(i->state, root_name, i->meta, files);
  i->library->enable(false);
  i->meta.files = std::move(files.names);
  i->evaluation_name = region + " evaluation";
  i->ctx.meta = &i->meta;  // impl stays where it is: ctx keeps pointers into meta
  i->state.protect("ctx", [&](lua_State* L) { build_ctx(L, i->ctx); });
  for (const auto& p : i->meta.parameters)
    for (const auto& v : p.values)
      if (!v.since.empty()) i->effective_dates.push_back(v.since);
  std::sort(i->effective_dates.begin(), i->effective_dates.end());
  i->effective_dates.erase(std::unique(i->effective_dates.begin(), i->effective_dates.end()), i->effective_dates.end());
  i->params_by_period.assign(i->effective_dates.size() + 1, LUA_NOREF);
  return std::unique_ptr<runtime>(new runtime(std::move(i)));
}

void runtime::impl::set_day(lua_State* L, const std::string& as_of) {
  const auto period = static_cast<std::size_t>(std::upper_bound(effective_dates.begin(), effective_dates.end(), as_of) -
                                               effective_dates.begin());
  int& cached = params_by_period[period];
  if (cached == LUA_NOREF) {
    lua_createtable(L, 0, static_cast<int>(meta.parameters.size()));  // [ctx, params]
    for (const auto& p : meta.parameters) {
      if (const json* v = p.in_force(as_of)) {
        // Read-only: this table serves every evaluation of the period, so a rule changing a list
        // parameter would change it for the evaluations after it.
        lua::push_readonly(L, *v, fmt::format("parameter '{}'", p.name).c_str());
        lua_setfield(L, -2, p.name.c_str());
      }
    }
    cached = luaL_ref(L, LUA_REGISTRYINDEX);  // [ctx]
  }
  ctx.params_ref = cached;
  ctx.as_of = as_of;
  lua::push(L, std::string_view(as_of));
  lua_setfield(L, -2, "as_of");
}

void runtime::impl::set_position(lua_State* L, const cases::position& at) {
  auto ladder = ladders.find(at);
  if (ladder == ladders.end()) {
    if (ladders.size() >= 64) {  // positions come from the data
      for (const auto& [_, entry] : ladders) luaL_unref(L, LUA_REGISTRYINDEX, entry.ref);
      ladders.clear();
      ladder_ref = LUA_NOREF;  // ladder_fields still says what ctx holds
    }
    ladder_entry entry;
    lua_createtable(L, 3, 0);  // [ctx, values]
    // Sorted by name, as the fields of a JSON object would be.
    if (auto down = meta.ladder.neighbour(at, -1)) {
      push_position(L, *down, "ctx.down");
      entry.fields.emplace_back("down");
      lua_rawseti(L, -2, static_cast<lua_Integer>(entry.fields.size()));
    }
    push_position(L, at, "ctx.position");
    entry.fields.emplace_back("position");
    lua_rawseti(L, -2, static_cast<lua_Integer>(entry.fields.size()));
    if (auto up = meta.ladder.neighbour(at, 1)) {
      push_position(L, *up, "ctx.up");
      entry.fields.emplace_back("up");
      lua_rawseti(L, -2, static_cast<lua_Integer>(entry.fields.size()));
    }
    entry.ref = luaL_ref(L, LUA_REGISTRYINDEX);  // [ctx]
    ladder = ladders.emplace(at, std::move(entry)).first;
  }
  if (ladder_ref == ladder->second.ref) return;
  const auto& fields = ladder->second.fields;
  // Fields of the previous view that this one lacks (no `up` at the top) must not linger.
  for (const auto& old : ladder_fields)
    if (std::find(fields.begin(), fields.end(), old) == fields.end()) {
      lua_pushnil(L);
      lua_setfield(L, -2, old.c_str());
    }
  lua_rawgeti(L, LUA_REGISTRYINDEX, ladder->second.ref);  // [ctx, values]
  for (std::size_t i = 0; i < fields.size(); ++i) {
    lua_rawgeti(L, -1, static_cast<lua_Integer>(i + 1));  // [ctx, values, v]
    lua_setfield(L, -3, fields[i].c_str());               // ctx[field] = v
  }
  lua_pop(L, 1);  // [ctx]
  ladder_fields = fields;
  ladder_ref = ladder->second.ref;
}

void runtime::impl::push_case(lua_State* L, const eval_input& in) {
  {
    lua::readonly_builder builder(L, "case", &case_pool);
    readonly_value_writer writer(builder);
    in.write_case(writer);
  }
  if (in.lazy_fields) {
    if (!case_fields || case_fields_of != in.lazy_fields) {  // the engine passes one list: made once
      case_fields = std::make_unique<lua::lazy_view>("case", *in.lazy_fields);
      case_fields_of = in.lazy_fields;
    }
    current = &in;
    case_fields->arm(L, &field_writer);
  }
}

void runtime::impl::run_rules(lua_State* L, const eval_input& in, const rule*& running,
                              std::optional<malformed_outcome>& malformed) {
  evaluation& out = result;
  lua_rawgeti(L, LUA_REGISTRYINDEX, ctx.real_ref);  // [ctx]
  set_day(L, in.as_of);
  set_position(L, in.position);
  lua_pop(L, 1);                                       // []
  push_case(L, in);                                  // [case]
  lua_rawgeti(L, LUA_REGISTRYINDEX, ctx.proxy_ref);  // [case, ctx]
  if (in.profile && in.profile->size() != meta.rules.size()) in.profile->assign(meta.rules.size(), rule_cost{});
  ctx.out = &out;
  ctx.record_checks = in.checks;
  ctx.read_defaults = in.texts;
  std::string error;
  for (std::size_t i = 0; i < meta.rules.size(); ++i) {
    const rule& r = meta.rules[i];
    const rule_functions& fn = functions[i];
    rule_run& run = out.runs[i];
    running = &r;
    run.rule = &r;
    run.first_check = static_cast<std::uint32_t>(out.checks.size());
    run.first_default = static_cast<std::uint32_t>(out.defaults.size());
    // A rule declared for other stages or statuses is not entered: the main saving on packs
    // whose rules each serve a part of the ladder.
    if (!r.applies_to.covers(in.position.at, in.status)) {
      if (!in.every_rule) {
        run.skipped = true;
        continue;
      }
      run.outside_scope = true;
    }
    ctx.rule_defaults = out.defaults.size();
    const auto started = in.profile ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point{};
    const std::int64_t ticks_before = lua::budget_of(L).ticks_left;
    lua_rawgeti(L, LUA_REGISTRYINDEX, fn.decide);  // [case, ctx, decide]
    lua_pushvalue(L, -3);
    lua_pushvalue(L, -3);
    if (fn.base != LUA_NOREF) {
      lua_rawgeti(L, LUA_REGISTRYINDEX, fn.base);  // [case, ctx, decide, case, ctx, base]
      lua_call(L, 3, 1);
    } else {
      lua_call(L, 2, 1);  // [case, ctx, outcome]
    }
    // A rule that caught the budget error and returned at once (`return pcall(loop)`, a
    // tail call) ran no instruction for the re-armed hook to stop: fail it here, or the
    // error would surface in the next rule and blame that one.
    if (lua::budget_of(L).exhausted) lua::raise_budget_exhausted(L, 0);
    run.check_count = static_cast<std::uint32_t>(out.checks.size()) - run.first_check;
    run.default_count = static_cast<std::uint32_t>(out.defaults.size()) - run.first_default;
    if (!lua_isnil(L, -1)) {
      run.fired = true;
      const bool keep = in.texts || (in.step_texts && r.kind == module_kind::stepup);
      const outcome_context oc{&r, &codes, &out, keep, &texts_checked};
      if (!read_outcome(L, -1, oc, run.outcome, error)) {
        malformed = malformed_outcome{r.where, fmt::format("rule {} returned a malformed outcome: {}", r.id, error)};
        lua_pop(L, 3);
        return;  // the first malformed outcome ends the evaluation
      }
    }
    if (in.profile) {
      rule_cost& cost = (*in.profile)[i];
      cost.nanoseconds +=
          std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - started).count();
      cost.instructions += ticks_before - lua::budget_of(L).ticks_left;
      ++cost.calls;
    }
    lua_pop(L, 1);  // [case, ctx]
  }
  running = nullptr;
  lua_pop(L, 2);  // []
}

void runtime::impl::run_criteria(lua_State* L, const eval_input& in, int case_ref, const json& task, task_verdict& verdict,
                                 const rule*& running, std::optional<malformed_outcome>& malformed) {
  lua_rawgeti(L, LUA_REGISTRYINDEX, case_ref);       // [case]
  lua::push_readonly(L, task, "task");               // [case, task]
  lua_rawgeti(L, LUA_REGISTRYINDEX, ctx.proxy_ref);  // [case, task, ctx]
  ctx.out = &result;
  ctx.record_checks = false;
  ctx.read_defaults = false;
  std::string error;
  for (std::size_t i = 0; i < meta.criteria.size(); ++i) {
    const rule& r = meta.criteria[i];
    if (!r.applies_to.covers(in.position.at, in.status)) continue;
    running = &r;
    const rule_functions& fn = criteria[i];
    lua_rawgeti(L, LUA_REGISTRYINDEX, fn.decide);  // [case, task, ctx, decide]
    lua_pushvalue(L, -4);
    lua_pushvalue(L, -4);
    lua_pushvalue(L, -4);
    if (fn.base != LUA_NOREF) {
      lua_rawgeti(L, LUA_REGISTRYINDEX, fn.base);
      lua_call(L, 4, 1);
    } else {
      lua_call(L, 3, 1);  // [case, task, ctx, outcome]
    }
    if (lua::budget_of(L).exhausted) lua::raise_budget_exhausted(L, 0);
    if (!lua_isnil(L, -1)) {
      result.texts.clear();
      rule_outcome o;
      const outcome_context oc{&r, &codes, &result, true, nullptr};
      if (!read_outcome(L, -1, oc, o, error)) {
        malformed = malformed_outcome{r.where, fmt::format("criterion {} returned a malformed outcome: {}", r.id, error)};
        lua_pop(L, 4);
        return;
      }
      criterion_hit hit{&r, o.points, o.exclude, std::string(result.text(o.reason_ja)), std::string(result.text(o.reason_en)),
                        std::string(result.text(o.plain_ja)), std::string(result.text(o.plain_en))};
      verdict.excluded = verdict.excluded || o.exclude;
      verdict.score += o.points;
      verdict.hits.push_back(std::move(hit));
    }
    lua_pop(L, 1);  // [case, task, ctx]
  }
  running = nullptr;
  lua_pop(L, 3);  // []
}

std::vector<task_verdict> runtime::match(const eval_input& in, const std::vector<json>& tasks) {
  impl& m = *impl_;
  std::vector<task_verdict> verdicts(tasks.size());
  const std::string what = m.meta.region + " matching";
  // The case and the day are the same for every task: built once, each task then costs only its
  // own table and the criteria (each under its own budget).
  int case_ref = LUA_NOREF;
  m.state.protect(what, [&](lua_State* L) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, m.ctx.real_ref);  // [ctx]
    m.set_day(L, in.as_of);
    m.set_position(L, in.position);
    lua_pop(L, 1);  // []
    m.push_case(L, in);  // [case]
    case_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  });
  struct release {
    impl& m;
    int& ref;
    ~release() {
      if (ref == LUA_NOREF) return;
      try {
        m.state.protect("matching", [this](lua_State* L) { luaL_unref(L, LUA_REGISTRYINDEX, ref); });
      } catch (...) {  // never throws from a destructor: the reference is only lost
      }
      if (m.case_fields) m.case_fields->disarm();
    }
  } released{m, case_ref};
  for (std::size_t t = 0; t < tasks.size(); ++t) {
    m.result.clear();
    m.codes.trim();
    const rule* running = nullptr;
    std::optional<malformed_outcome> malformed;
    const auto stop = [&] { m.ctx.out = nullptr; };
    try {
      m.state.protect(what, [&](lua_State* L) { m.run_criteria(L, in, case_ref, tasks[t], verdicts[t], running, malformed); });
    } catch (const script_error& e) {
      stop();
      if (!running) throw;
      const bool unlocated = e.location().empty() || e.location() == what;
      throw script_error(e.code(), unlocated ? running->where : e.location(),
                         fmt::format("{} (criterion {})", e.message(), running->id), e.traceback());
    }
    stop();
    if (malformed) throw *malformed;
  }
  m.result.clear();
  return verdicts;
}

const evaluation& runtime::evaluate(const eval_input& in) {
  impl& m = *impl_;
  evaluation& out = m.result;
  out.clear();
  m.codes.trim();
  out.runs.resize(m.meta.rules.size());
  const rule* running = nullptr;
  std::optional<malformed_outcome> malformed;
  const std::string& what = m.evaluation_name;
  const auto stop_recording = [&] {
    m.ctx.out = nullptr;
    m.ctx.record_checks = m.ctx.read_defaults = false;
    if (m.case_fields) m.case_fields->disarm();
  };
  try {
    // One reference captured: std::function keeps it without allocating.
    struct call {
      impl& m;
      const eval_input& in;
      const rule*& running;
      std::optional<malformed_outcome>& malformed;
    } c{m, in, running, malformed};
    m.state.protect(what, [&c](lua_State* L) { c.m.run_rules(L, c.in, c.running, c.malformed); });
  } catch (const script_error& e) {
    stop_recording();
    if (!running) throw;
    // Errors without a line of their own (memory, a caught budget error) point at the rule.
    const bool unlocated = e.location().empty() || e.location() == what;
    throw script_error(e.code(), unlocated ? running->where : e.location(),
                       fmt::format("{} (rule {})", e.message(), running->id), e.traceback());
  }
  stop_recording();
  if (malformed) throw *malformed;
  return out;
}

}  // namespace hashigo::pack
