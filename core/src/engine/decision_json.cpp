#include <hashigo/engine/decision.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/format/case_json.hpp>

#include <fmt/format.h>


namespace hashigo::engine {

using nlohmann::json;

namespace {

json loc(const cases::localized& l) { return {{"ja", l.ja}, {"en", l.en}}; }

json to_json(const check& c) {
  json j = {{"label", c.label}, {"value", c.value}, {"op", c.op}, {"threshold", c.threshold}, {"passed", c.passed}};
  if (!c.parameter.empty()) j["parameter"] = c.parameter;
  return j;
}

json to_json(const reason& r) {
  json checks = json::array();
  for (const auto& c : r.checks) checks.push_back(to_json(c));
  json refs = json::array();
  for (const auto& c : r.references()) {
    json ref = {{"id", c.id}, {"title", loc(c.title)}};
    if (!c.section.empty()) ref["section"] = c.section;
    if (!c.url.empty()) ref["url"] = c.url;
    refs.push_back(std::move(ref));
  }
  json j = {{"rule", r.rule_id}, {"title", loc(r.title())}, {"text", loc(r.text)}, {"plain", loc(r.plain)},
            {"references", std::move(refs)}, {"where", r.where()}, {"checks", std::move(checks)}};
  if (!r.superseded_by.empty()) j["superseded_by"] = r.superseded_by;
  if (!r.defaults_used.empty()) {
    json used = json::array();
    for (const auto& d : r.defaults_used) {
      json u = {{"parameter", d.parameter}, {"value", d.value}, {"unit", d.unit}};
      if (!d.note.en.empty() || !d.note.ja.empty()) u["note"] = loc(d.note);
      used.push_back(std::move(u));
    }
    j["defaults_used"] = std::move(used);
  }
  return j;
}

json reasons(const std::vector<reason>& rs) {
  json out = json::array();
  for (const auto& r : rs) out.push_back(to_json(r));
  return out;
}

// The rule ids of reasons: what lean output keeps of them.
json rule_ids(const std::vector<reason>& rs) {
  json out = json::array();
  for (const auto& r : rs) out.push_back(r.rule_id);
  return out;
}

}  // namespace

json to_json(const decision& d, json_detail detail) {
  const bool lean = detail == json_detail::lean;
  // Full output explains each reason; lean output names the rules behind each outcome.
  const char* why = lean ? "rules" : "reasons";
  auto why_of = [lean](const std::vector<reason>& rs) { return lean ? rule_ids(rs) : reasons(rs); };
  json step = {{"step", d.step.step},
               {"from", format::to_json(d.step.from)},
               {"to", d.step.to ? format::to_json(*d.step.to) : json(nullptr)},
               {"accepted", d.step.accepted},
               {"skip", d.step.skip},
               {why, why_of(d.step.reasons)}};
  if (!lean) {
    step["overruled"] = reasons(d.step.overruled);
    step["would_flip"] = reasons(d.step.would_flip);
  }
  if (!d.step.refusal.en.empty()) step["refusal"] = loc(d.step.refusal);
  json elig = json::array();
  for (const auto& e : d.eligibility)
    elig.push_back({{"program", e.program}, {"eligible", e.eligible}, {"routes", e.routes}, {why, why_of(e.reasons)}});
  json refs = json::array();
  for (const auto& r : d.referrals)
    refs.push_back({{"target", r.target}, {"urgency", r.urgency}, {"warm_handoff", r.warm_handoff}, {why, why_of(r.reasons)}});
  json alerts = json::array();
  for (const auto& a : d.alerts) {
    json alert = {{"code", a.code}, {"due", a.due.empty() ? json(nullptr) : json(a.due)}, {"severity", a.severity}};
    if (!a.meeting.empty()) alert["meeting"] = a.meeting;
    if (lean)
      alert["rule"] = a.why.rule_id;
    else
      alert["reason"] = to_json(a.why);
    alerts.push_back(std::move(alert));
  }
  json j = {{"format", "hashigo.decision/1"},
            {"status", d.status()},
            {"case", d.case_id},
            {"as_of", d.as_of},
            {"region", d.region},
            {"pack", {{"version", d.pack_version}, {"digest", d.pack_digest}}},
            {"inputs_digest", d.inputs_digest},
            {"process_status", d.process_status},
            {"step", std::move(step)},
            {"eligibility", std::move(elig)},
            {"referrals", std::move(refs)},
            {"alerts", std::move(alerts)}};
  if (lean) j["detail"] = "lean";
  if (!d.trace.empty()) {
    json trace = json::array();
    for (const auto& t : d.trace) {
      json checks = json::array();
      for (const auto& c : t.checks) checks.push_back(to_json(c));
      json entry = {{"rule", t.rule_id}, {"module", t.module}, {"where", t.where}, {"fired", t.fired}, {"checks", std::move(checks)}};
      if (!t.superseded_by.empty()) entry["superseded_by"] = t.superseded_by;
      if (t.skipped) entry["skipped"] = true;
      if (t.outside_scope) entry["outside_scope"] = true;
      trace.push_back(std::move(entry));
    }
    j["trace"] = std::move(trace);
  }
  if (d.error)
    j["error"] = {{"code", d.error->code}, {"where", d.error->where}, {"message", d.error->message},
                  {"traceback", d.error->traceback}};
  return j;
}

}  // namespace hashigo::engine
