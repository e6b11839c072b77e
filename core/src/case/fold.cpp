#include <hashigo/case/fold.hpp>
#include <hashigo/case/place.hpp>
#include <hashigo/case/validate.hpp>
#include <hashigo/error.hpp>

#include "case/derive.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace hashigo::cases {
namespace {

std::string origin_of(const event& e) {
  return e.origin.empty() ? fmt::format("event #{}", e.seq) : e.origin;
}

[[noreturn]] void reject(const event& e, const std::string& field, message m) {
  throw input_error(field.empty() ? origin_of(e) : origin_of(e) + "." + field, std::move(m));
}

bool is_open(process_status s) { return s != process_status::closed && s != process_status::suspended; }

// Event types a suspended case still accepts: contact may be regained, the case may be closed
// or reopened, and facts about the household keep arriving.
bool allowed_while_suspended(const event_body& b) {
  return std::holds_alternative<contact_event>(b) || std::holds_alternative<reopened_event>(b) ||
         std::holds_alternative<closed_event>(b) || std::holds_alternative<referral_answered_event>(b) ||
         std::holds_alternative<household_finance_event>(b) || std::holds_alternative<consent_event>(b) ||
         std::holds_alternative<job_lost_event>(b) || std::holds_alternative<disability_status_event>(b) ||
         std::holds_alternative<household_moved_event>(b) || std::holds_alternative<school_enrolled_event>(b) ||
         std::holds_alternative<school_left_event>(b) || std::holds_alternative<legal_status_event>(b) ||
         std::holds_alternative<concerns_changed_event>(b) || std::holds_alternative<follow_up_event>(b) ||
         std::holds_alternative<meeting_event>(b) || std::holds_alternative<agency_left_event>(b);
}

// Follow-up after closure is allowed (WAM Q&A on 終結: フォローアップは終結後も可), most of all the
// retention visits after a hire; only a death ends it.
bool follow_up_allowed_after(const std::string& closure_reason) { return closure_reason != "deceased"; }

// Whole-sequence checks that do not depend on as_of, so a case file is refused whatever day it
// is evaluated on. `skip[i]` marks events a correction leaves out (and the corrections).
void check_sequence(const case_header& header, const std::vector<event>& events, const std::vector<bool>& skip) {
  std::vector<const event*> kept;
  kept.reserve(events.size());
  for (std::size_t i = 0; i < events.size(); ++i)
    if (!skip[i]) kept.push_back(&events[i]);
  const auto first_intake = std::find_if(kept.begin(), kept.end(), [](const event* e) {
    return std::holds_alternative<intake_event>(e->body);
  });
  if (first_intake == kept.end()) {
    if (!kept.empty()) reject(*kept.front(), "type", message("error.first_not_intake"));
    return;
  }
  for (const event* e : kept)
    if (e->on < (*first_intake)->on)
      reject(*e, "date", message("error.before_case_opened", e->on.to_string(),
                                     (*first_intake)->on.to_string()));
  // Rules would see a negative age: the person is born before their case opens.
  if (header.person.birth_date && (*first_intake)->on < *header.person.birth_date)
    throw input_error("person.birth_date", message("error.birth_after_opened",
                                                       header.person.birth_date->to_string(),
                                                       (*first_intake)->on.to_string()));
  // Same day as the intake but ordered before it: still not a case that starts with an intake.
  if (first_intake != kept.begin())
    reject(*kept.front(), "type", message("error.first_not_intake"));
  std::map<std::string, date> placement_starts;
  for (const event* e : kept)
    if (const auto* s = std::get_if<placement_started_event>(&e->body))
      placement_starts.emplace(s->placement_id, e->on);
  for (const event* e : kept)
    if (const auto* x = std::get_if<placement_ended_event>(&e->body)) {
      auto it = placement_starts.find(x->placement_id);
      if (it != placement_starts.end() && e->on < it->second)
        reject(*e, "date", message("error.placement_ends_before", x->placement_id,
                                       e->on.to_string(), it->second.to_string()));
    }
}

// Resolves every `event_voided` of the case, whatever its date: a correction fixes the record
// itself, so a case that did not fold on some earlier day folds on every day once corrected.
// Returns which events the fold skips (the voided ones and the corrections themselves).
std::vector<bool> apply_corrections(const std::vector<event>& events, std::vector<voided_record>& voided) {
  std::vector<bool> skip(events.size(), false);
  std::map<std::int64_t, std::size_t> by_seq;
  bool any = false;
  for (std::size_t i = 0; i < events.size(); ++i) {
    any = any || std::holds_alternative<event_voided_event>(events[i].body);
    by_seq.emplace(events[i].seq, i);  // seqs are unique wherever corrections occur (store, file)
  }
  if (!any) return skip;
  // Which correction voided an event, to name it when a second one tries again.
  std::map<std::size_t, std::size_t> voided_by;
  // Corrections in the order they were recorded (seq), so "already voided" names the first one.
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < events.size(); ++i)
    if (std::holds_alternative<event_voided_event>(events[i].body)) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return events[a].seq < events[b].seq; });
  for (const std::size_t i : order) {
    const event& v = events[i];
    const auto& x = std::get<event_voided_event>(v.body);
    skip[i] = true;
    const auto found = by_seq.find(x.voids);
    if (found == by_seq.end() || found->second == i)
      reject(v, "voids", message("error.no_event_to_void", x.voids));
    const event& target = events[found->second];
    if (std::holds_alternative<event_voided_event>(target.body))
      reject(v, "voids", message("error.void_of_correction",
                                     origin_of(target)));
    if (!(target.seq < v.seq))
      reject(v, "voids", message("error.void_of_later", origin_of(target)));
    if (v.on < target.on)
      reject(v, "date", message("error.void_before_event", v.on.to_string(),
                                    target.on.to_string()));
    if (const auto earlier = voided_by.find(found->second); earlier != voided_by.end())
      reject(v, "voids", message("error.already_voided", origin_of(target), origin_of(events[earlier->second])));
    voided_by.emplace(found->second, i);
    skip[found->second] = true;
    voided.push_back(voided_record{target.seq, std::string(type_name(target.body)), target.on, v.seq, v.on, x.reason});
  }
  return skip;
}

class folder {
 public:
  explicit folder(case_state& s) : s_(s) {}

  void apply(const event& e) {
    e_ = &e;
    if (s_.events_folded > 0 && !is_open(s_.status)) {
      const bool follow_up = std::holds_alternative<follow_up_event>(e.body);
      // A closure is reported to the meeting after it (WAM Q&A on 終結), so a closed case takes meetings.
      if (s_.status == process_status::closed && !std::holds_alternative<reopened_event>(e.body) &&
          !std::holds_alternative<meeting_event>(e.body) && !(follow_up && follow_up_allowed_after(s_.closure_reason))) {
        if (!follow_up_allowed_after(s_.closure_reason))
          reject(e, "type", message("error.closed_only_reopen", message::code("closure", s_.closure_reason)));
        reject(e, "type", message("error.closed_reopen_or_follow_up", message::code("closure", s_.closure_reason)));
      }
      if (s_.status == process_status::suspended && !allowed_while_suspended(e.body))
        reject(e, "type", message("error.suspended_needs_reopen", type_name(e.body)));
    }
    const auto before = s_.status;
    std::visit(*this, e.body);
    if (s_.events_folded == 0 || s_.status != before) s_.status_since = e.on;
    ++s_.events_folded;
    s_.last_seq = std::max(s_.last_seq, e.seq);
  }

  void operator()(const intake_event& x) {
    const bool first = s_.events_folded == 0;
    plans_this_episode_ = 0;
    if (!first && !(reopened_ && s_.status == process_status::intake))
      fail("type", message("error.second_intake"));
    if (first) {
      s_.opened_on = on();
      s_.episode = 1;
    }
    reopened_ = false;
    s_.status = process_status::intake;
    s_.screening = x.screening;
    s_.concerns = x.concerns;
    s_.intake_source = x.source;
    move_to(x.start, "start", "", {});
    if (x.screening == "refer_out") close("referred_other");
    if (x.screening == "info_only") close("info_only");
  }
  void operator()(const consent_event& x) { s_.consent_info_sharing = x.info_sharing; }
  void operator()(const assessment_event& x) {
    if (x.fdp) {
      s_.previous_fdp = s_.fdp;
      s_.fdp = x.fdp;
      s_.fdp_assessed_on = on();
    }
    if (x.interests || x.strengths || x.qualifications || x.constraints || x.supports_needed || x.hours_per_week_max ||
        x.wishes) {
      work_profile p = s_.profile.value_or(work_profile{});
      if (x.interests) p.interests = *x.interests;
      if (x.strengths) p.strengths = *x.strengths;
      if (x.qualifications) p.qualifications = *x.qualifications;
      if (x.constraints) p.constraints = *x.constraints;
      if (x.supports_needed) p.supports_needed = *x.supports_needed;
      if (x.hours_per_week_max) p.hours_per_week_max = x.hours_per_week_max;
      if (x.wishes) p.wishes = *x.wishes;
      p.assessed_on = on();
      s_.profile = std::move(p);
    }
    if (s_.status == process_status::intake) s_.status = process_status::assessment;
  }
  void operator()(const household_finance_event& x) { s_.finance = finance_state{on(), x}; }
  void operator()(const plan_event& x) {
    if (s_.status == process_status::intake)
      fail("type", message("error.plan_needs_assessment"));
    const bool review = plans_this_episode_ > 0;
    ++plans_this_episode_;
    s_.plan = plan_state{x.start_on, x.end_on, x.goals, std::nullopt, "", "", review};
    s_.status = process_status::planning;
  }
  void operator()(const plan_approved_event& x) { approve_plan("type", x.meeting, ""); }
  void operator()(const meeting_event& x) {
    for (const auto& m : s_.meetings)
      if (m.id == x.meeting_id) fail("meeting_id", message("error.meeting_recorded", x.meeting_id, m.on.to_string()));
    for (std::size_t i = 0; i < x.decisions.size(); ++i) {
      const auto& d = x.decisions[i];
      const auto where = fmt::format("decisions[{}].decision", i);
      if (d.decision == "plan_approved" && centre_approved_in_force()) {
        // The meeting stands behind a plan the centre approved alone (MT-02): support began at
        // that approval, so only who approved changes.
        s_.plan->approved_by = x.kind;
        s_.plan->meeting_id = x.meeting_id;
      } else if (d.decision == "plan_approved") {
        approve_plan(where, x.kind, x.meeting_id);
      }
      if (d.decision == "plan_returned" && s_.status != process_status::planning)
        fail(where, message("error.return_needs_planning", message::code("status", to_string(s_.status))));
    }
    s_.meetings.push_back(meeting_record{on(), x.meeting_id, x.kind, x.decisions, e_->note});
  }
  void operator()(const program_enrolled_event& x) {
    if (find_active_program(x.program)) fail("program", message("error.program_active", x.program));
    s_.programs.push_back(program_state{x.program, on(), std::nullopt, x.planned_end_on, x.route, true, "", 0});
  }
  void operator()(const program_ended_event& x) {
    auto* p = find_active_program(x.program);
    if (!p) fail("program", message("error.program_not_active", x.program));
    p->active = false;
    p->end_on = on();
    p->end_reason = x.reason;
  }
  void operator()(const program_extended_event& x) {
    auto* p = find_active_program(x.program);
    if (!p) fail("program", message("error.program_not_active", x.program));
    if (p->planned_end_on && !(*p->planned_end_on < x.planned_end_on))
      fail("planned_end_on", message("error.not_extending", x.planned_end_on.to_string(),
                                         p->planned_end_on->to_string()));
    p->planned_end_on = x.planned_end_on;
    ++p->extensions;
  }
  void operator()(const job_lost_event& x) { s_.job_loss = x; }
  void operator()(const job_search_event& x) {
    s_.job_search.push_back(job_search_record{x.period_start, on(), x.hw_consultations, x.applications, x.job_interviews});
  }
  // Corrections never reach apply(): fold resolves them first and skips them.
  void operator()(const event_voided_event&) {}
  void operator()(const disability_status_event& x) {
    s_.header.person.disability_cert = x.cert;
    s_.header.person.disability_grade = x.grade;
    s_.header.person.basic_pension_grade = x.basic_pension_grade;
  }
  void operator()(const household_moved_event& x) {
    auto& h = s_.header.household;
    // A move names where the household now lives; a municipality not given is not known.
    h.municipality = x.municipality;
    h.prefecture = x.prefecture.empty() ? prefecture_of(x.municipality) : x.prefecture;
    if (!x.housing.empty()) h.housing = x.housing;
    if (x.rent_yen) h.rent_yen = *x.rent_yen;
    s_.moved_on = on();
  }
  void operator()(const school_enrolled_event& x) {
    if (const auto* now = current_school())
      fail("school", message("error.already_enrolled", now->kind,
                                 now->enrolled_on->to_string()));
    s_.schools.push_back(school_record{x.school, x.enrolled_on.value_or(on()), x.expected_graduation_on, std::nullopt, ""});
  }
  void operator()(const school_left_event& x) {
    const date left = x.left_on.value_or(on());
    auto* now = current_school();
    if (!now) {
      if (x.school.empty())
        fail("school", message("error.no_enrolment"));
      s_.schools.push_back(school_record{x.school, std::nullopt, std::nullopt, left, x.reason});
      return;
    }
    if (!x.school.empty() && x.school != now->kind)
      fail("school", message("error.enrolled_elsewhere", now->kind, x.school));
    if (left < *now->enrolled_on)
      fail(x.left_on ? "left_on" : "date", message("error.before_enrolment", left.to_string(),
                                                        now->enrolled_on->to_string()));
    now->left_on = left;
    now->left_reason = x.reason;
  }
  void operator()(const legal_status_event& x) {
    std::optional<date> released = x.released_on;
    if (!released && s_.legal) released = s_.legal->released_on;
    s_.legal = legal_state{on(), x.status, x.since, x.ends_on, released};
  }
  void operator()(const concerns_changed_event& x) {
    auto& list = s_.concerns;
    for (std::size_t i = 0; i < x.removed.size(); ++i) {
      auto it = std::find(list.begin(), list.end(), x.removed[i]);
      if (it == list.end()) {
        std::string current;
        for (const auto& c : list) current += (current.empty() ? "" : ", ") + c;
        fail(fmt::format("removed[{}]", i), message("error.concern_not_current", x.removed[i],
                                                        current.empty() ? "none" : current));
      }
      list.erase(it);
    }
    for (std::size_t i = 0; i < x.added.size(); ++i) {
      if (std::find(list.begin(), list.end(), x.added[i]) != list.end())
        fail(fmt::format("added[{}]", i), message("error.concern_already", x.added[i]));
      list.push_back(x.added[i]);
    }
  }
  void operator()(const follow_up_event& x) {
    if (!x.placement_id.empty() && !find_placement(x.placement_id))
      fail("placement_id", message("error.no_placement", x.placement_id));
    s_.follow_ups.push_back(
        follow_up_record{on(), x.kind, x.successful, x.placement_id, s_.status == process_status::closed});
    record_contact(x.kind, x.successful);
  }
  void operator()(const placement_started_event& x) {
    if (find_placement(x.placement_id))
      fail("placement_id", message("error.placement_started", x.placement_id));
    s_.placements.push_back(placement_state{x.placement_id, x.employer, x.employer_id, x.task_id, x.kind, x.contract, x.hours_per_week,
                                            x.wage_per_hour_yen, x.stipend_per_shift_yen, on(), std::nullopt,
                                            true});
  }
  void operator()(const placement_ended_event& x) {
    auto* p = find_placement(x.placement_id);
    if (!p) fail("placement_id", message("error.no_placement", x.placement_id));
    if (!p->active) fail("placement_id", message("error.placement_ended", x.placement_id));
    p->active = false;
    p->end_on = on();
  }
  void operator()(const attendance_event& x) {
    if (!x.placement_id.empty() && !find_placement(x.placement_id))
      fail("placement_id", message("error.no_placement", x.placement_id));
    s_.attendance.push_back(attendance_record{x.placement_id, x.period_start, on(), x.scheduled_hours,
                                              x.attended_hours, x.unannounced_absences});
  }
  void operator()(const review_event& x) {
    if (x.kind == "evaluation") {
      if (s_.status != process_status::in_support)
        fail("kind", message("error.evaluation_needs_support", message::code("status", to_string(s_.status))));
      s_.status = process_status::evaluation;
    }
    s_.last_review = review_state{on(), x.kind, x.goals_total, x.goals_achieved};
  }
  void operator()(const appraisal_event& x) {
    if (!x.placement_id.empty() && !find_placement(x.placement_id))
      fail("placement_id", message("error.no_placement", x.placement_id));
    s_.last_appraisal = appraisal_state{on(), x.placement_id, x.items};
  }
  void operator()(const referral_made_event& x) {
    for (const auto& r : s_.referrals)
      if (r.id == x.referral_id) fail("referral_id", message("error.referral_exists", x.referral_id));
    s_.referrals.push_back(referral_state{x.referral_id, x.target, x.agency_id, x.reason, x.warm_handoff, on(), "made",
                                          std::nullopt});
  }
  void operator()(const agency_joined_event& x) {
    if (find_agency(x.agency_id)) fail("agency_id", message("error.agency_on_case", x.agency_id));
    if (!x.referral_id.empty() && std::none_of(s_.referrals.begin(), s_.referrals.end(),
                                               [&](const referral_state& r) { return r.id == x.referral_id; }))
      fail("referral_id", message("error.no_referral", x.referral_id));
    if (x.lead)
      for (auto& a : s_.agencies) a.lead = false;
    case_agency joined;
    joined.agency_id = x.agency_id;
    joined.lead = x.lead;
    joined.joined_on = on();
    joined.agreed = x.agreed;
    joined.referral_id = x.referral_id;
    s_.agencies.push_back(std::move(joined));
  }
  void operator()(const agency_left_event& x) {
    auto* a = find_agency(x.agency_id);
    if (!a) fail("agency_id", message("error.agency_not_on_case", x.agency_id, agencies_on_case()));
    a->left_on = on();
    a->lead = false;
  }
  void operator()(const lead_changed_event& x) {
    auto* a = find_agency(x.agency_id);
    if (!a) fail("agency_id", message("error.agency_not_on_case", x.agency_id, agencies_on_case()));
    for (auto& other : s_.agencies) other.lead = false;
    a->lead = true;
  }
  void operator()(const referral_answered_event& x) {
    for (auto& r : s_.referrals)
      if (r.id == x.referral_id) {
        r.status = x.outcome;
        r.answered_on = on();
        return;
      }
    fail("referral_id", message("error.no_referral", x.referral_id));
  }
  void operator()(const contact_event& x) { record_contact(x.kind, x.successful); }
  void operator()(const stage_changed_event& x) {
    if (x.from && !(*x.from == s_.position))
      fail("from", message("error.position_mismatch", to_string(s_.position), to_string(*x.from)));
    move_to(x.to, x.direction, x.rule_id, x.reason);
  }
  void operator()(const suspended_event&) { s_.status = process_status::suspended; }
  void operator()(const closed_event& x) {
    close(x.reason);
    s_.closure_agreed = x.agreed;
  }
  void operator()(const reopened_event&) {
    if (is_open(s_.status)) fail("type", message("error.reopen_open_case"));
    s_.status = process_status::intake;
    s_.closure_reason.clear();
    s_.closure_agreed.reset();
    s_.closed_on.reset();
    s_.plan.reset();
    s_.opened_on = on();
    ++s_.episode;
    reopened_ = true;
  }

 private:
  date on() const { return e_->on; }
  [[noreturn]] void fail(const std::string& field, message m) const {
    reject(*e_, field, std::move(m));
  }
  bool centre_approved_in_force() const {
    return s_.plan && s_.plan->approved_by == "centre" &&
           (s_.status == process_status::in_support || s_.status == process_status::evaluation);
  }
  // planning → in_support, by a plan_approved event (`by` its meeting kind or centre) or a
  // meeting's decision (`meeting` its id); `field` names the place a refusal points at.
  void approve_plan(const std::string& field, const std::string& by, const std::string& meeting) {
    if (!s_.plan) fail(field, message("error.no_plan_to_approve"));
    if (s_.status != process_status::planning)
      fail(field, message("error.approval_needs_planning", message::code("status", to_string(s_.status))));
    s_.plan->approved_on = on();
    s_.plan->approved_by = by;
    s_.plan->meeting_id = meeting;
    s_.status = process_status::in_support;
  }
  void close(const std::string& reason) {
    s_.status = process_status::closed;
    s_.closure_reason = reason;
    s_.closure_agreed.reset();
    s_.closed_on = on();
  }
  void move_to(const position& to, const std::string& direction, const std::string& rule, const localized& why) {
    std::optional<position> from;
    if (direction != "start") from = s_.position;
    if (direction == "start" || to.at != s_.position.at) s_.stage_since = on();
    s_.position = to;
    s_.position_since = on();
    s_.timeline.push_back(ladder_move{on(), from, to, direction, rule, why});
  }
  void record_contact(const std::string& kind, bool successful) {
    s_.contacts.push_back(contact_record{on(), kind, successful});
    if (successful) {
      s_.last_contact_on = on();
      s_.failed_contacts_since_last = 0;
    } else {
      ++s_.failed_contacts_since_last;
    }
  }
  school_record* current_school() {
    if (s_.schools.empty() || s_.schools.back().left_on || !s_.schools.back().enrolled_on) return nullptr;
    return &s_.schools.back();
  }
  program_state* find_active_program(const std::string& name) {
    for (auto& p : s_.programs)
      if (p.program == name && p.active) return &p;
    return nullptr;
  }
  // The agency holding the case now under `id`, or nullptr.
  case_agency* find_agency(const std::string& id) {
    for (auto& a : s_.agencies)
      if (a.agency_id == id && !a.left_on) return &a;
    return nullptr;
  }
  std::string agencies_on_case() const {
    std::string ids;
    for (const auto& a : s_.agencies)
      if (!a.left_on) ids += (ids.empty() ? "" : ", ") + a.agency_id;
    return ids.empty() ? "-" : ids;
  }
  placement_state* find_placement(const std::string& id) {
    for (auto& p : s_.placements)
      if (p.id == id) return &p;
    return nullptr;
  }

  case_state& s_;
  const event* e_ = nullptr;
  bool reopened_ = false;
  int plans_this_episode_ = 0;
};

// One event checked as fold() checks it: its fields, and the path named on error.
void validate_in_place(const event& e) {
  try {
    validate(e);
  } catch (const input_error& err) {
    throw input_error(origin_of(e) + (err.where().empty() ? "" : "." + err.where()), err);
  }
}

}  // namespace

void sort_events(std::vector<event>& events) {
  std::stable_sort(events.begin(), events.end(), [](const event& a, const event& b) {
    return a.on != b.on ? a.on < b.on : a.seq < b.seq;
  });
}

case_state fold(const case_header& header, const std::vector<event>& events, date as_of) {
  case_state s;
  const std::vector<bool> skip = apply_corrections(events, s.voided);
  check_sequence(header, events, skip);
  s.header = header;
  s.as_of = as_of;
  folder f(s);
  for (std::size_t i = 0; i < events.size(); ++i) {
    const event& e = events[i];
    if (as_of < e.on) break;
    if (skip[i]) {
      s.last_seq = std::max(s.last_seq, e.seq);  // read, if not applied: it is part of what was folded
      continue;
    }
    validate_in_place(e);
    f.apply(e);
  }
  s.derived = derive(s);
  return s;
}

void check_appendable(const case_header& header, const std::vector<event>& existing,
                      const std::vector<event>& incoming) {
  std::vector<event> all = existing;
  std::int64_t next_seq = 1;
  for (const auto& e : existing) next_seq = std::max(next_seq, e.seq + 1);
  for (const auto& e : incoming) {
    // The seqs given to new events here are guesses (the store hands out the real ones), so a
    // correction may only name an event that is already recorded.
    if (const auto* v = std::get_if<event_voided_event>(&e.body)) {
      const bool recorded = std::any_of(existing.begin(), existing.end(), [&](const event& x) { return x.seq == v->voids; });
      if (!recorded) reject(e, "voids", message("error.no_event_to_void", v->voids));
    }
    all.push_back(e);
    // New events land after everything already stored on the same day, as the store will put them.
    all.back().seq = next_seq++;
  }
  sort_events(all);
  if (all.empty()) return;
  (void)fold(header, all, all.back().on);
}

struct running_fold::impl {
  case_state s;
  folder f{s};
  std::optional<date> last_event;
  std::optional<date> opened;
};

running_fold::running_fold(const case_header& header) : impl_(std::make_unique<impl>()) { impl_->s.header = header; }
running_fold::running_fold(running_fold&&) noexcept = default;
running_fold& running_fold::operator=(running_fold&&) noexcept = default;
running_fold::~running_fold() = default;

void running_fold::apply(const event& e) {
  impl& m = *impl_;
  // The checks fold() makes over the whole sequence (check_sequence), made as events arrive.
  if (std::holds_alternative<event_voided_event>(e.body)) reject(e, "type", message("error.correction_in_running_fold"));
  if (m.last_event && e.on < *m.last_event)
    reject(e, "date", message("error.before_last_event", e.on.to_string(), m.last_event->to_string()));
  if (!m.opened) {
    if (!std::holds_alternative<intake_event>(e.body)) reject(e, "type", message("error.first_not_intake"));
    const auto& birth = m.s.header.person.birth_date;
    if (birth && e.on < *birth)
      throw input_error("person.birth_date", message("error.birth_after_opened", birth->to_string(), e.on.to_string()));
    m.opened = e.on;
  }
  validate_in_place(e);
  m.f.apply(e);
  m.last_event = e.on;
}

const case_state& running_fold::at(date as_of) {
  impl& m = *impl_;
  // fold() would leave out events after as_of; this fold has applied them already
  if (m.last_event && as_of < *m.last_event)
    throw input_error("as_of", message("error.before_last_event", as_of.to_string(), m.last_event->to_string()));
  m.s.as_of = as_of;
  m.s.derived = derive(m.s);
  return m.s;
}

const case_state& running_fold::state() const noexcept { return impl_->s; }

}  // namespace hashigo::cases
