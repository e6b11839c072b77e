#include <hashigo/case/codes.hpp>
#include <hashigo/case/place.hpp>
#include <hashigo/case/validate.hpp>
#include <hashigo/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace hashigo::cases {
namespace {

using codes = std::vector<std::string_view>;

// `unset_allowed`: the field may also be left empty (a household's kind and housing).
codes codes_of(std::string_view list, bool unset_allowed = false) {
  codes out = cases::codes::split(list);
  if (unset_allowed) out.insert(out.begin(), std::string_view());
  return out;
}

const codes k_channels = codes_of(cases::codes::channels);
const codes k_sources = codes_of(cases::codes::sources);
const codes k_screening = codes_of(cases::codes::screening);
const codes k_assessment_kinds = codes_of(cases::codes::assessment_kinds);
const codes k_goal_domains = codes_of(cases::codes::goal_domains);
const codes k_placement_kinds = codes_of(cases::codes::placement_kinds);
const codes k_contracts = codes_of(cases::codes::contracts);
const codes k_review_kinds = codes_of(cases::codes::review_kinds);
const codes k_referral_outcomes = codes_of(cases::codes::referral_outcomes);
const codes k_contact_kinds = codes_of(cases::codes::contact_kinds);
const codes k_directions = codes_of(cases::codes::directions);
const codes k_closure = codes_of(cases::codes::closure_reasons);
const codes k_genders = codes_of(cases::codes::genders);
const codes k_certs = codes_of(cases::codes::certificates);
const codes k_job_loss_causes = codes_of(cases::codes::job_loss_causes);
const codes k_household_kinds = codes_of(cases::codes::household_kinds, true);
const codes k_concerns = codes_of(cases::codes::concerns);
const codes k_schools = codes_of(cases::codes::schools);
const codes k_school_leaving = codes_of(cases::codes::school_leaving);
const codes k_legal_statuses = codes_of(cases::codes::legal_statuses);
const codes k_follow_up_kinds = codes_of(cases::codes::follow_up_kinds);
const codes k_housing = codes_of(cases::codes::housing, true);
const codes k_meeting_kinds = codes_of(cases::codes::meeting_kinds);
const codes k_meeting_decisions = codes_of(cases::codes::meeting_decisions);
const codes k_plan_approvers = codes_of(cases::codes::plan_approvers);

std::string joined(const codes& allowed) {
  std::string out;
  for (auto c : allowed) {
    if (c.empty()) continue;
    if (!out.empty()) out += ", ";
    out += c;
  }
  return out;
}

void one_of(const std::string& value, const codes& allowed, const char* field) {
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end())
    throw input_error(field, message("error.not_one_of", value, joined(allowed)));
}

void required(const std::string& value, const char* field) {
  if (value.empty()) throw input_error(field, message("error.required"));
}

void non_negative(double v, const char* field) {
  if (!std::isfinite(v)) throw input_error(field, message("error.finite"));
  if (v < 0) throw input_error(field, message("error.at_least", 0));
}

void in_range(int v, int lo, int hi, const std::string& field) {
  if (v < lo || v > hi) throw input_error(field, message("error.between", lo, hi, v));
}

void not_after_event(const std::optional<date>& d, const event& e, const char* field) {
  if (d && e.on < *d)
    throw input_error(field, message("error.after_event_day", d->to_string(), e.on.to_string()));
}

}  // namespace

bool is_tag(std::string_view code) noexcept {
  if (code.empty() || code.size() > 64 || code.front() < 'a' || code.front() > 'z') return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

void require_code_list(const std::vector<std::string>& list, std::string_view allowed, const std::string& field) {
  const std::vector<std::string_view> known = allowed.empty() ? std::vector<std::string_view>{} : codes_of(allowed);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto where = fmt::format("{}[{}]", field, i);
    if (!allowed.empty())
      one_of(list[i], known, where.c_str());
    else if (!is_tag(list[i]))
      throw input_error(where, message("error.tag_chars", list[i]));
    for (std::size_t j = 0; j < i; ++j)
      if (list[j] == list[i]) throw input_error(where, message("error.listed_twice", list[i]));
  }
}

namespace {

void concern_codes(const std::vector<std::string>& list, const std::string& field) {
  require_code_list(list, cases::codes::concerns, field);
}

struct checker {
  const event& e;

  void operator()(const intake_event& x) const {
    if (!x.channel.empty()) one_of(x.channel, k_channels, "channel");
    if (!x.source.empty()) one_of(x.source, k_sources, "source");
    one_of(x.screening, k_screening, "screening");
    concern_codes(x.concerns, "concerns");
  }
  void operator()(const consent_event&) const {}
  void operator()(const assessment_event& x) const {
    one_of(x.kind, k_assessment_kinds, "kind");
    if (x.fdp) {
      in_range(x.fdp->interpersonal, 1, 5, "fdp.interpersonal");
      in_range(x.fdp->mental, 1, 5, "fdp.mental");
      in_range(x.fdp->stress, 1, 5, "fdp.stress");
      in_range(x.fdp->thinking, 1, 5, "fdp.thinking");
      in_range(x.fdp->environment, 1, 5, "fdp.environment");
    }
    if (x.daily_rhythm) in_range(*x.daily_rhythm, 1, 5, "daily_rhythm");
    if (x.interests) require_code_list(*x.interests, {}, "interests");
    if (x.strengths) require_code_list(*x.strengths, {}, "strengths");
    if (x.qualifications) require_code_list(*x.qualifications, {}, "qualifications");
    if (x.constraints) require_code_list(*x.constraints, cases::codes::work_conditions, "constraints");
    if (x.supports_needed) require_code_list(*x.supports_needed, cases::codes::work_supports, "supports_needed");
    if (x.hours_per_week_max) {
      non_negative(*x.hours_per_week_max, "hours_per_week_max");
      if (*x.hours_per_week_max > 24 * 7) throw input_error("hours_per_week_max", message("error.at_most", 168));
    }
  }
  void operator()(const household_finance_event& x) const {
    non_negative(static_cast<double>(x.income_yen), "income_yen");
    non_negative(static_cast<double>(x.financial_assets_yen), "financial_assets_yen");
    non_negative(static_cast<double>(x.debt_total_yen), "debt_total_yen");
    non_negative(x.arrears_months, "arrears_months");
    if (x.expenses_yen) non_negative(static_cast<double>(*x.expenses_yen), "expenses_yen");
  }
  void operator()(const plan_event& x) const {
    if (x.end_on < x.start_on) throw input_error("end_on", message("error.plan_ends_before_start"));
    for (std::size_t i = 0; i < x.goals.size(); ++i) {
      const auto where = fmt::format("goals[{}]", i);
      if (x.goals[i].text.empty()) throw input_error(where + ".text", message("error.required"));
      if (!x.goals[i].domain.empty()) one_of(x.goals[i].domain, k_goal_domains, (where + ".domain").c_str());
    }
  }
  void operator()(const plan_approved_event& x) const { one_of(x.meeting, k_plan_approvers, "meeting"); }
  void operator()(const meeting_event& x) const {
    required(x.meeting_id, "meeting_id");
    one_of(x.kind, k_meeting_kinds, "kind");
    if (x.decisions.empty()) throw input_error("decisions", message("error.no_decisions"));
    for (std::size_t i = 0; i < x.decisions.size(); ++i) {
      const auto& d = x.decisions[i];
      const auto where = fmt::format("decisions[{}]", i);
      one_of(d.decision, k_meeting_decisions, (where + ".decision").c_str());
      // A confirmation names the step it confirms; the other fields belong to one decision each.
      if (d.decision == "step_confirmed" && !d.to) throw input_error(where + ".to", message("error.required"));
      if (d.decision != "step_confirmed" && d.to) throw input_error(where + ".to", message("error.decision_field", "to", "step_confirmed"));
      if (d.decision != "support_decided" && !d.program.empty())
        throw input_error(where + ".program", message("error.decision_field", "program", "support_decided"));
      if (d.decision != "referral_agreed" && !d.target.empty())
        throw input_error(where + ".target", message("error.decision_field", "target", "referral_agreed"));
      for (std::size_t j = 0; j < i; ++j)
        if (x.decisions[j].decision == d.decision && x.decisions[j].program == d.program && x.decisions[j].target == d.target &&
            x.decisions[j].to == d.to)
          throw input_error(where, message("error.listed_twice", d.decision));
    }
  }
  void operator()(const program_enrolled_event& x) const {
    required(x.program, "program");
    if (x.planned_end_on && *x.planned_end_on < e.on)
      throw input_error("planned_end_on", message("error.programme_ends_before_start"));
  }
  void operator()(const program_ended_event& x) const { required(x.program, "program"); }
  void operator()(const placement_started_event& x) const {
    required(x.placement_id, "placement_id");
    if (!x.task_id.empty()) required(x.employer_id, "employer_id");
    if (!x.employer_id.empty() && !is_record_id(x.employer_id))
      throw input_error("employer_id", message("error.case_id_chars", x.employer_id));
    if (!x.task_id.empty() && !is_record_id(x.task_id)) throw input_error("task_id", message("error.case_id_chars", x.task_id));
    one_of(x.kind, k_placement_kinds, "kind");
    one_of(x.contract, k_contracts, "contract");
    non_negative(x.hours_per_week, "hours_per_week");
    if (x.hours_per_week > 24 * 7) throw input_error("hours_per_week", message("error.at_most", 168));
    if (x.wage_per_hour_yen) non_negative(*x.wage_per_hour_yen, "wage_per_hour_yen");
    if (x.stipend_per_shift_yen) non_negative(static_cast<double>(*x.stipend_per_shift_yen), "stipend_per_shift_yen");
    if (x.end_on && *x.end_on < e.on) throw input_error("end_on", message("error.placement_ends_before_start"));
  }
  void operator()(const placement_ended_event& x) const { required(x.placement_id, "placement_id"); }
  void operator()(const attendance_event& x) const {
    non_negative(x.scheduled_hours, "scheduled_hours");
    non_negative(x.attended_hours, "attended_hours");
    non_negative(x.unannounced_absences, "unannounced_absences");
    if (x.attended_hours > x.scheduled_hours)
      throw input_error("attended_hours", message("error.attended_over_scheduled", x.attended_hours, x.scheduled_hours));
    if (e.on < x.period_start) throw input_error("period_start", message("error.period_after_event"));
  }
  void operator()(const review_event& x) const {
    one_of(x.kind, k_review_kinds, "kind");
    non_negative(x.goals_total, "goals_total");
    non_negative(x.goals_achieved, "goals_achieved");
    if (x.goals_achieved > x.goals_total)
      throw input_error("goals_achieved", message("error.achieved_over_goals", x.goals_achieved, x.goals_total));
  }
  void operator()(const appraisal_event& x) const {
    if (x.items.empty()) throw input_error("items", message("error.no_scored_item"));
    for (const auto& [name, score] : x.items) in_range(score, 1, 5, "items." + name);
  }
  void operator()(const referral_made_event& x) const {
    required(x.referral_id, "referral_id");
    required(x.target, "target");
  }
  void operator()(const agency_joined_event& x) const { required(x.agency_id, "agency_id"); }
  void operator()(const agency_left_event& x) const { required(x.agency_id, "agency_id"); }
  void operator()(const lead_changed_event& x) const { required(x.agency_id, "agency_id"); }
  void operator()(const referral_answered_event& x) const {
    required(x.referral_id, "referral_id");
    one_of(x.outcome, k_referral_outcomes, "outcome");
  }
  void operator()(const contact_event& x) const {
    one_of(x.kind, k_contact_kinds, "kind");
    non_negative(x.minutes, "minutes");
  }
  void operator()(const stage_changed_event& x) const { one_of(x.direction, k_directions, "direction"); }
  void operator()(const suspended_event&) const {}
  void operator()(const closed_event& x) const {
    required(x.reason, "reason");
    one_of(x.reason, k_closure, "reason");
  }
  void operator()(const reopened_event&) const {}
  void operator()(const job_lost_event& x) const {
    one_of(x.cause, k_job_loss_causes, "cause");
    if (e.on < x.lost_on) throw input_error("lost_on", message("error.after_record_day"));
  }
  void operator()(const job_search_event& x) const {
    non_negative(x.hw_consultations, "hw_consultations");
    non_negative(x.applications, "applications");
    non_negative(x.job_interviews, "job_interviews");
    if (e.on < x.period_start) throw input_error("period_start", message("error.period_after_event"));
  }
  void operator()(const program_extended_event& x) const {
    required(x.program, "program");
    if (x.planned_end_on < e.on) throw input_error("planned_end_on", message("error.new_end_before_event"));
  }
  void operator()(const event_voided_event& x) const {
    if (x.voids < 0) throw input_error("voids", message("error.voids_seq"));
    required(x.reason, "reason");
  }
  void operator()(const disability_status_event& x) const {
    one_of(x.cert, k_certs, "cert");
    if (x.basic_pension_grade) in_range(*x.basic_pension_grade, 1, 2, "basic_pension_grade");
  }
  void operator()(const household_moved_event& x) const {
    if (x.prefecture.empty() && x.municipality.empty())
      throw input_error("municipality", message("error.move_needs_place"));
    validate_place(x.prefecture, x.municipality, "");
    if (!x.housing.empty()) one_of(x.housing, k_housing, "housing");
    if (x.rent_yen) non_negative(static_cast<double>(*x.rent_yen), "rent_yen");
  }
  void operator()(const school_enrolled_event& x) const {
    one_of(x.school, k_schools, "school");
    not_after_event(x.enrolled_on, e, "enrolled_on");
    const date start = x.enrolled_on.value_or(e.on);
    if (x.expected_graduation_on && *x.expected_graduation_on < start)
      throw input_error("expected_graduation_on", message("error.before_enrolment", x.expected_graduation_on->to_string(), start.to_string()));
  }
  void operator()(const school_left_event& x) const {
    one_of(x.reason, k_school_leaving, "reason");
    if (!x.school.empty()) one_of(x.school, k_schools, "school");
    not_after_event(x.left_on, e, "left_on");
  }
  void operator()(const legal_status_event& x) const {
    one_of(x.status, k_legal_statuses, "status");
    not_after_event(x.since, e, "since");
    not_after_event(x.released_on, e, "released_on");
    if (x.ends_on && x.since && *x.ends_on < *x.since)
      throw input_error("ends_on", message("error.before_status_began", x.ends_on->to_string(), x.since->to_string()));
  }
  void operator()(const concerns_changed_event& x) const {
    if (x.added.empty() && x.removed.empty()) throw input_error("added", message("error.concerns_change_empty"));
    concern_codes(x.added, "added");
    concern_codes(x.removed, "removed");
    for (std::size_t i = 0; i < x.removed.size(); ++i)
      if (std::find(x.added.begin(), x.added.end(), x.removed[i]) != x.added.end())
        throw input_error(fmt::format("removed[{}]", i), message("error.added_and_removed", x.removed[i]));
  }
  void operator()(const follow_up_event& x) const {
    one_of(x.kind, k_follow_up_kinds, "kind");
    non_negative(x.minutes, "minutes");
  }
};

}  // namespace

void validate(const event& e) { std::visit(checker{e}, e.body); }

bool is_region_name(std::string_view name) noexcept {
  if (name.empty() || name.size() > 64 || name[0] < 'a' || name[0] > 'z') return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  return true;
}

void require_region_name(std::string_view name, const std::string& where) {
  if (!is_region_name(name))
    throw input_error(where, message("error.not_region_name", name));
}

bool is_record_id(std::string_view id) noexcept {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
  });
}

void validate(const case_header& h) {
  if (h.id.empty()) throw input_error("id", message("error.required"));
  require_region_name(h.region, "region");
  if (!is_record_id(h.id)) throw input_error("id", message("error.case_id_chars", h.id));
  one_of(h.person.gender, k_genders, "person.gender");
  one_of(h.person.disability_cert, k_certs, "person.disability_cert");
  if (h.person.basic_pension_grade) in_range(*h.person.basic_pension_grade, 1, 2, "person.basic_pension_grade");
  if (h.household.size < 1) throw input_error("household.size", message("error.at_least", 1));
  one_of(h.household.kind, k_household_kinds, "household.kind");
  one_of(h.household.housing, k_housing, "household.housing");
  non_negative(static_cast<double>(h.household.rent_yen), "household.rent_yen");
  validate_place(h.household.prefecture, h.household.municipality, "household");
  // members are the others living with the person, so they number at most size - 1
  if (static_cast<int>(h.household.members.size()) > h.household.size - 1)
    throw input_error("household.members", message("error.members_over_size", h.household.members.size(), h.household.size));
}

const std::vector<std::string_view>& closure_reasons() { return k_closure; }

const std::vector<std::string_view>& concern_codes() { return k_concerns; }

namespace codes {

std::vector<std::string_view> split(std::string_view list) {
  std::vector<std::string_view> out;
  while (!list.empty()) {
    const auto bar = list.find('|');
    out.push_back(list.substr(0, bar));
    if (bar == std::string_view::npos) break;
    list.remove_prefix(bar + 1);
  }
  return out;
}

}  // namespace codes

}  // namespace hashigo::cases
