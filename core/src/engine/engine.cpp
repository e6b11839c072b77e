#include <hashigo/case/validate.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/sha256.hpp>

#include "engine/case_view.hpp"
#include "engine/outcome.hpp"
#include "lua/pack.hpp"
#include "lua/pack_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <map>

namespace hashigo::engine {

namespace fs = std::filesystem;
using nlohmann::json;

struct engine::impl {
  engine_options options;
  // A loaded pack and the cards of its rules, made once per load.
  struct loaded_pack {
    std::unique_ptr<lua::pack_runtime> runtime;
    rule_cards cards;
  };
  std::map<std::string, loaded_pack> packs;
  // Ladder views by pack digest, then position: a view depends on nothing else, and building the
  // JSON for every evaluation showed in the benchmark.
  std::map<std::string, std::map<std::string, nlohmann::json>, std::less<>> ladder_views;

  // ctx.position, ctx.up and ctx.down for a position under a pack's ladder.
  // Returns the entry: its key, the position, is what tells the pack's views apart.
  const std::pair<const std::string, nlohmann::json>& ladder_view(const lua::pack_meta& meta, const cases::position& at) {
    if (ladder_views.size() > 16 && ladder_views.find(meta.digest) == ladder_views.end()) ladder_views.clear();
    auto& by_position = ladder_views[meta.digest];
    if (by_position.size() > 256) by_position.clear();  // positions come from the data
    auto& entry = *by_position.try_emplace(cases::to_string(at)).first;
    nlohmann::json& ladder = entry.second;
    if (ladder.is_null()) {
      ladder = {{"position", format::to_json(at)}};
      if (auto up = meta.ladder.neighbour(at, 1)) ladder["up"] = format::to_json(*up);
      if (auto down = meta.ladder.neighbour(at, -1)) ladder["down"] = format::to_json(*down);
    }
    return entry;
  }

  lua::limits limits() const {
    lua::limits lim;
    lim.memory_bytes = options.memory_bytes;
    lim.instructions = options.instructions;
    lim.wall_clock_ms = options.wall_clock_ms;
    return lim;
  }

  loaded_pack& pack(const std::string& region) {
    auto it = packs.find(region);
    if (it == packs.end()) {
      auto runtime = lua::pack_runtime::load(options.rules_root, region, limits());
      auto cards = cards_of(runtime->meta());
      it = packs.emplace(region, loaded_pack{std::move(runtime), std::move(cards)}).first;
    }
    return it->second;
  }
};

engine::engine(engine_options options) : impl_(std::make_unique<impl>()) { impl_->options = std::move(options); }
engine::engine(engine&&) noexcept = default;
engine& engine::operator=(engine&&) noexcept = default;
engine::~engine() = default;

fs::path engine::default_rules_root() {
  if (const char* env = std::getenv("HASHIGO_RULES"); env && *env) return fs::path(env);
  std::error_code ec;
  if (fs::exists("rules/national/pack.lua", ec)) return fs::absolute("rules", ec);
  return fs::path(HASHIGO_SOURCE_DIR) / "rules";
}

namespace {

pack_summary summarize(const lua::pack_meta& m) {
  pack_summary out;
  out.region = m.region;
  out.name = m.name;
  out.description = m.description;
  out.version = m.version;
  out.in_force_from = m.in_force_from;
  out.digest = m.digest;
  out.chain = m.chain;
  out.sources = m.sources;
  out.disabled = m.disabled;
  out.ladder = m.ladder;
  out.files = m.files;
  out.declarations = m.declarations;
  for (const auto& r : m.rules)
    out.rules.push_back(rule_summary{r.id, r.title, r.source, r.module, r.file, r.line, r.defined_in, r.allows_skip});
  for (const auto& [name, p] : m.parameters) {
    parameter_summary ps{name, {}, p.defined_in};
    for (const auto& v : p.values) ps.values.emplace_back(v.since, v.value);
    out.parameters.push_back(std::move(ps));
  }
  return out;
}

}  // namespace

pack_summary engine::pack(const std::string& region) { return summarize(impl_->pack(region).runtime->meta()); }

std::vector<std::string> engine::regions() const { return lua::list_regions(impl_->options.rules_root); }

void engine::require_region(const std::string& region, const std::string& where) const {
  cases::require_region_name(region, where);
  const auto known = regions();
  if (std::find(known.begin(), known.end(), region) != known.end()) return;
  std::string listed;
  for (const auto& r : known) listed += (listed.empty() ? "" : ", ") + r;
  throw input_error(where, fmt::format("no rule pack '{}' under {} (available: {})", region,
                                       impl_->options.rules_root.string(), listed.empty() ? "none" : listed));
}

const fs::path& engine::rules_root() const { return impl_->options.rules_root; }

std::vector<reload_result> engine::reload(const std::function<std::string(const pack_summary&)>& gate) {
  std::vector<reload_result> results;
  for (auto& [region, loaded] : impl_->packs) {
    auto& runtime = loaded.runtime;
    reload_result r;
    r.region = region;
    r.old_digest = runtime->meta().digest;
    try {
      r.new_digest = lua::pack_runtime::current_digest(impl_->options.rules_root, runtime->meta().chain);
      if (r.new_digest == r.old_digest) continue;  // nothing changed on disk
      auto fresh = lua::pack_runtime::load(impl_->options.rules_root, region, impl_->limits());
      r.new_digest = fresh->meta().digest;
      if (gate) r.error = gate(summarize(fresh->meta()));
      if (r.error.empty()) {
        auto cards = cards_of(fresh->meta());
        runtime = std::move(fresh);  // the swap: evaluations after this line see the new pack
        loaded.cards = std::move(cards);
        r.swapped = true;
      }
    } catch (const error& e) {
      r.error = e.what();
    }
    results.push_back(std::move(r));
  }
  return results;
}

decision engine::evaluate(const cases::case_state& state, const std::string& region, const evaluate_options& opts) {
  auto& loaded = impl_->pack(region);
  auto& pack = *loaded.runtime;
  const auto& meta = pack.meta();
  // Two days no rule can decide on, answered here rather than by a rule failing on a missing fact.
  if (state.events_folded == 0)
    throw input_error("as_of", fmt::format("no case yet on {}: case '{}' has no events on or before that day",
                                           state.as_of.to_string(), state.header.id));
  if (!meta.in_force_from.empty() && state.as_of.to_string() < meta.in_force_from)
    throw input_error("as_of", fmt::format("the {} pack has no rules in force before {} (asked for {})", region,
                                           meta.in_force_from, state.as_of.to_string()));
  decision d;
  d.case_id = state.header.id;
  d.as_of = state.as_of.to_string();
  d.region = region;
  d.pack_version = meta.version;
  d.pack_digest = meta.digest;
  d.process_status = std::string(to_string(state.status));
  d.step.from = state.position;

  lua::eval_input in;
  in.as_of = d.as_of;
  // The case table is built straight from the state (no JSON view) and the inputs digest taken
  // over a compact encoding of the same view (engine/case_view.cpp).
  in.write_case = [&state](lua::readonly_builder& b) { detail::write_case_view_eager_part(state, b); };
  in.deferred_fields = &detail::deferred_case_fields();
  in.write_field = [&state](int field, lua::readonly_builder& b) { detail::write_case_field(state, field, b); };
  in.explain = opts.explain;
  d.inputs_digest = detail::case_view_digest(state);
  const auto& ladder = impl_->ladder_view(meta, state.position);
  in.ladder_view = &ladder.second;
  in.ladder_key = ladder.first;

  std::vector<lua::rule_cost> measured;
  if (opts.costs) in.profile = &measured;
  std::vector<lua::rule_run> runs;
  // The rules' costs count whether or not the evaluation succeeds: a failing rule may be the slow one.
  const auto add_costs = [&] {
    if (!opts.costs || measured.size() != meta.rules.size()) return;
    auto& costs = *opts.costs;
    const bool same = costs.size() == meta.rules.size() &&
                      std::equal(costs.begin(), costs.end(), meta.rules.begin(),
                                 [](const rule_cost& c, const lua::rule_info& r) { return c.rule_id == r.id; });
    if (!same) {
      costs.clear();
      for (const auto& r : meta.rules) costs.push_back(rule_cost{r.id, r.where, 0, 0, 0});
    }
    for (std::size_t i = 0; i < measured.size(); ++i) {
      costs[i].nanoseconds += measured[i].nanoseconds;
      costs[i].instructions += measured[i].instructions;
      costs[i].calls += measured[i].calls;
    }
  };
  try {
    runs = pack.evaluate(in);
    add_costs();
    d.step = resolve_step(runs, loaded.cards, meta.ladder, state.status, state.position);
    d.step.would_flip = near_misses(runs, loaded.cards, !opts.explain);  // the trace needs them all
    collect_lists(runs, loaded.cards, d);
  } catch (const lua::script_error& e) {
    add_costs();
    d.status = "error";
    d.error = failure{e.code(), e.location(), e.message(), e.traceback()};
    d.step = step_decision{};
    d.step.from = state.position;
    return d;
  } catch (const outcome_error& e) {
    d.status = "error";
    d.error = failure{lua::codes::contract, e.where, e.message, ""};
    d.step = step_decision{};
    d.step.from = state.position;
    d.eligibility.clear();
    d.referrals.clear();
    d.alerts.clear();
    return d;
  }
  if (opts.explain) {
    // The runs are not read after this: their checks move into the trace.
    d.trace.reserve(runs.size());
    for (auto& run : runs) {
      trace_entry t;
      t.rule_id = run.rule->id;
      t.module = run.rule->module;
      t.where = run.rule->where;
      t.fired = !run.outcome.is_null();
      t.checks.reserve(run.checks.size());
      for (auto& c : run.checks)
        t.checks.push_back(check{std::move(c.label), std::move(c.value), c.op, std::move(c.threshold),
                                 c.parameter_name(), c.result});
      d.trace.push_back(std::move(t));
    }
  }
  return d;
}

}  // namespace hashigo::engine
