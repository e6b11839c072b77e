#include <hashigo/case/household.hpp>
#include <hashigo/case/validate.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/sha256.hpp>

#include "engine/case_view.hpp"
#include "engine/outcome.hpp"
#include "engine/task_view.hpp"
#include "pack/files.hpp"
#include "pack/runtime.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <tuple>

namespace hashigo::engine {

namespace fs = std::filesystem;
using nlohmann::json;

struct engine::impl {
  engine_options options;
  // A loaded pack and the cards of its rules, made once per load.
  struct loaded_pack {
    std::unique_ptr<pack::runtime> runtime;
    pack_plan plan;
  };
  resolution resolved;         // reused by every evaluation
  pack::eval_input lean_input;  // reused by evaluate_lean
  std::map<std::string, loaded_pack> packs;
  std::shared_ptr<cases::household_source> households;
  std::shared_ptr<const cases::agency_book> agencies;
  // The case with its household or agencies linked, kept while a lean decision points into it.
  std::optional<cases::case_state> linked;

  // The state to evaluate: `state` itself, or its copy with the household the source links and
  // the agencies holding it looked up (a case no agency holds is not copied for them).
  const cases::case_state& with_links(const cases::case_state& state) {
    const bool link_household = households && !state.household_link;
    const bool link_agencies = agencies && !state.agencies.empty();
    if (!link_household && !link_agencies) return state;
    linked.reset();
    if (link_household) linked = households->linked(state);
    if (link_agencies) {
      if (!linked) linked = state;
      cases::link_agencies(*linked, *agencies);
    }
    return linked ? *linked : state;
  }

  pack::limits limits() const {
    pack::limits lim;
    lim.memory_bytes = options.memory_bytes;
    lim.instructions = options.instructions;
    lim.wall_clock_ms = options.wall_clock_ms;
    return lim;
  }

  // The pack for `region`, once `state` is a day rules can decide on.
  loaded_pack& ready(const cases::case_state& state, const std::string& region) {
    auto& loaded = pack(region);
    const auto& meta = loaded.runtime->meta();
    // Two days no rule can decide on, answered here rather than by a rule failing on a missing fact.
    if (state.events_folded == 0)
      throw input_error("as_of", message("error.no_case_yet", state.as_of.to_string(), state.header.id));
    if (!meta.in_force_from.empty()) {
      date::text_buffer text;
      const std::string_view as_of(text.data(), state.as_of.to_chars(text));
      if (as_of < meta.in_force_from)
        throw input_error("as_of", message("error.not_in_force", region, meta.in_force_from, state.as_of.to_string()));
    }
    return loaded;
  }

  loaded_pack& pack(const std::string& region) {
    auto it = packs.find(region);
    if (it == packs.end()) {
      auto runtime = pack::runtime::load(options.rules_root, region, limits());
      auto plan = plan_of(runtime->meta());
      it = packs.emplace(region, loaded_pack{std::move(runtime), std::move(plan)}).first;
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

pack_summary engine::pack(const std::string& region) { return impl_->pack(region).runtime->meta(); }

std::vector<std::string> engine::regions() const { return pack::list_regions(impl_->options.rules_root); }

void engine::require_region(const std::string& region, const std::string& where) const {
  cases::require_region_name(region, where);
  const auto known = regions();
  if (std::find(known.begin(), known.end(), region) != known.end()) return;
  std::string listed;
  for (const auto& r : known) listed += (listed.empty() ? "" : ", ") + r;
  throw input_error(where, message("error.unknown_region_under", region, impl_->options.rules_root.string(),
                                   listed.empty() ? message::term("word.none") : message_arg{listed}));
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
      r.new_digest = pack::runtime::current_digest(impl_->options.rules_root, runtime->meta().chain);
      if (r.new_digest == r.old_digest) continue;  // nothing changed on disk
      auto fresh = pack::runtime::load(impl_->options.rules_root, region, impl_->limits());
      r.new_digest = fresh->meta().digest;
      if (gate) r.error = gate(fresh->meta());
      if (r.error.empty()) {
        auto plan = plan_of(fresh->meta());
        runtime = std::move(fresh);  // the swap: evaluations after this line see the new pack
        loaded.plan = std::move(plan);
        r.swapped = true;
      }
    } catch (const error& e) {
      r.error = e.what();
    }
    results.push_back(std::move(r));
  }
  return results;
}

namespace {

// What the pack runtime needs of `state`: the day, the position and the writers of its view.
void input_for(const cases::case_state& state, pack::eval_input& in) {
  date::text_buffer text;
  in.as_of.assign(text.data(), state.as_of.to_chars(text));
  in.position = state.position;
  in.status = state.status;
  // The case table is built straight from the state (no JSON view) and the inputs digest taken
  // over a compact encoding of the same view (engine/case_view.cpp).
  in.write_case = [&state](pack::value_writer& w) { detail::write_case_root(state, w); };
  in.lazy_fields = &detail::case_field_names();
  in.write_field = [&state](int field, pack::value_writer& w) { detail::write_case_field(state, field, w); };
}

}  // namespace

void engine::set_household_source(std::shared_ptr<cases::household_source> source) {
  impl_->households = std::move(source);
  impl_->linked.reset();
}

void engine::set_agency_source(std::shared_ptr<const cases::agency_book> source) {
  impl_->agencies = std::move(source);
  impl_->linked.reset();
}

decision engine::evaluate(const cases::case_state& unlinked, const std::string& region, const evaluate_options& opts) {
  const auto& state = impl_->with_links(unlinked);
  auto& loaded = impl_->ready(state, region);
  auto& runtime = *loaded.runtime;
  const auto& meta = runtime.meta();
  decision d;
  d.case_id = state.header.id;
  d.as_of = state.as_of.to_string();
  d.region = region;
  d.pack_version = meta.version;
  d.pack_digest = meta.digest;
  d.process_status = std::string(to_string(state.status));
  d.step.from = state.position;

  pack::eval_input in;
  input_for(state, in);
  // A lean decision shows outcomes and the rules behind them: no checks, texts or defaults.
  const bool full = !opts.lean || opts.explain;
  in.checks = full;
  in.texts = full;
  in.every_rule = opts.every_rule;
  in.step_texts = true;  // an accepted step becomes an event that says why
  d.inputs_digest = detail::case_view_digest(state);

  std::vector<pack::rule_cost> measured;
  if (opts.costs) in.profile = &measured;
  // The rules' costs count whether or not the evaluation succeeds: a failing rule may be the slow one.
  const auto add_costs = [&] {
    if (!opts.costs || measured.size() != meta.rules.size()) return;
    auto& costs = *opts.costs;
    const bool same = costs.size() == meta.rules.size() &&
                      std::equal(costs.begin(), costs.end(), meta.rules.begin(),
                                 [](const rule_cost& c, const pack::rule& r) { return c.rule_id == r.id; });
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
  const auto failed = [&](failure f) {
    d.error = std::move(f);
    d.step = step_decision{};
    d.step.from = state.position;
    d.eligibility.clear();
    d.referrals.clear();
    d.alerts.clear();
    d.trace.clear();
    return d;
  };
  try {
    const pack::evaluation& ev = runtime.evaluate(in);
    add_costs();
    resolve(ev, loaded.plan, meta.ladder, state.status, state.position, impl_->resolved);
    fill_decision(ev, loaded.plan, impl_->resolved, full, opts.explain, d);
  } catch (const pack::script_error& e) {
    add_costs();
    return failed(failure{e.code(), e.location(), e.message(), e.traceback()});
  } catch (const pack::malformed_outcome& e) {
    add_costs();
    return failed(failure{pack::codes::contract, e.where, e.message, ""});
  } catch (const outcome_error& e) {
    return failed(failure{pack::codes::contract, e.where, e.message, ""});
  }
  return d;
}

match_result engine::match(const cases::case_state& unlinked, const std::string& region, const std::vector<task_offer>& offers) {
  const auto& state = impl_->with_links(unlinked);
  auto& loaded = impl_->ready(state, region);
  auto& runtime = *loaded.runtime;
  const auto& meta = runtime.meta();
  match_result out;
  out.case_id = state.header.id;
  out.as_of = state.as_of.to_string();
  out.region = region;
  out.pack_digest = meta.digest;
  for (const auto& c : meta.criteria) out.criteria.push_back(c.id);
  std::vector<json> views;
  views.reserve(offers.size());
  for (const auto& o : offers) views.push_back(detail::task_view(*o.employer, *o.task, o.filled));
  pack::eval_input in;
  input_for(state, in);
  std::vector<pack::task_verdict> verdicts;
  try {
    verdicts = runtime.match(in, views);
  } catch (const pack::malformed_outcome& e) {
    throw rule_error(pack::codes::contract, fmt::format("{}: {}", e.where, e.message));
  }
  for (std::size_t i = 0; i < offers.size(); ++i) {
    const auto& o = offers[i];
    task_match t;
    t.employer_id = o.employer->id;
    t.employer_name = o.employer->name;
    t.task_id = o.task->id;
    t.title = {o.task->title_ja, o.task->title_en};
    t.hours_per_week = o.task->hours_per_week();
    t.open = views[i]["open"].get<int>();
    t.excluded = verdicts[i].excluded;
    t.score = verdicts[i].score;
    for (auto& h : verdicts[i].hits)
      t.reasons.push_back(match_reason{h.criterion->id, h.criterion->where, h.points, h.exclude,
                                       {std::move(h.reason_ja), std::move(h.reason_en)},
                                       {std::move(h.plain_ja), std::move(h.plain_en)}});
    out.tasks.push_back(std::move(t));
  }
  std::stable_sort(out.tasks.begin(), out.tasks.end(), [](const task_match& a, const task_match& b) {
    if (a.excluded != b.excluded) return !a.excluded;
    if (a.score != b.score) return a.score > b.score;
    return std::tie(a.employer_id, a.task_id) < std::tie(b.employer_id, b.task_id);
  });
  return out;
}

void engine::evaluate_lean(const cases::case_state& unlinked, const std::string& region, lean_decision& out, bool digest) {
  const auto& state = impl_->with_links(unlinked);
  auto& loaded = impl_->ready(state, region);
  auto& runtime = *loaded.runtime;
  const auto& meta = runtime.meta();
  out.case_id = state.header.id;
  out.as_of = state.as_of;
  out.region = meta.region;
  out.pack_version = meta.version;
  out.pack_digest = meta.digest;
  out.process_status = state.status;
  out.from = state.position;
  out.step = "stay";
  out.moves = out.accepted = out.skip = false;
  out.step_rules = {};
  out.refusal.ja.clear();
  out.refusal.en.clear();
  out.eligibility.clear();
  out.referrals.clear();
  out.alerts.clear();
  out.rule_ids.clear();
  out.routes.clear();
  out.error.reset();
  out.has_digest = digest;
  if (digest) detail::case_view_digest(state, out.inputs_digest);
  pack::eval_input& in = impl_->lean_input;
  input_for(state, in);
  in.checks = in.texts = false;
  in.step_texts = true;  // an accepted step becomes an event that says why
  try {
    const pack::evaluation& ev = runtime.evaluate(in);
    resolution& r = impl_->resolved;
    resolve(ev, loaded.plan, meta.ladder, state.status, state.position, r);
    fill_lean(ev, r, out);
  } catch (const pack::script_error& e) {
    out.error = failure{e.code(), e.location(), e.message(), e.traceback()};
  } catch (const pack::malformed_outcome& e) {
    out.error = failure{pack::codes::contract, e.where, e.message, ""};
  } catch (const outcome_error& e) {
    out.error = failure{pack::codes::contract, e.where, e.message, ""};
  }
  if (out.error) {  // no outcome: as after a failure in evaluate()
    out.step = "stay";
    out.moves = out.accepted = out.skip = false;
    out.refusal = {};
    out.step_rules = {};
    out.step_reason = {};
    out.eligibility.clear();
    out.referrals.clear();
    out.alerts.clear();
  }
}

}  // namespace hashigo::engine
