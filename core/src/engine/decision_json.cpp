#include <hashigo/engine/decision.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/format/case_json.hpp>

#include <fmt/format.h>

#include <cmath>

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

}  // namespace

json to_json(const decision& d) {
  json step = {{"step", d.step.step},
               {"from", format::to_json(d.step.from)},
               {"to", d.step.to ? format::to_json(*d.step.to) : json(nullptr)},
               {"accepted", d.step.accepted},
               {"skip", d.step.skip},
               {"reasons", reasons(d.step.reasons)},
               {"overruled", reasons(d.step.overruled)},
               {"would_flip", reasons(d.step.would_flip)}};
  if (!d.step.refusal.en.empty()) step["refusal"] = loc(d.step.refusal);
  json elig = json::array();
  for (const auto& e : d.eligibility)
    elig.push_back({{"program", e.program}, {"eligible", e.eligible}, {"routes", e.routes}, {"reasons", reasons(e.reasons)}});
  json refs = json::array();
  for (const auto& r : d.referrals)
    refs.push_back({{"target", r.target}, {"urgency", r.urgency}, {"warm_handoff", r.warm_handoff}, {"reasons", reasons(r.reasons)}});
  json alerts = json::array();
  for (const auto& a : d.alerts)
    alerts.push_back({{"code", a.code}, {"due", a.due.empty() ? json(nullptr) : json(a.due)}, {"severity", a.severity},
                      {"reason", to_json(a.why)}});
  json j = {{"format", "hashigo.decision/1"},
            {"status", d.status},
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
  if (!d.trace.empty()) {
    json trace = json::array();
    for (const auto& t : d.trace) {
      json checks = json::array();
      for (const auto& c : t.checks) checks.push_back(to_json(c));
      json entry = {{"rule", t.rule_id}, {"module", t.module}, {"where", t.where}, {"fired", t.fired}, {"checks", std::move(checks)}};
      if (!t.superseded_by.empty()) entry["superseded_by"] = t.superseded_by;
      trace.push_back(std::move(entry));
    }
    j["trace"] = std::move(trace);
  }
  if (d.error)
    j["error"] = {{"code", d.error->code}, {"where", d.error->where}, {"message", d.error->message},
                  {"traceback", d.error->traceback}};
  return j;
}

namespace {

// Ratios (thresholds between 0 and 1 exclusive, like 0.8) read better as percentages.
bool is_ratio(const check& c) {
  if (!c.threshold.is_number()) return false;
  const double t = c.threshold.get<double>();
  return t > 0 && t < 1 && (c.label.find("attendance") != std::string::npos || c.label.find("attainment") != std::string::npos ||
                            c.label.find("rate") != std::string::npos || c.label.find("ratio") != std::string::npos);
}

std::string show(const json& v, bool ratio) {
  if (v.is_null()) return "?";
  if (v.is_number_float()) {
    const double x = v.get<double>();
    if (ratio) return fmt::format("{:.0f}%", x * 100);
    if (std::floor(x) == x) return fmt::format("{:.0f}", x);
    return fmt::format("{:.2f}", x);
  }
  if (v.is_number() && ratio) return fmt::format("{:.0f}%", v.get<double>() * 100);
  return v.is_string() ? v.get<std::string>() : v.dump();
}

// How many more months or days a time-in-place condition needs ("2 more months"); empty otherwise.
std::string shortfall(const check& c) {
  const bool timed = c.label.find("months_") == 0 || c.label.find("days_in") == 0;
  if (!timed || c.op != ">=" || !c.value.is_number() || !c.threshold.is_number()) return {};
  const double gap = c.threshold.get<double>() - c.value.get<double>();
  return gap > 0 ? fmt::format("{:.0f}", std::ceil(gap)) : std::string();
}

}  // namespace

std::string describe(const check& c, const std::string& lang) {
  const bool ratio = is_ratio(c);
  const std::string value = show(c.value, ratio), threshold = show(c.threshold, ratio);
  if (lang == "ja") {
    static const std::map<std::string, std::string> ja_ops = {
        {">=", "以上"}, {"<=", "以下"}, {">", "超"}, {"<", "未満"}, {"==", "と一致"}};
    const std::string need = threshold + ja_ops.at(c.op);
    if (c.value.is_null()) return fmt::format("{} 不明（基準: {}）", c.label, need);
    if (const auto more = shortfall(c); !c.passed && !more.empty())
      return fmt::format("{} {} — 必要: {}（あと{}{}）", c.label, value, need, more, c.label.find("month") != std::string::npos ? "か月" : "日");
    return c.passed ? fmt::format("{} {}（基準: {}）", c.label, value, need)
                    : fmt::format("{} {} — 必要: {}", c.label, value, need);
  }
  const std::string need = fmt::format("{} {}", c.op, threshold);
  if (c.value.is_null()) return fmt::format("{} unknown (needs {})", c.label, need);
  if (const auto more = shortfall(c); !c.passed && !more.empty())
    return fmt::format("{} {} — needs {} ({} more {})", c.label, value, need, more, c.label.find("month") != std::string::npos ? "month(s)" : "day(s)");
  return c.passed ? fmt::format("{} {} ({})", c.label, value, need) : fmt::format("{} {} — needs {}", c.label, value, need);
}

}  // namespace hashigo::engine
