// A check as a person reads it, in the chosen language: its label and values by their names
// (the pack's, else the catalogue's), the threshold, and for time in place how much is missing.
#include <hashigo/engine/engine.hpp>
#include <hashigo/text/messages.hpp>

#include <fmt/format.h>

#include <cmath>

namespace hashigo::engine {

using nlohmann::json;

namespace {

// Ratios (thresholds between 0 and 1 exclusive, like 0.8) read better as percentages.
bool is_ratio(const check& c) {
  if (!c.threshold.is_number()) return false;
  const double t = c.threshold.get<double>();
  return t > 0 && t < 1 && (c.label.find("attendance") != std::string::npos || c.label.find("attainment") != std::string::npos ||
                            c.label.find("rate") != std::string::npos || c.label.find("ratio") != std::string::npos);
}

std::string show(const json& v, bool ratio, const std::string& lang, const namer& name, const std::string& label) {
  if (v.is_null()) return "?";
  if (v.is_boolean()) return text::msg(v.get<bool>() ? "value.true" : "value.false", lang);
  if (v.is_number_float()) {
    const double x = v.get<double>();
    if (ratio) return fmt::format("{:.0f}%", x * 100);
    if (std::floor(x) == x) return fmt::format("{:.0f}", x);
    return fmt::format("{:.2f}", x);
  }
  if (v.is_number() && ratio) return fmt::format("{:.0f}%", v.get<double>() * 100);
  if (v.is_string()) {
    const std::string code = v.get<std::string>();
    if (name) {
      std::string shown = name("value:" + label, code);  // the label says which kind of code it is
      if (!shown.empty()) return shown;
    }
    return code;
  }
  return v.dump();
}

// How many more months or days a time-in-place condition needs ("2 more months"); empty otherwise.
std::string shortfall(const check& c) {
  const bool timed = c.label.find("months_") == 0 || c.label.find("days_in") == 0;
  if (!timed || c.op != ">=" || !c.value.is_number() || !c.threshold.is_number()) return {};
  const double gap = c.threshold.get<double>() - c.value.get<double>();
  return gap > 0 ? fmt::format("{:.0f}", std::ceil(gap)) : std::string();
}

}  // namespace

std::string describe(const check& c, const std::string& lang, const namer& name) {
  const bool ratio = is_ratio(c);
  const std::string value = show(c.value, ratio, lang, name, c.label), threshold = show(c.threshold, ratio, lang, name, c.label);
  std::string label;
  if (name) label = name("field", c.label);
  if (label.empty()) label = text::label("field", c.label, lang).value_or(c.label);
  const std::string op_id = "op." + c.op;
  const std::string need = text::has(op_id) ? text::msg(op_id, lang, threshold) : fmt::format("{} {}", c.op, threshold);
  if (c.value.is_null()) return text::msg("describe.unknown", lang, label, need);
  if (const auto more = shortfall(c); !c.passed && !more.empty())
    return text::msg(c.label.find("month") != std::string::npos ? "describe.short_months" : "describe.short_days", lang, label,
                     value, need, more);
  return text::msg(c.passed ? "describe.passed" : "describe.failed", lang, label, value, need);
}

}  // namespace hashigo::engine
