#include "engine/outcome.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace hashigo::engine {

using nlohmann::json;

namespace {

const std::string& where_of(const pack::rule_run& run) { return run.rule->where; }

[[noreturn]] void malformed(const pack::rule_run& run, const std::string& message) {
  throw outcome_error{where_of(run), fmt::format("rule {} returned a malformed outcome: {}", run.rule->id, message)};
}

// Takes the texts out of the outcome: each outcome gives one reason, and the runs are dropped after.
cases::localized localized_field(const pack::rule_run& run, json& outcome, const char* key, bool required) {
  cases::localized out;
  const auto field = outcome.find(key);
  if (field == outcome.end()) {
    if (required) malformed(run, fmt::format("'{}' is missing (a table {{ja=…, en=…}})", key));
    return out;
  }
  json& v = *field;
  if (v.is_string()) {
    out.ja = out.en = v.get_ref<const std::string&>();
    return out;
  }
  const auto ja = v.is_object() ? v.find("ja") : v.end();
  const auto en = v.is_object() ? v.find("en") : v.end();
  if (ja == v.end() || en == v.end() || !ja->is_string() || !en->is_string())
    malformed(run, fmt::format("'{}' must be {{ja=\"…\", en=\"…\"}}", key));
  out.ja = std::move(ja->get_ref<std::string&>());
  out.en = std::move(en->get_ref<std::string&>());
  return out;
}

std::string text_field(const pack::rule_run& run, const json& outcome, const char* key, const std::string& fallback,
                       std::initializer_list<const char*> allowed = {}) {
  const auto field = outcome.find(key);
  if (field == outcome.end()) return fallback;
  if (!field->is_string()) malformed(run, fmt::format("'{}' must be a string", key));
  std::string v = field->get_ref<const std::string&>();
  if (allowed.size() && std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return v == a; })) {
    std::string list;
    for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    malformed(run, fmt::format("'{}' is '{}', expected one of: {}", key, v, list));
  }
  return v;
}

void only_fields(const pack::rule_run& run, const json& outcome, std::initializer_list<const char*> allowed) {
  if (!outcome.is_object()) malformed(run, "expected a table or nil");
  for (auto it = outcome.begin(); it != outcome.end(); ++it)
    if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return it.key() == a; }))
      malformed(run, fmt::format("unknown field '{}'", it.key()));
}

// A reason naming the rule, with the checks `keep` selects.
template <class Keep>
reason reason_with_checks(const pack::rule_run& run, const std::shared_ptr<const rule_card>& card, Keep keep) {
  reason r;
  r.rule_id = run.rule->id;
  r.rule = card;
  for (const auto& d : run.defaults_read)
    r.defaults_used.push_back(default_use{d.parameter->name, d.value ? *d.value : json(nullptr), d.parameter->unit,
                                          d.parameter->note});
  for (const auto& c : run.checks)
    if (keep(c)) r.checks.push_back(check{c.label, c.value, c.op, c.threshold, c.parameter_name(), c.result});
  return r;
}

reason reason_with_text(const pack::rule_run& run, const std::shared_ptr<const rule_card>& card, json& outcome) {
  reason r = reason_with_checks(run, card, [](const pack::check_record&) { return true; });
  r.text = localized_field(run, outcome, "reason", true);
  r.plain = localized_field(run, outcome, "plain", false);
  if (r.plain.ja.empty() && r.plain.en.empty()) r.plain = r.text;
  return r;
}

struct proposal {
  pack::rule_run* run;
  std::string step;
  cases::position to;
  std::string_view superseded_by;  // the fired rule that drops this proposal, or empty
};

// The card of a run: runs and cards are both in the pack's rule order.
const std::shared_ptr<const rule_card>& card_of(const std::vector<pack::rule_run>& runs, const rule_cards& cards,
                                                const pack::rule_run& run) {
  return cards[static_cast<std::size_t>(&run - runs.data())];
}

// The rules whose proposals a fired step rule drops (`supersedes`), each with the first such
// rule in pack order.
std::map<std::string_view, std::string_view> superseded_ids(const std::vector<pack::rule_run>& runs) {
  std::map<std::string_view, std::string_view> out;
  for (const auto& run : runs)
    if (run.rule->kind == pack::module_kind::stepup && !run.outcome.is_null())
      for (const auto& id : run.rule->supersedes) out.emplace(id, run.rule->id);
  return out;
}

}  // namespace

rule_cards cards_of(const pack::summary& meta) {
  rule_cards out;
  out.reserve(meta.rules.size());
  for (const auto& r : meta.rules) {
    std::vector<citation> refs;
    for (const auto& x : r.references) refs.push_back(citation{x.id, x.title, x.section, x.quote, x.url, x.kind, x.publisher});
    out.push_back(std::make_shared<const rule_card>(rule_card{r.title, std::move(refs), r.note, r.where}));
  }
  return out;
}

step_decision resolve_step(std::vector<pack::rule_run>& runs, const rule_cards& cards,
                           const cases::ladder_spec& ladder, cases::process_status status, const cases::position& from) {
  const auto card = [&](const pack::rule_run& run) -> const auto& { return card_of(runs, cards, run); };
  step_decision out;
  out.from = from;
  // A fired rule that supersedes others drops their proposals, whatever they propose: the first
  // superseding rule in pack order is the one named.
  const auto superseded = superseded_ids(runs);
  std::vector<proposal> proposals;
  for (auto& run : runs) {
    if (run.rule->kind != pack::module_kind::stepup || run.outcome.is_null()) continue;
    const json& o = run.outcome;
    only_fields(run, o, {"step", "to", "reason", "plain"});
    const std::string step = text_field(run, o, "step", "", {"up", "down", "hold", "stay"});
    if (step.empty()) malformed(run, "'step' is missing (up, down, hold or stay)");
    cases::position to = from;
    if (o.contains("to")) {
      const json& t = o["to"];
      if (!t.is_object() || !t.contains("stage") || !t["stage"].is_string())
        malformed(run, "'to' must be {stage=\"…\", rung=\"…\"}");
      auto s = cases::parse_stage(t["stage"].get<std::string>());
      if (!s) malformed(run, fmt::format("'to.stage' '{}' is not a stage", t["stage"].get<std::string>()));
      to = cases::position{*s, t.contains("rung") && t["rung"].is_string() ? t["rung"].get<std::string>() : ""};
    } else if (step == "up" || step == "down") {
      auto n = ladder.neighbour(from, step == "up" ? 1 : -1);
      if (!n) malformed(run, fmt::format("there is no position {} {}", step == "up" ? "above" : "below", to_string(from)));
      to = *n;
    }
    const auto by = superseded.find(run.rule->id);
    proposals.push_back({&run, step, to, by != superseded.end() ? by->second : std::string_view()});
  }
  auto pick = [&](const std::string& step) {
    std::vector<const proposal*> out_p;
    for (const auto& p : proposals)
      if (p.step == step && p.superseded_by.empty()) out_p.push_back(&p);
    return out_p;
  };
  const auto downs = pick("down"), holds = pick("hold"), ups = pick("up");
  const auto& winners = !downs.empty() ? downs : !holds.empty() ? holds : ups;
  for (const auto& p : proposals) {
    if (!p.superseded_by.empty()) {
      reason r = reason_with_text(*p.run, card(*p.run), p.run->outcome);
      r.superseded_by = p.superseded_by;
      out.overruled.push_back(std::move(r));
      continue;
    }
    const bool won = std::find(winners.begin(), winners.end(), &p) != winners.end();
    if (!won && p.step != "stay") out.overruled.push_back(reason_with_text(*p.run, card(*p.run), p.run->outcome));
    if (p.step == "stay" && winners.empty()) out.reasons.push_back(reason_with_text(*p.run, card(*p.run), p.run->outcome));
  }
  if (winners.empty()) return out;
  for (const auto* p : winners) {
    if (!(p->to == winners.front()->to) && p->step != "hold")
      throw outcome_error{where_of(*p->run),
                          fmt::format("rules {} ({}) and {} ({}) propose different targets for the same step: {} vs {}",
                                      winners.front()->run->rule->id, where_of(*winners.front()->run), p->run->rule->id,
                                      where_of(*p->run), to_string(winners.front()->to), to_string(p->to))};
    out.reasons.push_back(reason_with_text(*p->run, card(*p->run), p->run->outcome));
  }
  if (winners.front()->step == "hold") return out;  // stay, held by the rules in reasons
  const bool skip_allowed = std::any_of(winners.begin(), winners.end(), [](const proposal* p) { return p->run->rule->allows_skip; });
  const auto verdict = cases::check_move(ladder, status, from, winners.front()->to, skip_allowed);
  out.step = winners.front()->step;
  out.to = winners.front()->to;
  out.accepted = verdict.legal && verdict.direction != "lateral";
  out.skip = verdict.skip;
  out.refusal = verdict.why;
  if (verdict.legal && verdict.direction == "lateral") out.step = "stay";
  return out;
}

std::vector<reason> near_misses(std::vector<pack::rule_run>& runs, const rule_cards& cards, bool take_checks) {
  std::vector<reason> out;
  // A rule a fired rule supersedes could not change the decision by firing.
  const auto superseded = superseded_ids(runs);
  for (auto& run : runs) {
    if (run.rule->kind != pack::module_kind::stepup || !run.outcome.is_null()) continue;
    if (superseded.count(run.rule->id)) continue;
    // Only the checks that failed say what would flip the decision.
    const auto failed = [](const pack::check_record& c) { return !c.result; };
    if (!std::any_of(run.checks.begin(), run.checks.end(), failed)) continue;
    if (!take_checks) {
      out.push_back(reason_with_checks(run, card_of(runs, cards, run), failed));
      continue;
    }
    reason r = reason_with_checks(run, card_of(runs, cards, run), [](const pack::check_record&) { return false; });
    for (auto& c : run.checks)
      if (!c.result)
        r.checks.push_back(check{std::move(c.label), std::move(c.value), c.op, std::move(c.threshold), c.parameter_name(), false});
    out.push_back(std::move(r));
  }
  return out;
}

void collect_lists(std::vector<pack::rule_run>& runs, const rule_cards& cards, decision& d) {
  std::map<std::string, eligibility_result> elig;
  std::map<std::string, referral_suggestion> refs;
  std::vector<alert> alerts;
  static const std::map<std::string, int> urgency_rank = {{"routine", 0}, {"soon", 1}, {"urgent", 2}};
  for (auto& run : runs) {
    if (run.outcome.is_null()) continue;
    json& o = run.outcome;
    const pack::module_kind module = run.rule->kind;
    if (module == pack::module_kind::eligibility) {
      only_fields(run, o, {"program", "eligible", "route", "reason", "plain"});
      const std::string program = text_field(run, o, "program", "");
      if (program.empty()) malformed(run, "'program' is missing");
      if (!o.contains("eligible") || !o["eligible"].is_boolean()) malformed(run, "'eligible' must be true or false");
      auto& e = elig[program];
      e.program = program;
      const bool yes = o["eligible"].get<bool>();
      if (yes && !e.eligible) e.reasons.clear();  // reasons for "no" no longer explain the outcome
      if (yes || !e.eligible) e.reasons.push_back(reason_with_text(run, card_of(runs, cards, run), o));
      if (yes) {
        e.eligible = true;
        const std::string route = text_field(run, o, "route", "");
        if (!route.empty() && std::find(e.routes.begin(), e.routes.end(), route) == e.routes.end())
          e.routes.push_back(route);
      }
    } else if (module == pack::module_kind::referral) {
      only_fields(run, o, {"target", "urgency", "warm_handoff", "reason", "plain"});
      const std::string target = text_field(run, o, "target", "");
      if (target.empty()) malformed(run, "'target' is missing");
      const std::string urgency = text_field(run, o, "urgency", "routine", {"routine", "soon", "urgent"});
      if (o.contains("warm_handoff") && !o["warm_handoff"].is_boolean()) malformed(run, "'warm_handoff' must be true or false");
      auto& r = refs[target];
      r.target = target;
      if (r.urgency.empty() || urgency_rank.at(urgency) > urgency_rank.at(r.urgency)) r.urgency = urgency;
      r.warm_handoff = r.warm_handoff || o.value("warm_handoff", false);
      r.reasons.push_back(reason_with_text(run, card_of(runs, cards, run), o));
    } else if (module == pack::module_kind::alerts) {
      only_fields(run, o, {"code", "due", "severity", "reason", "plain"});
      alert a;
      a.code = text_field(run, o, "code", "");
      if (a.code.empty()) malformed(run, "'code' is missing");
      a.due = text_field(run, o, "due", "");
      if (!a.due.empty() && !date::parse(a.due)) malformed(run, fmt::format("'due' '{}' is not a date (YYYY-MM-DD)", a.due));
      a.severity = text_field(run, o, "severity", "info", {"info", "warning", "urgent"});
      a.why = reason_with_text(run, card_of(runs, cards, run), o);
      alerts.push_back(std::move(a));
    }
  }
  for (auto& [_, e] : elig) d.eligibility.push_back(std::move(e));
  for (auto& [_, r] : refs) d.referrals.push_back(std::move(r));
  std::stable_sort(alerts.begin(), alerts.end(), [](const alert& a, const alert& b) { return a.code < b.code; });
  d.alerts = std::move(alerts);
}

}  // namespace hashigo::engine
