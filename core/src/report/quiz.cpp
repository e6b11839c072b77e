#include <hashigo/report/quiz.hpp>
#include <hashigo/text/messages.hpp>

namespace hashigo::report {

cases::localized localized_of(const nlohmann::json& text) {
  if (!text.is_object()) return {};
  return {text.value("ja", ""), text.value("en", "")};
}

std::string decided_step(const sim::scenario_month& m) {
  const auto& s = m.decision.step;
  return s.accepted && m.committed && s.step != "stay" ? s.step : "stay";
}

namespace {

cases::localized catalogue(const std::string& id, int month) { return {text::msg(id, "ja", month), text::msg(id, "en", month)}; }

quiz_question decision_question(const sim::scenario_month& m, cases::localized prompt, cases::localized why) {
  quiz_question q{m.month, "decision", "", std::move(prompt), {}, decided_step(m), std::move(why)};
  for (const char* key : {"up", "stay", "down"}) q.options.emplace_back(key, catalogue(std::string("report.quiz.") + key, m.month));
  return q;
}

}  // namespace

std::vector<quiz_question> quiz_of(const sim::scenario_run& run) {
  std::vector<quiz_question> out;
  for (const auto& m : run.months) {
    for (const auto& c : m.choices) {
      quiz_question q{m.month, "choice", c.id, localized_of(c.prompt), {}, c.answer, localized_of(c.why)};
      for (const auto& [key, text] : c.options) q.options.emplace_back(key, localized_of(text));
      out.push_back(std::move(q));
    }
    if (!m.decision.ok()) continue;  // a failed rule decides nothing to ask about
    for (const auto& mark : m.questions) out.push_back(decision_question(m, localized_of(mark.prompt), localized_of(mark.why)));
    // Unmarked, the months the case moved are the questions worth asking.
    if (m.questions.empty() && decided_step(m) != "stay") out.push_back(decision_question(m, catalogue("report.quiz.next", m.month), {}));
  }
  return out;
}

}  // namespace hashigo::report
