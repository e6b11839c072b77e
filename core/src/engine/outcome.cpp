#include "engine/outcome.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace hashigo::engine {

using nlohmann::json;

pack_plan plan_of(const pack::summary& meta) {
  pack_plan out;
  out.cards.reserve(meta.rules.size());
  for (const auto& r : meta.rules) {
    std::vector<citation> refs;
    for (const auto& x : r.references) refs.push_back(citation{x.id, x.title, x.section, x.quote, x.url, x.kind, x.publisher});
    out.cards.push_back(std::make_shared<const rule_card>(rule_card{r.title, std::move(refs), r.note, r.where}));
    std::vector<std::uint32_t> dropped;
    for (const auto& id : r.supersedes)
      for (std::size_t k = 0; k < meta.rules.size(); ++k)
        if (meta.rules[k].id == id) dropped.push_back(static_cast<std::uint32_t>(k));
    out.supersedes.push_back(std::move(dropped));
  }
  return out;
}

namespace {

// The position a proposal leads to: its `to`, else the ladder's neighbour up or down.
cases::position target_of(const pack::rule_run& run, const cases::ladder_spec& ladder, const cases::position& from) {
  const pack::rule_outcome& o = run.outcome;
  if (o.has_to) return cases::position{o.to_stage, std::string(o.to_rung)};
  if (o.step == pack::step_kind::up || o.step == pack::step_kind::down) {
    const bool up = o.step == pack::step_kind::up;
    auto n = ladder.neighbour(from, up ? 1 : -1);
    if (!n)
      throw outcome_error{run.rule->where, fmt::format("rule {} returned a malformed outcome: there is no position {} {}",
                                                       run.rule->id, up ? "above" : "below", to_string(from))};
    return *n;
  }
  return from;
}

void resolve_step(const pack::evaluation& ev, const pack_plan& plan, const cases::ladder_spec& ladder,
                  cases::process_status status, const cases::position& from, resolution& out) {
  const auto& runs = ev.runs;
  const auto n = static_cast<std::uint32_t>(runs.size());
  // A fired rule that supersedes others drops their proposals, whatever they propose: the first
  // superseding rule in pack order is the one named.
  out.superseded_by.assign(n, no_run);
  for (std::uint32_t i = 0; i < n; ++i)
    if (runs[i].fired && runs[i].rule->kind == pack::module_kind::stepup)
      for (const std::uint32_t k : plan.supersedes[i])
        if (out.superseded_by[k] == no_run) out.superseded_by[k] = i;
  const auto proposes = [&](std::uint32_t i) { return runs[i].fired && runs[i].rule->kind == pack::module_kind::stepup; };
  // Down beats hold beats up; stay never wins.
  pack::step_kind winning = pack::step_kind::none;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!proposes(i) || out.superseded_by[i] != no_run) continue;
    const auto k = runs[i].outcome.step;
    if (k == pack::step_kind::down || (k == pack::step_kind::hold && winning != pack::step_kind::down) ||
        (k == pack::step_kind::up && winning == pack::step_kind::none))
      winning = k;
  }
  const auto wins = [&](std::uint32_t i) {
    return winning != pack::step_kind::none && out.superseded_by[i] == no_run && runs[i].outcome.step == winning;
  };
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!proposes(i)) continue;
    const auto k = runs[i].outcome.step;
    if (out.superseded_by[i] != no_run) {
      out.overruled.emplace_back(i, out.superseded_by[i]);
    } else if (!wins(i) && k != pack::step_kind::stay) {
      out.overruled.emplace_back(i, no_run);
    } else if (k == pack::step_kind::stay && winning == pack::step_kind::none) {
      out.step_reasons.push_back(i);
    }
  }
  if (winning == pack::step_kind::none) return;
  std::uint32_t first = no_run;
  cases::position first_to;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!proposes(i) || !wins(i)) continue;
    cases::position to = target_of(runs[i], ladder, from);
    if (first == no_run) {
      first = i;
      first_to = std::move(to);
    } else if (!(to == first_to) && winning != pack::step_kind::hold) {
      const auto& a = *runs[first].rule;
      const auto& b = *runs[i].rule;
      throw outcome_error{b.where, fmt::format("rules {} ({}) and {} ({}) propose different targets for the same step: {} vs {}",
                                               a.id, a.where, b.id, b.where, to_string(first_to), to_string(to))};
    }
    out.step_reasons.push_back(i);
  }
  if (winning == pack::step_kind::hold) return;  // stay, held by the rules in step_reasons
  bool skip_allowed = false;
  for (const std::uint32_t i : out.step_reasons) skip_allowed = skip_allowed || runs[i].rule->allows_skip;
  auto& verdict = out.verdict;
  cases::check_move(ladder, status, from, first_to, skip_allowed, verdict);
  out.step = winning == pack::step_kind::up ? "up" : "down";
  out.moves = true;
  out.to = std::move(first_to);
  out.accepted = verdict.legal && verdict.direction != "lateral";
  out.skip = verdict.skip;
  out.refusal.ja.assign(verdict.why.ja);  // in place: the strings keep their capacity
  out.refusal.en.assign(verdict.why.en);
  if (verdict.legal && verdict.direction == "lateral") out.step = "stay";
}

// Groups the fired runs of `kind` by the code `key_of` gives, sorted by code then rule order.
template <class Key>
void group(const pack::evaluation& ev, pack::module_kind kind, Key key_of, resolution& out) {
  out.keyed.clear();
  for (std::uint32_t i = 0; i < ev.runs.size(); ++i)
    if (ev.runs[i].fired && ev.runs[i].rule->kind == kind) out.keyed.emplace_back(key_of(ev.runs[i].outcome), i);
  std::sort(out.keyed.begin(), out.keyed.end());
}

void resolve_lists(const pack::evaluation& ev, resolution& out) {
  const auto& runs = ev.runs;
  group(ev, pack::module_kind::eligibility, [](const pack::rule_outcome& o) { return o.program; }, out);
  for (std::size_t a = 0; a < out.keyed.size();) {
    std::size_t b = a;
    bool yes = false;
    for (; b < out.keyed.size() && out.keyed[b].first == out.keyed[a].first; ++b)
      if (runs[out.keyed[b].second].outcome.eligible) yes = true;
    resolution::eligibility_entry e;
    e.program = out.keyed[a].first;
    e.eligible = yes;
    e.first_reason = static_cast<std::uint32_t>(out.reason_list.size());
    e.first_route = static_cast<std::uint32_t>(out.route_list.size());
    // Eligible: the rules that said yes, with their routes; otherwise the rules that said no.
    for (std::size_t k = a; k < b; ++k) {
      const auto& o = runs[out.keyed[k].second].outcome;
      if (o.eligible != yes) continue;
      out.reason_list.push_back(out.keyed[k].second);
      const auto routes_begin = out.route_list.begin() + e.first_route;
      if (yes && !o.route.empty() && std::find(routes_begin, out.route_list.end(), o.route) == out.route_list.end())
        out.route_list.push_back(o.route);
    }
    e.reasons = static_cast<std::uint32_t>(out.reason_list.size()) - e.first_reason;
    e.routes = static_cast<std::uint32_t>(out.route_list.size()) - e.first_route;
    out.eligibility.push_back(e);
    a = b;
  }
  group(ev, pack::module_kind::referral, [](const pack::rule_outcome& o) { return o.target; }, out);
  for (std::size_t a = 0; a < out.keyed.size();) {
    resolution::referral_entry e;
    e.target = out.keyed[a].first;
    e.first_reason = static_cast<std::uint32_t>(out.reason_list.size());
    std::size_t b = a;
    for (; b < out.keyed.size() && out.keyed[b].first == e.target; ++b) {
      const auto& o = runs[out.keyed[b].second].outcome;
      e.urgency = std::max(e.urgency, o.urgency);
      e.warm_handoff = e.warm_handoff || o.warm_handoff;
      out.reason_list.push_back(out.keyed[b].second);
    }
    e.reasons = static_cast<std::uint32_t>(out.reason_list.size()) - e.first_reason;
    out.referrals.push_back(e);
    a = b;
  }
  group(ev, pack::module_kind::alerts, [](const pack::rule_outcome& o) { return o.code; }, out);
  for (const auto& [_, run] : out.keyed) out.alerts.push_back(run);
}

}  // namespace

void resolve(const pack::evaluation& ev, const pack_plan& plan, const cases::ladder_spec& ladder,
             cases::process_status status, const cases::position& from, resolution& out) {
  out.step = "stay";
  out.moves = false;
  out.accepted = out.skip = false;
  out.refusal.ja.clear();
  out.refusal.en.clear();
  out.step_reasons.clear();
  out.overruled.clear();
  out.eligibility.clear();
  out.referrals.clear();
  out.alerts.clear();
  out.route_list.clear();
  out.reason_list.clear();
  resolve_step(ev, plan, ladder, status, from, out);
  resolve_lists(ev, out);
}

namespace {

cases::localized texts(const pack::evaluation& ev, pack::text_span ja, pack::text_span en) {
  return cases::localized{std::string(ev.text(ja)), std::string(ev.text(en))};
}

check to_check(const pack::evaluation& ev, const pack::check_record& c) {
  return check{std::string(ev.text(c.label)), ev.to_json(c.value), c.op, ev.to_json(c.threshold), c.parameter_name(), c.result};
}

// A reason naming rule `i`, with the checks `keep` selects and the defaults it read.
template <class Keep>
reason reason_with_checks(const pack::evaluation& ev, const pack_plan& plan, std::uint32_t i, Keep keep) {
  const pack::rule_run& run = ev.runs[i];
  reason r;
  r.rule_id = run.rule->id;
  r.rule = plan.cards[i];
  for (std::uint32_t k = 0; k < run.default_count; ++k) {
    const auto& d = ev.defaults[run.first_default + k];
    r.defaults_used.push_back(default_use{d.parameter->name, d.value ? *d.value : json(nullptr), d.parameter->unit, d.parameter->note});
  }
  for (auto c = ev.checks_begin(run); c != ev.checks_end(run); ++c)
    if (keep(*c)) r.checks.push_back(to_check(ev, *c));
  return r;
}

reason reason_with_text(const pack::evaluation& ev, const pack_plan& plan, std::uint32_t i) {
  reason r = reason_with_checks(ev, plan, i, [](const pack::check_record&) { return true; });
  const auto& o = ev.runs[i].outcome;
  r.text = texts(ev, o.reason_ja, o.reason_en);
  r.plain = texts(ev, o.plain_ja, o.plain_en);
  return r;
}

}  // namespace

void fill_decision(const pack::evaluation& ev, const pack_plan& plan, const resolution& r, bool near_misses,
                   bool explain, decision& d) {
  auto& s = d.step;
  s.step = std::string(r.step);
  if (r.moves) s.to = r.to;
  s.accepted = r.accepted;
  s.skip = r.skip;
  s.refusal = r.refusal;
  for (const std::uint32_t i : r.step_reasons) s.reasons.push_back(reason_with_text(ev, plan, i));
  for (const auto& [i, by] : r.overruled) {
    reason o = reason_with_text(ev, plan, i);
    if (by != no_run) o.superseded_by = ev.runs[by].rule->id;
    s.overruled.push_back(std::move(o));
  }
  if (near_misses) {
    // Step rules that did not fire (and that no fired rule supersedes: firing could not change
    // the decision), with only their unmet checks: what would flip the decision.
    const auto failed = [](const pack::check_record& c) { return !c.result; };
    for (std::uint32_t i = 0; i < ev.runs.size(); ++i) {
      const auto& run = ev.runs[i];
      if (run.rule->kind != pack::module_kind::stepup || run.fired || r.superseded_by[i] != no_run) continue;
      if (std::none_of(ev.checks_begin(run), ev.checks_end(run), failed)) continue;
      s.would_flip.push_back(reason_with_checks(ev, plan, i, failed));
    }
  }
  for (const auto& e : r.eligibility) {
    eligibility_result out;
    out.program = std::string(e.program);
    out.eligible = e.eligible;
    for (std::uint32_t k = 0; k < e.routes; ++k) out.routes.emplace_back(r.route_list[e.first_route + k]);
    for (std::uint32_t k = 0; k < e.reasons; ++k) out.reasons.push_back(reason_with_text(ev, plan, r.reason_list[e.first_reason + k]));
    d.eligibility.push_back(std::move(out));
  }
  for (const auto& e : r.referrals) {
    referral_suggestion out;
    out.target = std::string(e.target);
    out.urgency = std::string(pack::to_string(e.urgency));
    out.warm_handoff = e.warm_handoff;
    for (std::uint32_t k = 0; k < e.reasons; ++k) out.reasons.push_back(reason_with_text(ev, plan, r.reason_list[e.first_reason + k]));
    d.referrals.push_back(std::move(out));
  }
  for (const std::uint32_t i : r.alerts) {
    const auto& o = ev.runs[i].outcome;
    alert a;
    a.code = std::string(o.code);
    if (o.due) a.due = o.due->to_string();
    a.severity = std::string(pack::to_string(o.severity));
    a.meeting = std::string(o.meeting);
    a.why = reason_with_text(ev, plan, i);
    d.alerts.push_back(std::move(a));
  }
  if (!explain) return;
  d.trace.reserve(ev.runs.size());
  for (std::uint32_t i = 0; i < ev.runs.size(); ++i) {
    const auto& run = ev.runs[i];
    trace_entry t;
    t.rule_id = run.rule->id;
    t.module = run.rule->module;
    t.where = run.rule->where;
    t.fired = run.fired;
    t.skipped = run.skipped;
    t.outside_scope = run.outside_scope;
    if (t.fired && run.rule->kind == pack::module_kind::stepup && r.superseded_by[i] != no_run)
      t.superseded_by = ev.runs[r.superseded_by[i]].rule->id;
    for (auto c = ev.checks_begin(run); c != ev.checks_end(run); ++c) t.checks.push_back(to_check(ev, *c));
    d.trace.push_back(std::move(t));
  }
}

}  // namespace hashigo::engine
