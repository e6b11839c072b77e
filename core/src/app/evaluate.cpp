#include <hashigo/app/evaluate.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>
#include <hashigo/sim/journey.hpp>

#include <algorithm>
#include <variant>

namespace hashigo::app {

std::string_view to_string(position_source s) noexcept {
  return s == position_source::replayed ? "replayed" : "recorded";
}

evaluation evaluate_case(engine::engine& eng, format::case_file& file, const evaluate_request& req) {
  auto& events = file.events;
  cases::sort_events(events);
  // No rule can decide on a day before the case exists: say so, with the day it opened.
  if (!events.empty() && req.as_of < events.front().on)
    throw input_error("as_of", message("error.before_opening", req.as_of.to_string(), file.header.id,
                                       events.front().on.to_string()));
  evaluation out;
  out.recorded_steps = static_cast<int>(std::count_if(events.begin(), events.end(), [](const cases::event& e) {
    return std::holds_alternative<cases::stage_changed_event>(e.body);
  }));
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

}  // namespace hashigo::app
