// to_json(case_file) → case_file_from_json is the identity on what a case file carries.
#include <doctest/doctest.h>

#include "unit/case/case_fixtures.hpp"

#include <hashigo/format/case_json.hpp>

#include <set>
#include <string>

using namespace fixtures;
using hashigo::format::case_file;
using nlohmann::json;

namespace {

// One event of every type, with optional fields set wherever the type has them.
case_file every_event_type() {
  case_file f;
  f.header = header_j1();
  f.header.person.disability_cert = "applying";
  f.header.household.on_public_assistance = true;
  f.header.household.prefecture = "14";
  f.header.household.municipality = "142051";
  journal j;

  intake_event in = std::get<intake_event>(intake(at(stage::intermediate, "commuter_unpaid"), "continue", "family"));
  in.concerns = {"debt", "housing"};
  j.on("2015-05-11", in);
  j.on("2015-05-11", consent(false));
  assessment_event as = std::get<assessment_event>(assessment(fdp(1, 2, 3, 4, 5)));
  as.daily_rhythm = 2;
  j.on("2015-06-01", as);
  household_finance_event fin = std::get<household_finance_event>(finance(180000, 300000));
  fin.debt_total_yen = 450000;
  fin.arrears_months = 2;
  fin.expenses_yen = 170000;
  j.on("2015-06-01", fin);
  plan_event pl = std::get<plan_event>(plan("2015-06-05", "2016-06-04", 2));
  pl.goals[1].domain.clear();  // a goal without a domain
  j.on("2015-06-05", pl);
  j.on("2015-06-20", plan_approved());
  j.on("2015-06-21", enrolled("shuro_junbi", d("2016-06-20")));
  j.on("2015-07-01", placement("p1", "commuter_paid", 12.5, std::nullopt, d("2015-12-31")));
  placement_started_event paid = std::get<placement_started_event>(placement("p2", "minwage_staff", 20, 1023.5));
  paid.stipend_per_shift_yen = 500;
  j.on("2015-07-01", paid);
  j.on("2015-07-31", attendance("p1", "2015-07-01", 50, 37.5, 1));
  j.on("2015-07-31", attendance("", "2015-07-01", 8, 8));
  j.on("2015-08-31", review(3, 2));
  j.on("2015-09-30", appraisal({{"greeting", 4}, {"punctuality", 5}}, "p2"));
  j.on("2015-10-01", referral("r1", "saposute"));
  j.on("2015-10-20", referral_answer("r1", "accepted"));
  j.on("2015-10-21", contact(false));
  stage_changed_event up = std::get<stage_changed_event>(
      moved(at(stage::intermediate, "commuter_paid"), "up", at(stage::intermediate, "commuter_unpaid")));
  up.receipt_id = 42;
  j.on("2015-11-01", up);
  j.on("2015-11-02", placement_end("p1"));
  j.on("2015-11-30", program_ended("shuro_junbi"));
  j.on("2015-12-01", job_lost("2015-11-20", "income_drop", false));
  j.on("2015-12-01", enrolled("jukyo_kakuho", d("2016-02-29")));
  j.on("2015-12-31", job_search("2015-12-01", 2, 3, 1));
  j.on("2016-01-05", extended("jukyo_kakuho", "2016-05-31"));
  j.on("2016-01-06", disability("seishin", "3級", 2));
  j.on("2016-01-10", suspended());
  j.on("2016-02-20", closed("contact_lost"));
  j.on("2016-04-01", reopened());
  j.on("2016-04-02", voided(15, "a failed call logged on the wrong case"));
  household_moved_event move;
  move.municipality = "142042";
  move.prefecture = "14";
  move.housing = "public";
  move.rent_yen = 31000;
  j.on("2016-04-10", move);
  j.on("2016-04-11", school_enrolled_event{"high_part_time", d("2016-04-08"), d("2020-03-01")});
  j.on("2016-04-12", school_left_event{"dropped_out", "high_part_time", d("2016-04-11")});
  j.on("2016-04-13", legal_status_event{"parole", d("2015-10-01"), d("2016-09-30"), d("2015-10-01")});
  j.on("2016-04-14", concerns_changed_event{{"nanbyo"}, {"debt"}});
  j.on("2016-04-15", follow_up_event{"referral_check", false, 15, "p2"});
  meeting_event meeting{"m-2016-05", "shien_kaigi", {}};
  meeting.decisions.push_back({"support_decided", "jukyo_kakuho", "", std::nullopt});
  meeting.decisions.push_back({"referral_agreed", "", "saposute", std::nullopt});
  meeting.decisions.push_back({"step_confirmed", "", "", at(stage::employment)});
  meeting.decisions.push_back({"info_shared", "", "", std::nullopt});
  j.on("2016-05-01", meeting);
  referral_made_event to_agency;
  to_agency.referral_id = "r-naka";
  to_agency.target = "nakapotsu";
  to_agency.agency_id = "naka-kikan";
  j.on("2016-05-02", to_agency);
  j.on("2016-05-02", agency_joined_event{"centre", true, std::nullopt, ""});
  j.on("2016-05-03", agency_joined_event{"naka-kikan", false, true, "r-naka"});
  j.on("2016-05-04", lead_changed_event{"naka-kikan"});
  j.on("2016-05-05", agency_left_event{"centre"});
  j.events[5].note = "支援調整会議で承認";
  f.events = j.events;
  return f;
}

}  // namespace

TEST_CASE("round trip through JSON text keeps every event of every type") {
  const auto original = every_event_type();
  const json first = hashigo::format::to_json(original);
  const std::string text = first.dump(2);

  const auto back = hashigo::format::case_file_from_json(hashigo::format::parse_json(text, "round.json"));
  CHECK(hashigo::format::to_json(back) == first);
  CHECK(hashigo::format::to_json(back).dump(2) == text);
  REQUIRE(back.events.size() == original.events.size());

  std::set<std::string> types;
  for (const auto& e : first.at("events")) types.insert(e.at("type").get<std::string>());
  CHECK(types.size() == event_type_names().size());

  for (std::size_t i = 0; i < back.events.size(); ++i) {
    CAPTURE(i);
    CHECK(back.events[i].on == original.events[i].on);
    CHECK(type_name(back.events[i].body) == type_name(original.events[i].body));
    CHECK(back.events[i].note == original.events[i].note);
    CHECK(back.events[i].origin == "events[" + std::to_string(i) + "]");
    CHECK(back.events[i].seq == static_cast<std::int64_t>(i));
  }

  // spot checks of fields that have defaults or are optional, so a dropped field cannot hide
  CHECK_FALSE(std::get<consent_event>(back.events[1].body).info_sharing);  // the reader defaults to true
  CHECK(std::get<assessment_event>(back.events[2].body).daily_rhythm == 2);
  CHECK(std::get<household_finance_event>(back.events[3].body).expenses_yen == 170000);
  CHECK(std::get<plan_event>(back.events[4].body).goals[1].domain.empty());
  CHECK(std::get<plan_event>(back.events[4].body).goals[1].id == "g2");
  const auto& p1 = std::get<placement_started_event>(back.events[7].body);
  CHECK(p1.hours_per_week == 12.5);
  CHECK(p1.end_on == d("2015-12-31"));
  CHECK_FALSE(p1.wage_per_hour_yen);
  const auto& p2 = std::get<placement_started_event>(back.events[8].body);
  CHECK(p2.wage_per_hour_yen == 1023.5);
  CHECK(p2.stipend_per_shift_yen == 500);
  CHECK(p2.contract == "employment");
  CHECK(std::get<attendance_event>(back.events[9].body).attended_hours == 37.5);
  CHECK(std::get<attendance_event>(back.events[10].body).placement_id.empty());
  CHECK(std::get<appraisal_event>(back.events[12].body).items.at("punctuality") == 5);
  CHECK(std::get<referral_made_event>(back.events[13].body).warm_handoff);
  CHECK_FALSE(std::get<contact_event>(back.events[15].body).successful);
  CHECK(std::get<contact_event>(back.events[15].body).minutes == 30);
  const auto& up = std::get<stage_changed_event>(back.events[16].body);
  REQUIRE(up.from);
  CHECK(*up.from == at(stage::intermediate, "commuter_unpaid"));
  CHECK(up.to == at(stage::intermediate, "commuter_paid"));
  CHECK(up.receipt_id == 42);
  CHECK(up.reason == localized{"目標達成", "goals achieved"});
  const auto& lost = std::get<job_lost_event>(back.events[19].body);
  CHECK(lost.lost_on == d("2015-11-20"));
  CHECK(lost.cause == "income_drop");
  CHECK_FALSE(lost.main_earner);  // the reader defaults to true
  CHECK(std::get<job_search_event>(back.events[21].body).job_interviews == 1);
  CHECK(std::get<program_extended_event>(back.events[22].body).planned_end_on == d("2016-05-31"));
  CHECK(std::get<disability_status_event>(back.events[23].body).basic_pension_grade == 2);
  CHECK(std::get<closed_event>(back.events[25].body).reason == "contact_lost");
  const auto& correction = std::get<event_voided_event>(back.events[27].body);
  CHECK(correction.voids == 15);
  CHECK(correction.reason == "a failed call logged on the wrong case");
  CHECK(back.events[5].note == "支援調整会議で承認");
  const auto& move_back = std::get<household_moved_event>(back.events[28].body);
  CHECK(move_back.municipality == "142042");
  CHECK(move_back.prefecture == "14");
  CHECK(move_back.housing == "public");
  CHECK(move_back.rent_yen == 31000);
  const auto& school = std::get<school_enrolled_event>(back.events[29].body);
  CHECK(school.enrolled_on == d("2016-04-08"));
  CHECK(school.expected_graduation_on == d("2020-03-01"));
  const auto& left = std::get<school_left_event>(back.events[30].body);
  CHECK(left.school == "high_part_time");
  CHECK(left.left_on == d("2016-04-11"));
  const auto& legal = std::get<legal_status_event>(back.events[31].body);
  CHECK(legal.since == d("2015-10-01"));
  CHECK(legal.ends_on == d("2016-09-30"));
  CHECK(legal.released_on == d("2015-10-01"));
  const auto& changed = std::get<concerns_changed_event>(back.events[32].body);
  CHECK(changed.added == std::vector<std::string>{"nanbyo"});
  CHECK(changed.removed == std::vector<std::string>{"debt"});
  const auto& follow = std::get<follow_up_event>(back.events[33].body);
  CHECK_FALSE(follow.successful);  // the reader defaults to true
  CHECK(follow.minutes == 15);
  CHECK(follow.placement_id == "p2");

  CHECK(back.header.person.disability_cert == "applying");
  CHECK(back.header.household.on_public_assistance);
  CHECK(back.header.household.rent_yen == 55000);
  CHECK(back.header.household.prefecture == "14");
  CHECK(back.header.household.municipality == "142051");
  CHECK(back.header.household.members.at(0).birth_date == d("1955-03-01"));

  // and the round-tripped events still fold to the same case, the voided contact left out (the
  // follow-up is the one contact left)
  const auto folded = fold(back.header, back.events, d("2016-04-30"));
  REQUIRE(folded.contacts.size() == 1);
  CHECK(folded.contacts[0].kind == "referral_check");
  CHECK(folded.header.household.municipality == "142042");
  CHECK(hashigo::format::to_json(fold(back.header, back.events, d("2016-04-30"))) ==
        hashigo::format::to_json(fold(original.header, original.events, d("2016-04-30"))));
}

TEST_CASE("round trip from hand-written JSON text is stable") {
  const std::string text = R"({
    "id": "J3", "person": {"birth_date": "1981-02-14", "gender": "female"},
    "household": {"size": 2, "kind": "single_parent", "members": [{"relation": "child"}]},
    "events": [
      {"type": "intake", "date": "2015-05-11", "stage": "employment", "note": "walk-in"},
      {"type": "assessment", "date": "2015-06-01", "kind": "initial"},
      {"type": "stage_changed", "date": "2015-07-01", "to": {"stage": "intermediate", "rung": "commuter_unpaid"},
       "direction": "up", "reason": "plain text reason"},
      {"type": "contact", "date": "2015-07-02"}
    ]})";
  const auto once = hashigo::format::case_file_from_json(hashigo::format::parse_json(text, "j3.json"));
  const json first = hashigo::format::to_json(once);
  CHECK(first.at("format") == "hashigo.case/1");
  CHECK(first.at("region") == "national");
  CHECK(first.at("events").at(0).at("note") == "walk-in");
  CHECK(first.at("events").at(0).at("screening") == "continue");  // defaults are written out
  CHECK(first.at("events").at(2).at("reason") == json({{"ja", "plain text reason"}, {"en", "plain text reason"}}));
  CHECK_FALSE(first.at("events").at(3).contains("minutes"));  // zero minutes are left out

  const auto twice = hashigo::format::case_file_from_json(first);
  CHECK(hashigo::format::to_json(twice) == first);
  CHECK(hashigo::format::to_json(twice.events.at(2)) == first.at("events").at(2));

  // event_from_json alone, with its own prefix
  const auto e = hashigo::format::event_from_json(first.at("events").at(2), "incoming[0]");
  CHECK(e.origin == "incoming[0]");
  CHECK(std::get<stage_changed_event>(e.body).to == at(stage::intermediate, "commuter_unpaid"));
  try {
    (void)hashigo::format::event_from_json(json{{"type", "contact"}, {"date", "2015-07-02"}, {"minutes", -1}},
                                           "incoming[3]");
    FAIL("negative minutes accepted");
  } catch (const input_error& err) {
    CHECK(err.where() == "incoming[3].minutes");
  }
}

TEST_CASE("position and header JSON") {
  CHECK(hashigo::format::to_json(at(stage::social)) == json({{"stage", "social"}}));
  CHECK(hashigo::format::to_json(at(stage::general, "part_time")) ==
        json({{"stage", "general"}, {"rung", "part_time"}}));
  const json doc = {{"id", "H1"}, {"person", hashigo::format::to_json(header_j1().person)},
                    {"household", hashigo::format::to_json(header_j1().household)}};
  const auto h = hashigo::format::header_from_json(doc, "");
  CHECK(h.person.birth_date == header_j1().person.birth_date);
  CHECK(h.household.members.size() == 1);
  CHECK(h.household.kind == "multi_gen");
  CHECK(where_of([] { (void)hashigo::format::header_from_json(json{{"id", "x"}, {"extra", 1}}, "cases[2]"); }) ==
        "cases[2].extra");
}
