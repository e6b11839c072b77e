// A match as JSON: what `match --json`, `GET /v1/cases/{id}/match` and a scenario's m.match give.
#include <hashigo/engine/engine.hpp>

namespace hashigo::engine {

nlohmann::json to_json(const match_result& r) {
  nlohmann::json tasks = nlohmann::json::array();
  for (const auto& t : r.tasks) {
    nlohmann::json reasons = nlohmann::json::array();
    for (const auto& why : t.reasons) {
      nlohmann::json w = {{"criterion", why.criterion}, {"where", why.where}, {"reason", {{"ja", why.reason.ja}, {"en", why.reason.en}}},
                          {"plain", {{"ja", why.plain.ja}, {"en", why.plain.en}}}};
      if (why.exclude) w["exclude"] = true;
      if (why.points != 0) w["points"] = why.points;
      reasons.push_back(std::move(w));
    }
    tasks.push_back({{"employer", t.employer_id}, {"employer_name", t.employer_name}, {"task", t.task_id},
                     {"title", {{"ja", t.title.ja}, {"en", t.title.en}}}, {"hours_per_week", t.hours_per_week}, {"open", t.open},
                     {"fits", !t.excluded}, {"score", t.score}, {"reasons", std::move(reasons)}});
  }
  return {{"case", r.case_id}, {"as_of", r.as_of}, {"region", r.region}, {"pack_digest", r.pack_digest},
          {"criteria", r.criteria}, {"tasks", std::move(tasks)}};
}

}  // namespace hashigo::engine
