#include "case/derive.hpp"

#include <algorithm>
#include <numeric>

namespace hashigo::cases {

std::optional<double> attendance_rate(const std::vector<attendance_record>& records, date as_of, int days) {
  const date window_start = as_of.add_days(1 - days);
  double scheduled = 0, attended = 0;
  for (const auto& r : records) {
    const date lo = std::max(r.period_start, window_start);
    const date hi = std::min(r.period_end, as_of);
    if (hi < lo) continue;
    const double share = static_cast<double>(days_between(lo, hi) + 1) /
                         static_cast<double>(days_between(r.period_start, r.period_end) + 1);
    scheduled += r.scheduled_hours * share;
    attended += r.attended_hours * share;
  }
  if (scheduled <= 0) return std::nullopt;
  return attended / scheduled;
}

namespace {

// Months from `from` to the day after `last`, a started month counting whole (05-01..07-31 → 3).
int months_started(date from, date last) {
  const date after = last.add_days(1);
  if (after <= from) return 0;
  int m = months_between(from, after);
  if (from.add_months(m) < after) ++m;
  return m;
}

}  // namespace

derived_facts derive(const case_state& s) {
  derived_facts d;
  const date today = s.as_of;
  if (s.header.person.birth_date) d.age = years_between(*s.header.person.birth_date, today);
  if (s.events_folded == 0) return d;
  d.months_open = months_between(s.opened_on, today);
  d.months_in_stage = months_between(s.stage_since, today);
  d.months_in_rung = months_between(s.position_since, today);

  d.attendance_14d = attendance_rate(s.attendance, today, 14);
  d.attendance_30d = attendance_rate(s.attendance, today, 30);
  d.attendance_90d = attendance_rate(s.attendance, today, 90);
  const date month_ago = today.add_days(-29);
  for (const auto& r : s.attendance)
    if (month_ago <= r.period_end) d.unannounced_absences_30d += r.unannounced_absences;

  auto lowest = [](const fdp_axes& f) { return std::min({f.interpersonal, f.mental, f.stress, f.thinking, f.environment}); };
  if (s.fdp) d.min_fdp_axis = lowest(*s.fdp);
  if (s.previous_fdp) d.previous_min_fdp_axis = lowest(*s.previous_fdp);
  for (const auto& p : s.programs) {
    const date end = p.end_on ? std::min(*p.end_on, today) : today;
    d.months_in_program[p.program] += std::max(0, months_between(p.start_on, end));
    // Granted: an active enrolment to its planned end (else to today), an ended one to its end.
    const date last = p.active ? p.planned_end_on.value_or(today) : *p.end_on;
    d.months_granted[p.program] += months_started(p.start_on, std::max(last, p.start_on));
  }
  for (const auto& p : s.placements) {
    if (!p.active) continue;
    d.hours_per_week += p.hours_per_week;
    if (p.wage_per_hour_yen)
      d.wage_per_hour_yen = std::max(d.wage_per_hour_yen.value_or(0.0), *p.wage_per_hour_yen);
  }
  if (s.last_contact_on) d.days_since_contact = static_cast<int>(days_between(*s.last_contact_on, today));
  if (s.last_review) {
    d.days_since_review = static_cast<int>(days_between(s.last_review->on, today));
    if (s.last_review->goals_total > 0)
      d.goal_attainment = static_cast<double>(s.last_review->goals_achieved) / s.last_review->goals_total;
  }
  if (s.last_appraisal && !s.last_appraisal->items.empty()) {
    const int sum = std::accumulate(s.last_appraisal->items.begin(), s.last_appraisal->items.end(), 0,
                                    [](int acc, const auto& kv) { return acc + kv.second; });
    d.appraisal_average = static_cast<double>(sum) / static_cast<double>(s.last_appraisal->items.size());
    d.days_since_appraisal = static_cast<int>(days_between(s.last_appraisal->on, today));
  }
  if (s.plan) d.days_to_plan_end = static_cast<int>(days_between(today, s.plan->end_on));
  for (const auto& c : s.contacts)
    if (c.successful && month_ago <= c.on && c.on <= today) ++d.contacts_30d[c.kind];
  for (const auto& j : s.job_search)
    if (month_ago <= j.period_end && j.period_end <= today) {
      d.job_search_30d.hw_consultations += j.hw_consultations;
      d.job_search_30d.applications += j.applications;
      d.job_search_30d.job_interviews += j.job_interviews;
      ++d.job_search_30d.records;
    }
  for (const auto& c : s.contacts) {
    auto& k = d.contacts_by_kind[c.kind];
    ++k.attempted;
    k.last_attempt_on = c.on;  // contacts are in fold (date) order
    if (c.successful) {
      ++k.successful;
      k.last_on = c.on;
    }
  }
  for (const auto& f : s.follow_ups) {
    ++d.follow_ups.attempts;
    if (!f.successful) continue;
    ++d.follow_ups.count;
    d.follow_ups.last_on = f.on;
    if (f.after_closure && s.status == process_status::closed && s.closed_on && *s.closed_on <= f.on)
      ++d.follow_ups.after_closure;
  }
  for (const auto& p : s.placements)
    if (p.contract == "employment" && (!d.hired_on || *d.hired_on < p.start_on)) d.hired_on = p.start_on;
  if (d.hired_on) d.days_since_hire = static_cast<int>(days_between(*d.hired_on, today));
  d.household_has_member_65_plus = d.age && *d.age >= 65;
  for (const auto& m : s.header.household.members)
    if (m.birth_date && years_between(*m.birth_date, today) >= 65) d.household_has_member_65_plus = true;
  return d;
}

}  // namespace hashigo::cases
