#include <hashigo/app/evaluate.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>
#include <hashigo/sim/journey.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <variant>

namespace hashigo::app {

std::string_view to_string(position_source s) noexcept {
  return s == position_source::replayed ? "replayed" : "recorded";
}

namespace {

// What both paths do first: the events sorted, a day before the case opened refused; returns the
// steps the file records.
int prepare(format::case_file& file, const evaluate_request& req) {
  auto& events = file.events;
  cases::sort_events(events);
  // No rule can decide on a day before the case exists: say so, with the day it opened.
  if (!events.empty() && req.as_of < events.front().on)
    throw input_error("as_of", message("error.before_opening", req.as_of.to_string(), file.header.id,
                                       events.front().on.to_string()));
  return static_cast<int>(std::count_if(events.begin(), events.end(), [](const cases::event& e) {
    return std::holds_alternative<cases::stage_changed_event>(e.body);
  }));
}

// The `position` member's JSON text.
std::string position_json(position_source source, int recorded, int replayed) {
  return fmt::format(R"({{"recorded_steps":{},"replayed_steps":{},"source":"{}"}})", recorded, replayed, to_string(source));
}

}  // namespace

evaluation evaluate_case(engine::engine& eng, format::case_file& file, const evaluate_request& req) {
  auto& events = file.events;
  evaluation out;
  out.recorded_steps = prepare(file, req);
  const std::string& region = req.region.empty() ? file.header.region : req.region;
  if (!req.replay || events.empty()) {
    out.decision = eng.evaluate(cases::fold(file.header, events, req.as_of), region, req.options);
    return out;
  }
  // As `eval --monthly` on a case file: every month end from intake, accepted steps carried
  // forward in memory; the decision on as_of is the last of the run. Only that one is explained.
  out.position = position_source::replayed;
  const auto days = sim::month_ends(events.front().on, req.as_of);
  engine::evaluate_options quiet = req.options;
  quiet.explain = false;
  for (std::size_t i = 0; i < days.size(); ++i) {
    const bool last = i + 1 == days.size();
    auto state = cases::fold(file.header, events, days[i]);
    auto d = eng.evaluate(state, region, last ? req.options : quiet);
    if (!d.ok() || last) {
      out.decision = std::move(d);  // a rule that fails on the way is the answer: no position past it
      break;
    }
    if (d.step.accepted) {
      events.push_back(sim::next_step_event(d, events));
      cases::sort_events(events);
      ++out.replayed_steps;
    }
  }
  return out;
}

void evaluate_case_lean(engine::engine& eng, format::case_file& file, const evaluate_request& req, lean_evaluation& out) {
  auto& events = file.events;
  out.recorded_steps = prepare(file, req);
  out.replayed_steps = 0;
  out.position = position_source::recorded;
  const std::string& region = req.region.empty() ? file.header.region : req.region;
  if (!req.replay || events.empty()) {
    out.state = cases::fold(file.header, events, req.as_of);
    eng.evaluate_lean(out.state, region, out.decision);
    return;
  }
  out.position = position_source::replayed;
  const auto days = sim::month_ends(events.front().on, req.as_of);
  for (std::size_t i = 0; i < days.size(); ++i) {
    const bool last = i + 1 == days.size();
    out.state = cases::fold(file.header, events, days[i]);
    eng.evaluate_lean(out.state, region, out.decision, last);  // only the answer shows its digest
    if (!out.decision.ok() || last) {
      // A failure on the way is the answer: no position past it.
      if (!out.decision.has_digest) engine::add_inputs_digest(out.state, out.decision);
      return;
    }
    if (out.decision.accepted) {
      events.push_back(sim::next_step_event(out.decision, events));
      cases::sort_events(events);
      ++out.replayed_steps;
    }
  }
}

void write_json(const lean_evaluation& e, std::string& out, std::span<const engine::json_member> extra) {
  const std::string position = position_json(e.position, e.recorded_steps, e.replayed_steps);
  std::vector<engine::json_member> members(extra.begin(), extra.end());
  members.push_back({"position", position});
  std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
  engine::write_json(e.decision, out, members);
}

nlohmann::json to_json(const evaluation& e, engine::json_detail detail) {
  auto j = engine::to_json(e.decision, detail);
  j["position"] = {{"source", to_string(e.position)},
                   {"recorded_steps", e.recorded_steps},
                   {"replayed_steps", e.replayed_steps}};
  return j;
}

bool intake_position_only(const evaluation& e) noexcept {
  return e.position == position_source::recorded && e.recorded_steps == 0;
}

bool intake_position_only(const lean_evaluation& e) noexcept {
  return e.position == position_source::recorded && e.recorded_steps == 0;
}

}  // namespace hashigo::app
