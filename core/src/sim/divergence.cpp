// Two decisions are the same when what they decide is the same: the step (whether the core
// accepted it, and the rules that decided it), who is eligible, the referrals and the alerts. Digests, reason texts and
// checks are not compared: they differ between packs and between branches without deciding
// anything different; they explain a difference once one is found.
#include <hashigo/sim/divergence.hpp>

#include <algorithm>
#include <map>
#include <tuple>

namespace hashigo::sim {

using nlohmann::json;

namespace {

json step_of(const engine::decision& d) {
  // the rules behind it count: a step held by a rule (a proposed step down) is not a plain stay
  json rules = json::array();
  for (const auto& r : d.step.reasons) rules.push_back(r.rule_id);
  json j{{"step", d.step.step}, {"accepted", d.step.accepted}, {"rules", rules}};
  if (d.step.to) j["to"] = json{{"stage", std::string(cases::to_string(d.step.to->at))}, {"rung", d.step.to->rung}};
  return j;
}
json eligibility_of(const engine::decision& d) {
  json j = json::array();
  for (const auto& e : d.eligibility) j.push_back({e.program, e.eligible});
  return j;
}
json referrals_of(const engine::decision& d) {
  json j = json::array();
  for (const auto& r : d.referrals) j.push_back({r.target, r.urgency, r.warm_handoff});
  return j;
}
json alerts_of(const engine::decision& d) {
  json j = json::array();
  for (const auto& a : d.alerts) j.push_back({a.code, a.severity});
  return j;
}

std::vector<std::string> differing_parts(const engine::decision& a, const engine::decision& b) {
  std::vector<std::string> parts;
  if (a.ok() != b.ok()) parts.push_back("error");
  if (!a.ok() || !b.ok()) return parts;
  if (a.process_status != b.process_status) parts.push_back("status");
  if (step_of(a) != step_of(b)) parts.push_back("step");
  if (eligibility_of(a) != eligibility_of(b)) parts.push_back("eligibility");
  if (referrals_of(a) != referrals_of(b)) parts.push_back("referrals");
  if (alerts_of(a) != alerts_of(b)) parts.push_back("alerts");
  return parts;
}

// The rules behind an outcome that differs: both sides' reasons for a step, or for a programme,
// referral target or alert code whose outcome is not the same on both sides. A rule can decide
// differently without its firing differing (a pack's own threshold turns "not eligible" into
// "eligible"), so these are named even when they fired alike.
using behind_map = std::map<std::string, std::pair<cases::localized, cases::localized>>;  // rule → what it said on A, on B

behind_map rules_behind(const engine::decision& a, const engine::decision& b, const std::vector<std::string>& parts) {
  behind_map out;
  auto has = [&parts](const char* part) { return std::find(parts.begin(), parts.end(), part) != parts.end(); };
  const engine::decision* side = nullptr;
  auto said = [&](const engine::reason& r) {
    auto& texts = out[r.rule_id];
    (side == &a ? texts.first : texts.second) = r.text;
  };
  auto add = [&](const std::vector<engine::reason>& rs) {
    for (const auto& r : rs) said(r);
  };
  if (has("step"))
    for (const auto* d : {&a, &b}) {
      side = d;
      add(d->step.reasons);
    }
  if (has("eligibility"))
    for (const auto* d : {&a, &b})
      for (const auto& e : (side = d)->eligibility) {
        const auto& other = d == &a ? b.eligibility : a.eligibility;
        const auto same = std::find_if(other.begin(), other.end(), [&](const auto& x) { return x.program == e.program && x.eligible == e.eligible; });
        if (same == other.end()) add(e.reasons);
      }
  if (has("referrals"))
    for (const auto* d : {&a, &b})
      for (const auto& r : (side = d)->referrals) {
        const auto& other = d == &a ? b.referrals : a.referrals;
        const auto same = std::find_if(other.begin(), other.end(), [&](const auto& x) {
          return x.target == r.target && x.urgency == r.urgency && x.warm_handoff == r.warm_handoff;
        });
        if (same == other.end()) add(r.reasons);
      }
  if (has("alerts"))
    for (const auto* d : {&a, &b})
      for (const auto& al : (side = d)->alerts) {
        const auto& other = d == &a ? b.alerts : a.alerts;
        const auto same = std::find_if(other.begin(), other.end(), [&](const auto& x) { return x.code == al.code && x.severity == al.severity; });
        if (same == other.end()) said(al.why);
      }
  return out;
}

// The rules whose firing differs and the rules behind the differing outcomes, with the checks
// that differ; when there are none (the core refused a move on one side only, say), the rules
// whose checks differ.
std::vector<rule_difference> differing_rules(const engine::decision& a, const engine::decision& b, const behind_map& behind) {
  std::map<std::string, const engine::trace_entry*> in_b;
  for (const auto& t : b.trace) in_b[t.rule_id] = &t;
  std::vector<rule_difference> fired, checked;
  for (const auto& ta : a.trace) {
    const auto it = in_b.find(ta.rule_id);
    if (it == in_b.end()) {  // a rule only A's pack has matters when it fired or decided
      if (ta.fired || behind.count(ta.rule_id)) fired.push_back({ta.rule_id, ta.fired, false, {}, {}, {}});
      continue;
    }
    const auto& tb = *it->second;
    rule_difference r{ta.rule_id, ta.fired, tb.fired, {}, {}, {}};
    // a rule may check one label twice (age >= 15, age <= 39): the comparison is part of the key
    auto key = [](const engine::check& c) { return c.label + ' ' + c.op; };
    std::map<std::string, const engine::check*> checks_b;
    for (const auto& c : tb.checks) checks_b.emplace(key(c), &c);
    for (const auto& ca : ta.checks) {
      const auto cb = checks_b.find(key(ca));
      if (cb == checks_b.end()) {
        r.checks.push_back({ca.label, ca, {}});
      } else if (ca.passed != cb->second->passed || ca.value != cb->second->value || ca.threshold != cb->second->threshold) {
        r.checks.push_back({ca.label, ca, *cb->second});
      }
      if (cb != checks_b.end()) checks_b.erase(cb);
    }
    for (const auto& [k, cb] : checks_b) r.checks.push_back({cb->label, {}, *cb});
    if (ta.fired != tb.fired || behind.count(ta.rule_id)) {
      fired.push_back(std::move(r));
    } else if (!r.checks.empty()) {
      checked.push_back(std::move(r));
    }
    in_b.erase(it);
  }
  for (const auto& [id, tb] : in_b)
    if (tb->fired || behind.count(id)) fired.push_back({id, false, tb->fired, {}, {}, {}});
  for (auto& r : fired)
    if (const auto it = behind.find(r.rule_id); it != behind.end()) std::tie(r.said_a, r.said_b) = it->second;
  return fired.empty() ? checked : fired;
}

}  // namespace

std::optional<divergence> first_divergence(const std::vector<const engine::decision*>& a, const std::vector<const engine::decision*>& b) {
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    auto parts = differing_parts(*a[i], *b[i]);
    if (parts.empty()) continue;
    auto rules = differing_rules(*a[i], *b[i], rules_behind(*a[i], *b[i], parts));
    return divergence{i, a[i]->as_of, std::move(parts), std::move(rules)};
  }
  return std::nullopt;
}

}  // namespace hashigo::sim
