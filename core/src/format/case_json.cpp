#include <hashigo/case/place.hpp>
#include <hashigo/case/validate.hpp>
#include <hashigo/format/case_json.hpp>

#include "format/case_file_schema.hpp"
#include "format/json_guard.hpp"
#include "format/reader.hpp"

#include <fmt/format.h>

namespace hashigo::format {
namespace {

using nlohmann::json;
using namespace hashigo::cases;

template <class T>
json optional_json(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

json optional_date(const std::optional<date>& d) { return d ? json(d->to_string()) : json(nullptr); }

}  // namespace

json parse_json(std::string_view text, const std::string& source, const json_limits& limits) {
  auto at = [&](std::size_t offset) {
    const text_place p = place_of(text, offset);
    return fmt::format("{}:{}:{}", source, p.line, p.column);
  };
  if (text.size() > limits.max_bytes)
    throw input_error(source, message("error.input_over_limit", text.size(), limits.max_bytes));
  if (const auto deep = too_deep_at(text, limits.max_depth))
    throw input_error(at(*deep), message("error.json_too_deep", limits.max_depth));
  try {
    return json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    // nlohmann reports a byte offset; people need a line and column.
    std::string what = e.what();
    if (auto pos = what.find("syntax error "); pos != std::string::npos) what = what.substr(pos);
    throw input_error(at(e.byte == 0 ? 0 : e.byte - 1), message("error.bad_json", what));
  } catch (const json::out_of_range&) {
    // The parser refuses numbers beyond a double (1e999) without saying where they are.
    const auto offset = overflowing_number_at(text);
    throw input_error(offset ? at(*offset) : source, message("error.number_beyond_double"));
  } catch (const json::exception& e) {
    throw input_error(source, message("error.bad_json", e.what()));
  }
}

case_header header_from_json(const json& doc, const std::string& where) {
  reader r(doc, where, file_type("CaseFile"));
  case_header h;
  h.id = r.text("id");
  h.region = r.text_or("region", "national");
  if (const auto* p = r.raw("person")) {
    reader pr(*p, r.path("person"), file_type("Person"));
    h.person.pseudonym = pr.text_or("pseudonym", "");
    h.person.birth_date = pr.maybe_day("birth_date");
    h.person.gender = pr.text_or("gender", "unknown");
    h.person.disability_cert = pr.text_or("disability_cert", "none");
    h.person.disability_grade = pr.text_or("disability_grade", "");
    h.person.basic_pension_grade = pr.maybe_small_integer("basic_pension_grade");
    pr.finish();
  }
  if (const auto* hh = r.raw("household")) {
    reader hr(*hh, r.path("household"), file_type("Household"));
    h.household.size = hr.small_integer_or("size", 1);
    h.household.kind = hr.text_or("kind", "");
    h.household.housing = hr.text_or("housing", "");
    h.household.rent_yen = hr.integer_or("rent_yen", 0);
    h.household.on_public_assistance = hr.boolean_or("on_public_assistance", false);
    h.household.prefecture = hr.text_or("prefecture", "");
    h.household.municipality = hr.text_or("municipality", "");
    if (const auto* members = hr.raw("members")) {
      if (!members->is_array()) throw input_error(hr.path("members"), message("error.wrong_type", message::term("json_type.an_array"), describe(*members)));
      for (std::size_t i = 0; i < members->size(); ++i) {
        reader mr((*members)[i], fmt::format("{}[{}]", hr.path("members"), i), file_type("HouseholdMember"));
        household_member m;
        m.relation = mr.text("relation");
        m.birth_date = mr.maybe_day("birth_date");
        mr.finish();
        h.household.members.push_back(std::move(m));
      }
    }
    hr.finish();
  }
  r.finish();  // a misspelt top-level field (`nmae`, `houshold`) must not be silently ignored
  try {
    validate(h);
  } catch (const input_error& e) {
    throw input_error(r.path(e.where()), e);
  }
  // A municipality code names its prefecture: one place, stored whole.
  if (h.household.prefecture.empty() && !h.household.municipality.empty())
    h.household.prefecture = prefecture_of(h.household.municipality);
  return h;
}

case_file case_file_from_json(const json& doc) {
  if (!doc.is_object()) throw input_error("", message("error.case_file_not_object", describe(doc)));
  if (doc.contains("format") && doc["format"] != std::string(case_file_tag))
    throw input_error("format", message("error.expected_value", case_file_tag));
  // The header is everything but the tag and the events (copied field by field: copying the whole
  // document would copy every event too).
  json header = json::object();
  for (auto it = doc.begin(); it != doc.end(); ++it)
    if (it.key() != "format" && it.key() != "events") header[it.key()] = *it;
  case_file f;
  f.header = header_from_json(header, "");
  if (doc.contains("events")) {
    const auto& events = doc["events"];
    if (!events.is_array()) throw input_error("events", message("error.wrong_type", message::term("json_type.an_array"), describe(events)));
    for (std::size_t i = 0; i < events.size(); ++i) {
      auto e = event_from_json(events[i], fmt::format("events[{}]", i));
      e.seq = static_cast<std::int64_t>(i);
      f.events.push_back(std::move(e));
    }
  }
  return f;
}

json to_json(const person& p) {
  json j = {{"gender", p.gender}, {"disability_cert", p.disability_cert}};
  if (!p.pseudonym.empty()) j["pseudonym"] = p.pseudonym;
  if (p.birth_date) j["birth_date"] = p.birth_date->to_string();
  if (!p.disability_grade.empty()) j["disability_grade"] = p.disability_grade;
  if (p.basic_pension_grade) j["basic_pension_grade"] = *p.basic_pension_grade;
  return j;
}

json to_json(const household& h) {
  json j = {{"size", h.size}, {"on_public_assistance", h.on_public_assistance}};
  if (!h.kind.empty()) j["kind"] = h.kind;
  if (!h.housing.empty()) j["housing"] = h.housing;
  if (h.rent_yen) j["rent_yen"] = h.rent_yen;
  if (!h.prefecture.empty()) j["prefecture"] = h.prefecture;
  if (!h.municipality.empty()) j["municipality"] = h.municipality;
  if (!h.members.empty()) {
    j["members"] = json::array();
    for (const auto& m : h.members) {
      json mj = {{"relation", m.relation}};
      if (m.birth_date) mj["birth_date"] = m.birth_date->to_string();
      j["members"].push_back(std::move(mj));
    }
  }
  return j;
}

json to_json(const case_file& f) {
  json j = {{"format", std::string(case_file_tag)}, {"id", f.header.id}, {"region", f.header.region},
            {"person", to_json(f.header.person)}, {"household", to_json(f.header.household)}};
  j["events"] = json::array();
  for (const auto& e : f.events) j["events"].push_back(to_json(e));
  return j;
}

json to_json(const case_state& s) {
  const auto& d = s.derived;
  json derived = {
      {"age", optional_json(d.age)},
      {"months_open", d.months_open},
      {"months_in_stage", d.months_in_stage},
      {"months_in_rung", d.months_in_rung},
      {"attendance_14d", optional_json(d.attendance_14d)},
      {"attendance_30d", optional_json(d.attendance_30d)},
      {"attendance_90d", optional_json(d.attendance_90d)},
      {"unannounced_absences_30d", d.unannounced_absences_30d},
      {"min_fdp_axis", optional_json(d.min_fdp_axis)},
      {"months_in_program", d.months_in_program},
      {"hours_per_week", d.hours_per_week},
      {"wage_per_hour_yen", optional_json(d.wage_per_hour_yen)},
      {"days_since_contact", optional_json(d.days_since_contact)},
      {"days_since_review", optional_json(d.days_since_review)},
      {"goal_attainment", optional_json(d.goal_attainment)},
      {"appraisal_average", optional_json(d.appraisal_average)},
      {"days_since_appraisal", optional_json(d.days_since_appraisal)},
      {"previous_min_fdp_axis", optional_json(d.previous_min_fdp_axis)},
      {"days_to_plan_end", optional_json(d.days_to_plan_end)},
      {"household_has_member_65_plus", d.household_has_member_65_plus},
      {"months_granted", d.months_granted},
      {"contacts_30d", d.contacts_30d},
      {"hired_on", optional_date(d.hired_on)},
      {"days_since_hire", optional_json(d.days_since_hire)},
  };
  json contacts = json::object();
  for (const auto& [kind, k] : d.contacts_by_kind)
    contacts[kind] = {{"last_on", optional_date(k.last_on)}, {"last_attempt_on", k.last_attempt_on.to_string()},
                      {"successful", k.successful}, {"attempted", k.attempted}};
  derived["contacts"] = std::move(contacts);
  derived["follow_ups"] = {{"count", d.follow_ups.count}, {"attempts", d.follow_ups.attempts},
                           {"last_on", optional_date(d.follow_ups.last_on)}, {"after_closure", d.follow_ups.after_closure}};
  json schools = json::array();
  for (const auto& x : s.schools)
    schools.push_back({{"kind", x.kind}, {"enrolled_on", optional_date(x.enrolled_on)},
                       {"expected_graduation_on", optional_date(x.expected_graduation_on)},
                       {"left_on", optional_date(x.left_on)},
                       {"left_reason", x.left_reason.empty() ? json(nullptr) : json(x.left_reason)}});
  json legal = nullptr;
  if (s.legal)
    legal = {{"status", s.legal->status}, {"recorded_on", s.legal->recorded_on.to_string()},
             {"since", optional_date(s.legal->since)}, {"ends_on", optional_date(s.legal->ends_on)},
             {"released_on", optional_date(s.legal->released_on)}};
  json timeline = json::array();
  for (const auto& m : s.timeline) {
    json mj = {{"date", m.on.to_string()}, {"to", to_json(m.to)}, {"direction", m.direction}};
    if (m.from) mj["from"] = to_json(*m.from);
    if (!m.rule_id.empty()) mj["rule_id"] = m.rule_id;
    if (!m.reason.ja.empty() || !m.reason.en.empty()) mj["reason"] = {{"ja", m.reason.ja}, {"en", m.reason.en}};
    timeline.push_back(std::move(mj));
  }
  json programs = json::array();
  for (const auto& p : s.programs)
    programs.push_back({{"program", p.program}, {"start_on", p.start_on.to_string()},
                        {"end_on", optional_date(p.end_on)}, {"active", p.active},
                        {"planned_end_on", optional_date(p.planned_end_on)}, {"extensions", p.extensions}});
  json placements = json::array();
  for (const auto& p : s.placements) {
    json pj = {{"id", p.id}, {"kind", p.kind}, {"employer", p.employer},
               {"hours_per_week", p.hours_per_week}, {"start_on", p.start_on.to_string()},
               {"end_on", optional_date(p.end_on)}, {"active", p.active}};
    if (!p.employer_id.empty()) pj["employer_id"] = p.employer_id;
    if (!p.task_id.empty()) pj["task_id"] = p.task_id;
    placements.push_back(std::move(pj));
  }
  json profile = nullptr;
  if (s.profile)
    profile = {{"assessed_on", s.profile->assessed_on.to_string()}, {"interests", s.profile->interests},
               {"strengths", s.profile->strengths}, {"qualifications", s.profile->qualifications},
               {"constraints", s.profile->constraints}, {"supports_needed", s.profile->supports_needed},
               {"hours_per_week_max", s.profile->hours_per_week_max ? json(*s.profile->hours_per_week_max) : json(nullptr)},
               {"wishes", s.profile->wishes}};
  json referrals = json::array();
  for (const auto& r : s.referrals) {
    json one = {{"id", r.id}, {"target", r.target}, {"status", r.status}, {"made_on", r.made_on.to_string()}, {"warm_handoff", r.warm_handoff}};
    if (!r.agency_id.empty()) one["agency_id"] = r.agency_id;
    referrals.push_back(std::move(one));
  }
  // Every agency that has held the case, with what its record says when the case was linked.
  json agencies = json::array();
  json lead = nullptr;
  for (const auto& a : s.agencies) {
    json one = {{"agency_id", a.agency_id}, {"lead", a.lead}, {"joined_on", a.joined_on.to_string()},
                {"left_on", optional_date(a.left_on)}, {"agreed", a.agreed ? json(*a.agreed) : json(nullptr)},
                {"referral_id", a.referral_id.empty() ? json(nullptr) : json(a.referral_id)}};
    if (a.link) {
      one["name"] = a.link->name;
      one["role"] = a.link->role;
      one["kikan"] = a.link->kikan;
      one["supervised_by"] = a.link->supervised_by.empty() ? json(nullptr) : json(a.link->supervised_by);
      one["in_area"] = a.link->in_area ? json(*a.link->in_area) : json(nullptr);
    }
    if (a.lead && !a.left_on) lead = a.agency_id;
    agencies.push_back(std::move(one));
  }
  json meetings = json::array();
  for (const auto& m : s.meetings) {
    json one = {{"id", m.id}, {"kind", m.kind}, {"on", m.on.to_string()}, {"decisions", to_json(m.decisions)}};
    if (!m.minutes.empty()) one["minutes"] = m.minutes;
    meetings.push_back(std::move(one));
  }
  return json{
      {"id", s.header.id},
      {"region", s.header.region},
      {"as_of", s.as_of.to_string()},
      {"opened_on", s.events_folded ? json(s.opened_on.to_string()) : json(nullptr)},
      {"episode", s.episode},
      {"status", std::string(to_string(s.status))},
      {"closure_reason", s.closure_reason.empty() ? json(nullptr) : json(s.closure_reason)},
      {"position", to_json(s.position)},
      {"consent_info_sharing", s.consent_info_sharing},
      {"household", to_json(s.header.household)},
      {"moved_on", optional_date(s.moved_on)},
      {"concerns", s.concerns},
      {"schools", std::move(schools)},
      {"legal", std::move(legal)},
      {"derived", std::move(derived)},
      {"timeline", std::move(timeline)},
      {"programs", std::move(programs)},
      {"placements", std::move(placements)},
      {"profile", std::move(profile)},
      {"referrals", std::move(referrals)},
      {"agencies", std::move(agencies)},
      {"lead_agency", std::move(lead)},
      {"meetings", std::move(meetings)},
      {"last_seq", s.last_seq},
  };
}

}  // namespace hashigo::format
