#include "engine/task_view.hpp"

#include <hashigo/engine/engine.hpp>

namespace hashigo::engine::detail {

using nlohmann::json;

json task_view(const cases::employer_record& employer, const cases::carved_task& task, int filled) {
  json e = {{"id", employer.id}, {"name", employer.name}, {"kunren_certified", employer.kunren_certified}};
  if (!employer.industry.empty()) e["industry"] = employer.industry;
  if (!employer.legal_form.empty()) e["legal_form"] = employer.legal_form;
  if (!employer.municipality.empty()) e["municipality"] = employer.municipality;
  json rows = json::array();
  int qualified_minutes = 0;
  for (const auto& row : task.breakdown) {
    json r = {{"work", row.work}, {"qualified_only", row.qualified_only}};
    if (!row.time.empty()) r["time"] = row.time;
    if (!row.content.empty()) r["content"] = row.content;
    if (row.minutes) r["minutes"] = *row.minutes;
    if (row.qualified_only) qualified_minutes += row.minutes.value_or(0);
    rows.push_back(std::move(r));
  }
  json t = {{"id", task.id},
            {"title", {{"ja", task.title_ja}, {"en", task.title_en}}},
            {"employer", std::move(e)},
            {"breakdown", std::move(rows)},
            {"qualified_only_minutes", qualified_minutes},
            {"days_per_week", task.days_per_week},
            {"hours_per_day", task.hours_per_day},
            {"hours_per_week", task.hours_per_week()},
            {"wage_forms", task.wage_forms},
            {"fields", task.fields},
            {"skills", task.skills},
            {"supports", task.supports},
            {"conditions", task.conditions},
            {"openings", task.openings},
            {"open", task.openings > filled ? task.openings - filled : 0}};
  if (!task.job.empty()) t["job"] = task.job;
  if (!task.place.empty()) t["place"] = task.place;
  if (!task.qualification.empty()) t["qualification"] = task.qualification;
  return t;
}

}  // namespace hashigo::engine::detail

namespace hashigo::engine {

std::vector<task_offer> offers_on(const std::vector<cases::employer_record>& versions, date day,
                                  const std::map<std::pair<std::string, std::string>, int>& filled) {
  std::vector<task_offer> offers;
  for (std::size_t i = 0; i < versions.size(); ++i) {
    if (i > 0 && versions[i].id == versions[i - 1].id) continue;  // each employer once
    const auto* in_force = cases::employer_in_force(versions, versions[i].id, day);
    if (!in_force) continue;
    for (const auto& t : in_force->tasks) {
      if (!t.offered(day, in_force->since)) continue;
      const auto taken = filled.find({in_force->id, t.id});
      offers.push_back(task_offer{in_force, &t, taken == filled.end() ? 0 : taken->second});
    }
  }
  return offers;
}

}  // namespace hashigo::engine
