#pragma once
// Small builders for case events and headers, shared by the case and format unit tests.
// Each builder sets only the fields a test cares about; everything else keeps its default.
#include <hashigo/case/event.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/case/state.hpp>
#include <hashigo/date.hpp>
#include <hashigo/error.hpp>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fixtures {

using namespace hashigo;
using namespace hashigo::cases;

inline date d(const char* text) { return date::parse_or_throw(text, "test date"); }

inline position at(stage s, std::string rung = {}) { return position{s, std::move(rung)}; }

inline fdp_axes fdp(int interpersonal, int mental, int stress, int thinking, int environment) {
  return fdp_axes{interpersonal, mental, stress, thinking, environment};
}

inline event_body intake(position start = at(stage::life), std::string screening = "continue",
                         std::string source = "self") {
  intake_event x;
  x.channel = "visit";
  x.source = std::move(source);
  x.screening = std::move(screening);
  x.start = std::move(start);
  return x;
}
inline event_body consent(bool info_sharing = true) {
  consent_event x;
  x.info_sharing = info_sharing;
  return x;
}
inline event_body assessment(std::optional<fdp_axes> axes = std::nullopt, std::string kind = "initial") {
  assessment_event x;
  x.kind = std::move(kind);
  x.fdp = axes;
  return x;
}
inline event_body finance(std::int64_t income, std::int64_t assets) {
  household_finance_event x;
  x.income_yen = income;
  x.financial_assets_yen = assets;
  return x;
}
inline event_body plan(const char* start_on, const char* end_on, int goals = 2) {
  plan_event x;
  x.start_on = d(start_on);
  x.end_on = d(end_on);
  for (int i = 1; i <= goals; ++i)
    x.goals.push_back(plan_goal{"g" + std::to_string(i), "work", "goal " + std::to_string(i)});
  return x;
}
inline event_body plan_approved() { return plan_approved_event{}; }
inline event_body enrolled(std::string program, std::optional<date> planned_end_on = std::nullopt) {
  program_enrolled_event x;
  x.program = std::move(program);
  x.planned_end_on = planned_end_on;
  x.route = "income_asset";
  return x;
}
inline event_body program_ended(std::string program) {
  program_ended_event x;
  x.program = std::move(program);
  x.reason = "completed";
  return x;
}
inline event_body placement(std::string id, std::string kind, double hours_per_week,
                            std::optional<double> wage = std::nullopt, std::optional<date> end_on = std::nullopt) {
  placement_started_event x;
  x.placement_id = std::move(id);
  x.employer = "warehouse";
  x.kind = std::move(kind);
  x.contract = wage ? "employment" : "none";
  x.hours_per_week = hours_per_week;
  x.wage_per_hour_yen = wage;
  x.end_on = end_on;
  return x;
}
inline event_body placement_end(std::string id) {
  placement_ended_event x;
  x.placement_id = std::move(id);
  x.reason = "finished";
  return x;
}
/// Attendance over `period_start` … the event's date.
inline event_body attendance(std::string placement_id, const char* period_start, double scheduled,
                             double attended, int unannounced_absences = 0) {
  attendance_event x;
  x.placement_id = std::move(placement_id);
  x.period_start = d(period_start);
  x.scheduled_hours = scheduled;
  x.attended_hours = attended;
  x.unannounced_absences = unannounced_absences;
  return x;
}
inline event_body review(int total, int achieved, std::string kind = "monthly") {
  review_event x;
  x.kind = std::move(kind);
  x.goals_total = total;
  x.goals_achieved = achieved;
  return x;
}
inline event_body appraisal(std::map<std::string, int> items, std::string placement_id = {}) {
  appraisal_event x;
  x.placement_id = std::move(placement_id);
  x.items = std::move(items);
  return x;
}
inline event_body referral(std::string id, std::string target) {
  referral_made_event x;
  x.referral_id = std::move(id);
  x.target = std::move(target);
  x.warm_handoff = true;
  x.reason = "youth support";
  return x;
}
inline event_body referral_answer(std::string id, std::string outcome) {
  referral_answered_event x;
  x.referral_id = std::move(id);
  x.outcome = std::move(outcome);
  return x;
}
inline event_body contact(bool successful = true) {
  contact_event x;
  x.kind = "interview";
  x.successful = successful;
  x.minutes = 30;
  return x;
}
inline event_body moved(position to, std::string direction, std::optional<position> from = std::nullopt) {
  stage_changed_event x;
  x.from = std::move(from);
  x.to = std::move(to);
  x.direction = std::move(direction);
  x.rule_id = "SU-02";
  x.reason = localized{"目標達成", "goals achieved"};
  return x;
}
inline event_body suspended() {
  suspended_event x;
  x.reason = "contact lost";
  return x;
}
inline event_body closed(std::string reason) {
  closed_event x;
  x.reason = std::move(reason);
  return x;
}
inline event_body reopened() {
  reopened_event x;
  x.reason = "new consultation";
  return x;
}
inline event_body job_lost(const char* lost_on, std::string cause = "dismissal", bool main_earner = true) {
  job_lost_event x;
  x.lost_on = d(lost_on);
  x.cause = std::move(cause);
  x.main_earner = main_earner;
  return x;
}
inline event_body job_search(const char* period_start, int hw_consultations, int applications, int job_interviews = 0) {
  job_search_event x;
  x.period_start = d(period_start);
  x.hw_consultations = hw_consultations;
  x.applications = applications;
  x.job_interviews = job_interviews;
  return x;
}
inline event_body extended(std::string program, const char* planned_end_on) {
  program_extended_event x;
  x.program = std::move(program);
  x.planned_end_on = d(planned_end_on);
  x.reason = "requirements met";
  return x;
}
inline event_body disability(std::string cert, std::string grade = {}, std::optional<int> pension = std::nullopt) {
  disability_status_event x;
  x.cert = std::move(cert);
  x.grade = std::move(grade);
  x.basic_pension_grade = pension;
  return x;
}

/// A correction voiding the event with seq `voids` (in a journal: its index).
inline event_body voided(std::int64_t voids, std::string reason = "recorded on the wrong case") {
  event_voided_event x;
  x.voids = voids;
  x.reason = std::move(reason);
  return x;
}

/// A case's events in file order: `seq` is the index and `origin` is `events[i]`, as a case file
/// gives them.
struct journal {
  std::vector<event> events;

  journal& on(const char* day, event_body body) {
    event e;
    e.seq = static_cast<std::int64_t>(events.size());
    e.on = d(day);
    e.body = std::move(body);
    e.origin = "events[" + std::to_string(events.size()) + "]";
    events.push_back(std::move(e));
    return *this;
  }
};

/// The header of J1 (Bさん): born 1988-04-10, lives with his mother (born 1955-03-01).
inline case_header header_j1() {
  case_header h;
  h.id = "J1";
  h.region = "national";
  h.person.pseudonym = "B";
  h.person.birth_date = d("1988-04-10");
  h.person.gender = "male";
  h.household.size = 2;
  h.household.kind = "multi_gen";
  h.household.housing = "rented";
  h.household.rent_yen = 55000;
  h.household.members.push_back(household_member{"mother", d("1955-03-01")});
  return h;
}

inline case_state fold_at(const journal& j, const char* as_of, const case_header& h = header_j1()) {
  return fold(h, j.events, d(as_of));
}

/// The input_error `f` throws, or nullopt when it throws none (other exceptions propagate).
template <class F>
std::optional<input_error> input_error_of(F&& f) {
  try {
    f();
  } catch (const input_error& e) {
    return e;
  }
  return std::nullopt;
}

/// `where()` of the input_error `f` throws, or "<no error>".
template <class F>
std::string where_of(F&& f) {
  auto e = input_error_of(std::forward<F>(f));
  return e ? e->where() : std::string("<no error>");
}

}  // namespace fixtures
