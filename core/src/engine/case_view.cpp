#include <hashigo/engine/engine.hpp>
#include <hashigo/format/case_json.hpp>

namespace hashigo::engine {

using nlohmann::json;

namespace {
template <class T>
json opt(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}
json opt_date(const std::optional<date>& d) { return d ? json(d->to_string()) : json(nullptr); }
}  // namespace

// The case as rules see it: flat, named for policy authors, every derived number computed here
// so every pack sees the same figures. Absent facts are nil in Lua (null here).
json engine::case_view(const cases::case_state& s) {
  const auto& d = s.derived;
  const auto& h = s.header.household;
  json view = {
      {"id", s.header.id},
      {"as_of", s.as_of.to_string()},
      {"status", std::string(to_string(s.status))},
      {"stage", std::string(to_string(s.position.at))},
      {"rung", s.position.rung.empty() ? json(nullptr) : json(s.position.rung)},
      {"opened_on", s.opened_on.to_string()},
      {"episode", s.episode},
      {"age", opt(d.age)},
      {"months_open", d.months_open},
      {"months_in_stage", d.months_in_stage},
      {"months_in_rung", d.months_in_rung},
      {"attendance_14d", opt(d.attendance_14d)},
      {"attendance_30d", opt(d.attendance_30d)},
      {"attendance_90d", opt(d.attendance_90d)},
      {"unannounced_absences_30d", d.unannounced_absences_30d},
      {"min_fdp_axis", opt(d.min_fdp_axis)},
      {"previous_min_fdp_axis", opt(d.previous_min_fdp_axis)},
      {"hours_per_week", d.hours_per_week},
      {"wage_per_hour_yen", opt(d.wage_per_hour_yen)},
      {"days_since_contact", opt(d.days_since_contact)},
      {"failed_contacts", s.failed_contacts_since_last},
      {"days_since_review", opt(d.days_since_review)},
      {"goal_attainment", opt(d.goal_attainment)},
      {"appraisal_average", opt(d.appraisal_average)},
      {"days_since_appraisal", opt(d.days_since_appraisal)},
      {"days_to_plan_end", opt(d.days_to_plan_end)},
      {"consent", s.consent_info_sharing},
      {"screening", s.screening},
      {"intake_source", s.intake_source},
      {"concerns", s.concerns},
      {"closure_reason", s.closure_reason.empty() ? json(nullptr) : json(s.closure_reason)},
  };
  if (s.fdp)
    view["fdp"] = {{"interpersonal", s.fdp->interpersonal}, {"mental", s.fdp->mental}, {"stress", s.fdp->stress},
                   {"thinking", s.fdp->thinking}, {"environment", s.fdp->environment}};
  view["person"] = {{"gender", s.header.person.gender}, {"disability_cert", s.header.person.disability_cert}};
  json household = {{"size", h.size},
                    {"kind", h.kind},
                    {"housing", h.housing},
                    {"rent_yen", h.rent_yen},
                    {"on_public_assistance", h.on_public_assistance},
                    {"has_member_65_plus", d.household_has_member_65_plus}};
  if (s.finance) {
    const auto& f = s.finance->values;
    household["income_yen"] = f.income_yen;
    household["financial_assets_yen"] = f.financial_assets_yen;
    household["debt_total_yen"] = f.debt_total_yen;
    household["arrears_months"] = f.arrears_months;
    if (f.expenses_yen) household["expenses_yen"] = *f.expenses_yen;
    household["finance_as_of"] = s.finance->on.to_string();
  }
  view["household"] = std::move(household);
  if (s.plan)
    view["plan"] = {{"start_on", s.plan->start_on.to_string()},
                    {"end_on", s.plan->end_on.to_string()},
                    {"approved", s.plan->approved_on.has_value()},
                    {"goals", static_cast<int>(s.plan->goals.size())}};
  json programs = json::object();
  for (const auto& p : s.programs) {
    json& entry = programs[p.program];
    entry["active"] = (entry.is_object() && entry["active"].get<bool>()) || p.active;
    entry["months"] = d.months_in_program.count(p.program) ? d.months_in_program.at(p.program) : 0;
    if (p.active) {
      entry["start_on"] = p.start_on.to_string();
      entry["planned_end_on"] = opt_date(p.planned_end_on);
    }
  }
  view["programs"] = std::move(programs);
  json placements = json::array();
  json active = nullptr;
  for (const auto& p : s.placements) {
    json pj = {{"id", p.id},
               {"kind", p.kind},
               {"contract", p.contract},
               {"employer", p.employer},
               {"hours_per_week", p.hours_per_week},
               {"wage_per_hour_yen", opt(p.wage_per_hour_yen)},
               {"stipend_per_shift_yen", opt(p.stipend_per_shift_yen)},
               {"start_on", p.start_on.to_string()},
               {"end_on", opt_date(p.end_on)},
               {"active", p.active}};
    if (p.active) active = pj;  // the most recently started active placement
    placements.push_back(std::move(pj));
  }
  view["placements"] = std::move(placements);
  view["placement"] = std::move(active);
  json referrals = json::array();
  for (const auto& r : s.referrals)
    referrals.push_back({{"id", r.id}, {"target", r.target}, {"status", r.status},
                         {"made_on", r.made_on.to_string()}, {"warm_handoff", r.warm_handoff}});
  view["referrals"] = std::move(referrals);
  return view;
}

}  // namespace hashigo::engine
