#include <hashigo/case/validate.hpp>
#include <hashigo/format/case_json.hpp>

#include "format/case_file_schema.hpp"
#include "format/reader.hpp"

#include <fmt/format.h>

#include <functional>
#include <map>

namespace hashigo::format {
namespace {

using nlohmann::json;
using namespace hashigo::cases;

position read_position(reader& r, const char* stage_key, const char* rung_key) {
  const std::string code = r.text(stage_key);
  auto s = parse_stage(code);
  if (!s) throw input_error(r.path(stage_key), message("error.not_a_stage", code));
  return position{*s, r.text_or(rung_key, "")};
}

position position_from_json(const json& obj, const std::string& where) {
  reader r(obj, where, file_type("Position"));
  position p = read_position(r, "stage", "rung");
  r.finish();
  return p;
}

localized localized_from(reader& r, const char* key) {
  localized out;
  if (const auto* v = r.raw(key)) {
    if (v->is_string()) {
      out.ja = out.en = v->get<std::string>();
    } else {
      reader lr(*v, r.path(key), file_type("Text"));
      out.ja = lr.text_or("ja", "");
      out.en = lr.text_or("en", "");
      lr.finish();
    }
  }
  return out;
}

}  // namespace

std::vector<meeting_decision> read_meeting_decisions(reader& r) {
  const auto* decisions = r.raw("decisions");
  if (!decisions) throw input_error(r.path("decisions"), message("error.required"));
  if (!decisions->is_array())
    throw input_error(r.path("decisions"), message("error.wrong_type", message::term("json_type.an_array"), describe(*decisions)));
  std::vector<meeting_decision> out;
  for (std::size_t i = 0; i < decisions->size(); ++i) {
    reader dr((*decisions)[i], fmt::format("{}[{}]", r.path("decisions"), i), file_type("MeetingDecision"));
    meeting_decision d;
    d.decision = dr.text("decision");
    d.program = dr.text_or("program", "");
    d.target = dr.text_or("target", "");
    if (const auto* to = dr.raw("to")) d.to = position_from_json(*to, dr.path("to"));
    dr.finish();
    out.push_back(std::move(d));
  }
  return out;
}

namespace {

using body_reader = std::function<event_body(reader&, const std::string& where)>;

const std::map<std::string, body_reader, std::less<>>& body_readers() {
  static const std::map<std::string, body_reader, std::less<>> readers = {
      {"intake", [](reader& r, const std::string&) -> event_body {
         intake_event x;
         x.channel = r.text_or("channel", "");
         x.source = r.text_or("source", "");
         x.concerns = r.texts("concerns");
         x.screening = r.text_or("screening", "continue");
         x.start = r.has("stage") ? read_position(r, "stage", "rung") : position{stage::life, ""};
         if (!r.has("stage")) (void)r.text_or("rung", "");
         return x;
       }},
      {"consent", [](reader& r, const std::string&) -> event_body {
         return consent_event{r.boolean_or("info_sharing", true)};
       }},
      {"assessment", [](reader& r, const std::string&) -> event_body {
         assessment_event x;
         x.kind = r.text_or("kind", "initial");
         if (const auto* f = r.raw("fdp")) {
           reader fr(*f, r.path("fdp"), file_type("Fdp"));
           fdp_axes a;
           a.interpersonal = fr.small_integer("interpersonal");
           a.mental = fr.small_integer("mental");
           a.stress = fr.small_integer("stress");
           a.thinking = fr.small_integer("thinking");
           a.environment = fr.small_integer("environment");
           fr.finish();
           x.fdp = a;
         }
         x.daily_rhythm = r.maybe_small_integer("daily_rhythm");
         const auto list = [&r](const char* key) -> std::optional<std::vector<std::string>> {
           if (!r.has(key)) return std::nullopt;
           return r.texts(key);
         };
         x.interests = list("interests");
         x.strengths = list("strengths");
         x.qualifications = list("qualifications");
         x.constraints = list("constraints");
         x.supports_needed = list("supports_needed");
         x.hours_per_week_max = r.maybe_number("hours_per_week_max");
         if (r.has("wishes")) x.wishes = r.text("wishes");
         return x;
       }},
      {"household_finance", [](reader& r, const std::string&) -> event_body {
         household_finance_event x;
         x.income_yen = r.integer("income_yen");
         x.financial_assets_yen = r.integer("financial_assets_yen");
         x.debt_total_yen = r.integer_or("debt_total_yen", 0);
         x.arrears_months = r.small_integer_or("arrears_months", 0);
         x.expenses_yen = r.maybe_integer("expenses_yen");
         return x;
       }},
      {"plan", [](reader& r, const std::string&) -> event_body {
         plan_event x;
         x.start_on = r.day("start_on");
         x.end_on = r.day("end_on");
         if (const auto* goals = r.raw("goals")) {
           if (!goals->is_array()) throw input_error(r.path("goals"), message("error.wrong_type", message::term("json_type.an_array"), describe(*goals)));
           for (std::size_t i = 0; i < goals->size(); ++i) {
             reader gr((*goals)[i], fmt::format("{}[{}]", r.path("goals"), i), file_type("PlanGoal"));
             plan_goal g;
             g.id = gr.text_or("id", fmt::format("g{}", i + 1));
             g.domain = gr.text_or("domain", "");
             g.text = gr.text("text");
             gr.finish();
             x.goals.push_back(std::move(g));
           }
         }
         return x;
       }},
      {"plan_approved", [](reader& r, const std::string&) -> event_body {
         return plan_approved_event{r.text_or("meeting", "shien_chosei")};
       }},
      {"program_enrolled", [](reader& r, const std::string&) -> event_body {
         program_enrolled_event x;
         x.program = r.text("program");
         x.planned_end_on = r.maybe_day("planned_end_on");
         x.route = r.text_or("route", "");
         return x;
       }},
      {"program_ended", [](reader& r, const std::string&) -> event_body {
         return program_ended_event{r.text("program"), r.text_or("reason", "")};
       }},
      {"placement_started", [](reader& r, const std::string&) -> event_body {
         placement_started_event x;
         x.placement_id = r.text("placement_id");
         x.employer = r.text_or("employer", "");
         x.employer_id = r.text_or("employer_id", "");
         x.task_id = r.text_or("task_id", "");
         x.kind = r.text("kind");
         x.contract = r.text_or("contract", "none");
         x.hours_per_week = r.number("hours_per_week");
         x.wage_per_hour_yen = r.maybe_number("wage_per_hour_yen");
         x.stipend_per_shift_yen = r.maybe_integer("stipend_per_shift_yen");
         x.end_on = r.maybe_day("end_on");
         return x;
       }},
      {"placement_ended", [](reader& r, const std::string&) -> event_body {
         return placement_ended_event{r.text("placement_id"), r.text_or("reason", "")};
       }},
      {"attendance", [](reader& r, const std::string&) -> event_body {
         attendance_event x;
         x.placement_id = r.text_or("placement_id", "");
         x.period_start = r.day("period_start");
         x.scheduled_hours = r.number("scheduled_hours");
         x.attended_hours = r.number("attended_hours");
         x.unannounced_absences = r.small_integer_or("unannounced_absences", 0);
         return x;
       }},
      {"review", [](reader& r, const std::string&) -> event_body {
         review_event x;
         x.kind = r.text_or("kind", "monthly");
         x.goals_total = r.small_integer("goals_total");
         x.goals_achieved = r.small_integer("goals_achieved");
         return x;
       }},
      {"appraisal", [](reader& r, const std::string&) -> event_body {
         appraisal_event x;
         x.placement_id = r.text_or("placement_id", "");
         if (const auto* items = r.raw("items")) {
           reader ir(*items, r.path("items"));
           for (auto it = items->begin(); it != items->end(); ++it)
             x.items[it.key()] = ir.small_integer(it.key().c_str());
           ir.finish();
         }
         return x;
       }},
      {"referral_made", [](reader& r, const std::string&) -> event_body {
         referral_made_event x;
         x.referral_id = r.text("referral_id");
         x.target = r.text("target");
         x.agency_id = r.text_or("agency_id", "");
         x.warm_handoff = r.boolean_or("warm_handoff", false);
         x.reason = r.text_or("reason", "");
         return x;
       }},
      {"referral_answered", [](reader& r, const std::string&) -> event_body {
         return referral_answered_event{r.text("referral_id"), r.text("outcome")};
       }},
      {"contact", [](reader& r, const std::string&) -> event_body {
         contact_event x;
         x.kind = r.text_or("kind", "interview");
         x.successful = r.boolean_or("successful", true);
         x.minutes = r.small_integer_or("minutes", 0);
         return x;
       }},
      {"stage_changed", [](reader& r, const std::string&) -> event_body {
         stage_changed_event x;
         if (const auto* f = r.raw("from")) x.from = position_from_json(*f, r.path("from"));
         const auto* t = r.raw("to");
         if (!t) throw input_error(r.path("to"), message("error.required"));
         x.to = position_from_json(*t, r.path("to"));
         x.direction = r.text("direction");
         x.rule_id = r.text_or("rule_id", "");
         x.reason = localized_from(r, "reason");
         x.receipt_id = r.maybe_integer("receipt_id");
         return x;
       }},
      {"suspended", [](reader& r, const std::string&) -> event_body {
         return suspended_event{r.text_or("reason", "")};
       }},
      {"closed", [](reader& r, const std::string&) -> event_body { return closed_event{r.text("reason"), r.maybe_boolean("agreed")}; }},
      {"reopened", [](reader& r, const std::string&) -> event_body {
         return reopened_event{r.text_or("reason", "")};
       }},
      {"job_lost", [](reader& r, const std::string&) -> event_body {
         job_lost_event x;
         x.lost_on = r.day("lost_on");
         x.cause = r.text_or("cause", "dismissal");
         x.main_earner = r.boolean_or("main_earner", true);
         return x;
       }},
      {"job_search", [](reader& r, const std::string&) -> event_body {
         job_search_event x;
         x.period_start = r.day("period_start");
         x.hw_consultations = r.small_integer_or("hw_consultations", 0);
         x.applications = r.small_integer_or("applications", 0);
         x.job_interviews = r.small_integer_or("job_interviews", 0);
         return x;
       }},
      {"program_extended", [](reader& r, const std::string&) -> event_body {
         program_extended_event x;
         x.program = r.text("program");
         x.planned_end_on = r.day("planned_end_on");
         x.reason = r.text_or("reason", "");
         return x;
       }},
      {"disability_status", [](reader& r, const std::string&) -> event_body {
         disability_status_event x;
         x.cert = r.text("cert");
         x.grade = r.text_or("grade", "");
         x.basic_pension_grade = r.maybe_small_integer("basic_pension_grade");
         return x;
       }},
      {"event_voided", [](reader& r, const std::string&) -> event_body {
         return event_voided_event{r.integer("voids"), r.text("reason")};
       }},
      {"household_moved", [](reader& r, const std::string&) -> event_body {
         household_moved_event x;
         x.prefecture = r.text_or("prefecture", "");
         x.municipality = r.text_or("municipality", "");
         x.housing = r.text_or("housing", "");
         x.rent_yen = r.maybe_integer("rent_yen");
         return x;
       }},
      {"school_enrolled", [](reader& r, const std::string&) -> event_body {
         school_enrolled_event x;
         x.school = r.text("school");
         x.enrolled_on = r.maybe_day("enrolled_on");
         x.expected_graduation_on = r.maybe_day("expected_graduation_on");
         return x;
       }},
      {"school_left", [](reader& r, const std::string&) -> event_body {
         school_left_event x;
         x.reason = r.text("reason");
         x.school = r.text_or("school", "");
         x.left_on = r.maybe_day("left_on");
         return x;
       }},
      {"legal_status", [](reader& r, const std::string&) -> event_body {
         legal_status_event x;
         x.status = r.text("status");
         x.since = r.maybe_day("since");
         x.ends_on = r.maybe_day("ends_on");
         x.released_on = r.maybe_day("released_on");
         return x;
       }},
      {"concerns_changed", [](reader& r, const std::string&) -> event_body {
         concerns_changed_event x;
         x.added = r.texts("added");
         x.removed = r.texts("removed");
         return x;
       }},
      {"follow_up", [](reader& r, const std::string&) -> event_body {
         follow_up_event x;
         x.kind = r.text("kind");
         x.successful = r.boolean_or("successful", true);
         x.minutes = r.small_integer_or("minutes", 0);
         x.placement_id = r.text_or("placement_id", "");
         return x;
       }},
      {"agency_joined", [](reader& r, const std::string&) -> event_body {
         agency_joined_event x;
         x.agency_id = r.text("agency_id");
         x.lead = r.boolean_or("lead", false);
         x.agreed = r.maybe_boolean("agreed");
         x.referral_id = r.text_or("referral_id", "");
         return x;
       }},
      {"agency_left", [](reader& r, const std::string&) -> event_body { return agency_left_event{r.text("agency_id")}; }},
      {"lead_changed", [](reader& r, const std::string&) -> event_body { return lead_changed_event{r.text("agency_id")}; }},
      {"meeting", [](reader& r, const std::string&) -> event_body {
         meeting_event x;
         x.meeting_id = r.text("meeting_id");
         x.kind = r.text("kind");
         x.decisions = read_meeting_decisions(r);
         return x;
       }},
  };
  return readers;
}

struct body_writer {
  json& j;
  void operator()(const intake_event& x) const {
    if (!x.channel.empty()) j["channel"] = x.channel;
    if (!x.source.empty()) j["source"] = x.source;
    if (!x.concerns.empty()) j["concerns"] = x.concerns;
    j["screening"] = x.screening;
    j["stage"] = std::string(to_string(x.start.at));
    if (!x.start.rung.empty()) j["rung"] = x.start.rung;
  }
  void operator()(const consent_event& x) const { j["info_sharing"] = x.info_sharing; }
  void operator()(const assessment_event& x) const {
    j["kind"] = x.kind;
    if (x.fdp)
      j["fdp"] = {{"interpersonal", x.fdp->interpersonal}, {"mental", x.fdp->mental}, {"stress", x.fdp->stress},
                  {"thinking", x.fdp->thinking}, {"environment", x.fdp->environment}};
    if (x.daily_rhythm) j["daily_rhythm"] = *x.daily_rhythm;
    if (x.interests) j["interests"] = *x.interests;
    if (x.strengths) j["strengths"] = *x.strengths;
    if (x.qualifications) j["qualifications"] = *x.qualifications;
    if (x.constraints) j["constraints"] = *x.constraints;
    if (x.supports_needed) j["supports_needed"] = *x.supports_needed;
    if (x.hours_per_week_max) j["hours_per_week_max"] = *x.hours_per_week_max;
    if (x.wishes) j["wishes"] = *x.wishes;
  }
  void operator()(const household_finance_event& x) const {
    j["income_yen"] = x.income_yen;
    j["financial_assets_yen"] = x.financial_assets_yen;
    j["debt_total_yen"] = x.debt_total_yen;
    j["arrears_months"] = x.arrears_months;
    if (x.expenses_yen) j["expenses_yen"] = *x.expenses_yen;
  }
  void operator()(const plan_event& x) const {
    j["start_on"] = x.start_on.to_string();
    j["end_on"] = x.end_on.to_string();
    j["goals"] = json::array();
    for (const auto& g : x.goals) {
      json gj = {{"id", g.id}, {"text", g.text}};
      if (!g.domain.empty()) gj["domain"] = g.domain;
      j["goals"].push_back(std::move(gj));
    }
  }
  void operator()(const plan_approved_event& x) const { j["meeting"] = x.meeting; }
  void operator()(const program_enrolled_event& x) const {
    j["program"] = x.program;
    if (x.planned_end_on) j["planned_end_on"] = x.planned_end_on->to_string();
    if (!x.route.empty()) j["route"] = x.route;
  }
  void operator()(const program_ended_event& x) const {
    j["program"] = x.program;
    if (!x.reason.empty()) j["reason"] = x.reason;
  }
  void operator()(const placement_started_event& x) const {
    j["placement_id"] = x.placement_id;
    if (!x.employer.empty()) j["employer"] = x.employer;
    if (!x.employer_id.empty()) j["employer_id"] = x.employer_id;
    if (!x.task_id.empty()) j["task_id"] = x.task_id;
    j["kind"] = x.kind;
    j["contract"] = x.contract;
    j["hours_per_week"] = x.hours_per_week;
    if (x.wage_per_hour_yen) j["wage_per_hour_yen"] = *x.wage_per_hour_yen;
    if (x.stipend_per_shift_yen) j["stipend_per_shift_yen"] = *x.stipend_per_shift_yen;
    if (x.end_on) j["end_on"] = x.end_on->to_string();
  }
  void operator()(const placement_ended_event& x) const {
    j["placement_id"] = x.placement_id;
    if (!x.reason.empty()) j["reason"] = x.reason;
  }
  void operator()(const attendance_event& x) const {
    if (!x.placement_id.empty()) j["placement_id"] = x.placement_id;
    j["period_start"] = x.period_start.to_string();
    j["scheduled_hours"] = x.scheduled_hours;
    j["attended_hours"] = x.attended_hours;
    j["unannounced_absences"] = x.unannounced_absences;
  }
  void operator()(const review_event& x) const {
    j["kind"] = x.kind;
    j["goals_total"] = x.goals_total;
    j["goals_achieved"] = x.goals_achieved;
  }
  void operator()(const appraisal_event& x) const {
    if (!x.placement_id.empty()) j["placement_id"] = x.placement_id;
    j["items"] = x.items;
  }
  void operator()(const referral_made_event& x) const {
    j["referral_id"] = x.referral_id;
    j["target"] = x.target;
    if (!x.agency_id.empty()) j["agency_id"] = x.agency_id;
    j["warm_handoff"] = x.warm_handoff;
    if (!x.reason.empty()) j["reason"] = x.reason;
  }
  void operator()(const referral_answered_event& x) const {
    j["referral_id"] = x.referral_id;
    j["outcome"] = x.outcome;
  }
  void operator()(const contact_event& x) const {
    j["kind"] = x.kind;
    j["successful"] = x.successful;
    if (x.minutes) j["minutes"] = x.minutes;
  }
  void operator()(const stage_changed_event& x) const {
    if (x.from) j["from"] = to_json(*x.from);
    j["to"] = to_json(x.to);
    j["direction"] = x.direction;
    if (!x.rule_id.empty()) j["rule_id"] = x.rule_id;
    if (!x.reason.ja.empty() || !x.reason.en.empty()) j["reason"] = {{"ja", x.reason.ja}, {"en", x.reason.en}};
    if (x.receipt_id) j["receipt_id"] = *x.receipt_id;
  }
  void operator()(const suspended_event& x) const {
    if (!x.reason.empty()) j["reason"] = x.reason;
  }
  void operator()(const closed_event& x) const {
    j["reason"] = x.reason;
    if (x.agreed) j["agreed"] = *x.agreed;
  }
  void operator()(const reopened_event& x) const {
    if (!x.reason.empty()) j["reason"] = x.reason;
  }
  void operator()(const job_lost_event& x) const {
    j["lost_on"] = x.lost_on.to_string();
    j["cause"] = x.cause;
    j["main_earner"] = x.main_earner;
  }
  void operator()(const job_search_event& x) const {
    j["period_start"] = x.period_start.to_string();
    j["hw_consultations"] = x.hw_consultations;
    j["applications"] = x.applications;
    j["job_interviews"] = x.job_interviews;
  }
  void operator()(const program_extended_event& x) const {
    j["program"] = x.program;
    j["planned_end_on"] = x.planned_end_on.to_string();
    if (!x.reason.empty()) j["reason"] = x.reason;
  }
  void operator()(const event_voided_event& x) const {
    j["voids"] = x.voids;
    j["reason"] = x.reason;
  }
  void operator()(const disability_status_event& x) const {
    j["cert"] = x.cert;
    if (!x.grade.empty()) j["grade"] = x.grade;
    if (x.basic_pension_grade) j["basic_pension_grade"] = *x.basic_pension_grade;
  }
  void operator()(const household_moved_event& x) const {
    if (!x.prefecture.empty()) j["prefecture"] = x.prefecture;
    if (!x.municipality.empty()) j["municipality"] = x.municipality;
    if (!x.housing.empty()) j["housing"] = x.housing;
    if (x.rent_yen) j["rent_yen"] = *x.rent_yen;
  }
  void operator()(const school_enrolled_event& x) const {
    j["school"] = x.school;
    if (x.enrolled_on) j["enrolled_on"] = x.enrolled_on->to_string();
    if (x.expected_graduation_on) j["expected_graduation_on"] = x.expected_graduation_on->to_string();
  }
  void operator()(const school_left_event& x) const {
    j["reason"] = x.reason;
    if (!x.school.empty()) j["school"] = x.school;
    if (x.left_on) j["left_on"] = x.left_on->to_string();
  }
  void operator()(const legal_status_event& x) const {
    j["status"] = x.status;
    if (x.since) j["since"] = x.since->to_string();
    if (x.ends_on) j["ends_on"] = x.ends_on->to_string();
    if (x.released_on) j["released_on"] = x.released_on->to_string();
  }
  void operator()(const concerns_changed_event& x) const {
    if (!x.added.empty()) j["added"] = x.added;
    if (!x.removed.empty()) j["removed"] = x.removed;
  }
  void operator()(const meeting_event& x) const {
    j["meeting_id"] = x.meeting_id;
    j["kind"] = x.kind;
    j["decisions"] = to_json(x.decisions);
  }
  void operator()(const agency_joined_event& x) const {
    j["agency_id"] = x.agency_id;
    j["lead"] = x.lead;
    if (x.agreed) j["agreed"] = *x.agreed;
    if (!x.referral_id.empty()) j["referral_id"] = x.referral_id;
  }
  void operator()(const agency_left_event& x) const { j["agency_id"] = x.agency_id; }
  void operator()(const lead_changed_event& x) const { j["agency_id"] = x.agency_id; }
  void operator()(const follow_up_event& x) const {
    j["kind"] = x.kind;
    j["successful"] = x.successful;
    if (x.minutes) j["minutes"] = x.minutes;
    if (!x.placement_id.empty()) j["placement_id"] = x.placement_id;
  }
};

}  // namespace

json to_json(const position& p) {
  json j = {{"stage", std::string(to_string(p.at))}};
  if (!p.rung.empty()) j["rung"] = p.rung;
  return j;
}

event event_from_json(const json& obj, const std::string& where) {
  reader r(obj, where);
  const std::string type = r.text("type");
  const auto& readers = body_readers();
  auto it = readers.find(type);
  if (it == readers.end()) {
    std::string known;
    for (auto name : event_type_names()) known += (known.empty() ? "" : ", ") + std::string(name);
    throw input_error(r.path("type"), message("error.unknown_event_type", type, known));
  }
  r.declare(event_schema(type));
  event e;
  e.origin = where;
  e.on = r.day("date");
  e.note = r.text_or("note", "");
  e.body = it->second(r, where);
  r.finish();
  try {
    validate(e);
  } catch (const input_error& err) {
    throw input_error(r.path(err.where()), err);
  }
  return e;
}

json to_json(const std::vector<meeting_decision>& decisions) {
  json out = json::array();
  for (const auto& d : decisions) {
    json one = {{"decision", d.decision}};
    if (!d.program.empty()) one["program"] = d.program;
    if (!d.target.empty()) one["target"] = d.target;
    if (d.to) one["to"] = to_json(*d.to);
    out.push_back(std::move(one));
  }
  return out;
}

json to_json(const event& e) {
  json j = {{"type", std::string(type_name(e.body))}, {"date", e.on.to_string()}};
  std::visit(body_writer{j}, e.body);
  if (!e.note.empty()) j["note"] = e.note;
  return j;
}

}  // namespace hashigo::format
