#include <hashigo/case/fold.hpp>
#include <hashigo/sim/journey.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace hashigo::sim {

std::vector<date> month_ends(date from, date to) {
  std::vector<date> days;
  for (date d = from.end_of_month(); d <= to; d = d.add_days(1).end_of_month()) days.push_back(d);
  if (days.empty() || days.back() != to) days.push_back(to);
  return days;
}

cases::event step_event(const engine::decision& d) {
  cases::stage_changed_event change;
  change.from = d.step.from;
  change.to = *d.step.to;
  change.direction = d.step.step;
  for (const auto& r : d.step.reasons) change.rule_id += (change.rule_id.empty() ? "" : ",") + r.rule_id;
  if (!d.step.reasons.empty()) change.reason = d.step.reasons.front().text;
  cases::event e;
  e.on = date::parse_or_throw(d.as_of, "as_of");
  e.body = change;
  e.origin = fmt::format("step on {}", d.as_of);
  return e;
}

cases::event step_event(const engine::lean_decision& d) {
  cases::stage_changed_event change;
  change.from = d.from;
  change.to = d.to;
  change.direction = std::string(d.step);
  for (const std::string* id : d.rules(d.step_rules)) change.rule_id += (change.rule_id.empty() ? "" : ",") + *id;
  change.reason = d.step_reason;
  cases::event e;
  e.on = d.as_of;
  e.body = change;
  e.origin = fmt::format("step on {}", d.as_of.to_string());
  return e;
}

namespace {
cases::event after(cases::event change, const std::vector<cases::event>& events) {
  for (const auto& e : events) change.seq = std::max(change.seq, e.seq + 1);
  return change;
}
}  // namespace

cases::event next_step_event(const engine::decision& d, const std::vector<cases::event>& events) {
  return after(step_event(d), events);
}

cases::event next_step_event(const engine::lean_decision& d, const std::vector<cases::event>& events) {
  return after(step_event(d), events);
}

std::vector<journey_step> run(engine::engine& eng, const cases::case_header& header, std::vector<cases::event>& events,
                              const std::string& region, const std::vector<date>& days, bool commit,
                              const engine::evaluate_options& opts, const commit_hook& on_commit,
                              const step_hook& on_step) {
  std::vector<journey_step> out;
  for (const date day : days) {
    journey_step step;
    step.state = cases::fold(header, events, day);
    step.decision = eng.evaluate(step.state, region, opts);
    if (commit && step.decision.ok() && step.decision.step.accepted) {
      auto change = next_step_event(step.decision, events);
      if (on_commit) on_commit(step.decision, change);
      events.push_back(change);
      cases::sort_events(events);
      step.committed = true;
    }
    const bool failed = !step.decision.ok();
    if (on_step) on_step(step);
    out.push_back(std::move(step));
    if (failed) break;
  }
  return out;
}

}  // namespace hashigo::sim
