// Field-level validation of one event and of a case header: impossible values name their field.
#include <doctest/doctest.h>

#include "unit/case/case_fixtures.hpp"

#include <hashigo/case/validate.hpp>

#include <algorithm>
#include <limits>

using namespace fixtures;

namespace {

event one(const char* on, event_body body) {
  event e;
  e.on = d(on);
  e.body = std::move(body);
  return e;
}

std::string where_of_event(const char* on, event_body body) {
  const auto e = one(on, std::move(body));
  return where_of([&] { validate(e); });
}

std::string detail_of_event(const char* on, event_body body) {
  const auto e = one(on, std::move(body));
  auto err = input_error_of([&] { validate(e); });
  return err ? err->detail() : "<no error>";
}

}  // namespace

TEST_CASE("good events of every type pass validation") {
  for (auto body : {intake(at(stage::social), "continue", "hellowork"), consent(), assessment(fdp(1, 2, 3, 4, 5)),
                    finance(180000, 300000), plan("2015-06-01", "2016-05-31"), plan_approved(), enrolled("shuro_junbi"),
                    program_ended("shuro_junbi"), placement("p1", "part_time", 20, 1000.0), placement_end("p1"),
                    attendance("p1", "2015-06-01", 12, 12), review(3, 3), appraisal({{"greeting", 4}}),
                    referral("r1", "saposute"), referral_answer("r1", "accepted"), contact(),
                    moved(at(stage::employment), "up"), suspended(), closed("employed"), reopened()}) {
    CAPTURE(type_name(body));
    CHECK(where_of_event("2015-06-30", body) == "<no error>");
  }
}

TEST_CASE("event type names are the wire names, in declaration order") {
  const auto& names = event_type_names();
  REQUIRE(names.size() == 35);
  CHECK(names.front() == "intake");
  CHECK(names[19] == "reopened");
  CHECK(names[23] == "disability_status");
  CHECK(names[24] == "event_voided");
  CHECK(names[25] == "household_moved");
  CHECK(names[30] == "follow_up");
  CHECK(names[31] == "meeting");
  CHECK(names[32] == "agency_joined");
  CHECK(names.back() == "lead_changed");
  CHECK(std::find(names.begin(), names.end(), "placement_started") != names.end());
  CHECK(type_name(attendance("", "2015-06-01", 1, 1)) == "attendance");
  CHECK(type_name(moved(at(stage::life), "down")) == "stage_changed");
}

TEST_CASE("FDP axes must lie between 1 and 5") {
  CHECK(where_of_event("2015-06-01", assessment(fdp(3, 3, 7, 3, 3))) == "fdp.stress");
  CHECK(detail_of_event("2015-06-01", assessment(fdp(3, 3, 7, 3, 3))) == "must be between 1 and 5 (got 7)");
  CHECK(where_of_event("2015-06-01", assessment(fdp(0, 3, 3, 3, 3))) == "fdp.interpersonal");
  CHECK(where_of_event("2015-06-01", assessment(fdp(3, 6, 3, 3, 3))) == "fdp.mental");
  CHECK(where_of_event("2015-06-01", assessment(fdp(3, 3, 3, -1, 3))) == "fdp.thinking");
  CHECK(where_of_event("2015-06-01", assessment(fdp(3, 3, 3, 3, 0))) == "fdp.environment");
  CHECK(where_of_event("2015-06-01", assessment(fdp(1, 1, 1, 1, 1))) == "<no error>");
  CHECK(where_of_event("2015-06-01", assessment(fdp(5, 5, 5, 5, 5))) == "<no error>");
  CHECK(where_of_event("2015-06-01", assessment(std::nullopt, "weekly")) == "kind");

  assessment_event rhythm;
  rhythm.daily_rhythm = 9;
  CHECK(where_of_event("2015-06-01", rhythm) == "daily_rhythm");
}

TEST_CASE("hours, wages and money cannot be negative or absurd") {
  CHECK(where_of_event("2015-06-01", placement("p1", "part_time", -1)) == "hours_per_week");
  CHECK(detail_of_event("2015-06-01", placement("p1", "part_time", -1)) == "must be >= 0");
  CHECK(where_of_event("2015-06-01", placement("p1", "part_time", 169)) == "hours_per_week");
  CHECK(where_of_event("2015-06-01", placement("p1", "part_time", 168)) == "<no error>");
  CHECK(where_of_event("2015-06-01", placement("p1", "part_time", std::numeric_limits<double>::quiet_NaN())) ==
        "hours_per_week");
  CHECK(where_of_event("2015-06-01", placement("p1", "part_time", 20, -900.0)) == "wage_per_hour_yen");
  CHECK(where_of_event("2015-06-01", placement("", "part_time", 20)) == "placement_id");
  CHECK(where_of_event("2015-06-01", placement("p1", "astronaut", 20)) == "kind");
  CHECK(detail_of_event("2015-06-01", placement("p1", "astronaut", 20)).find("'astronaut' is not one of:") == 0);
  CHECK(where_of_event("2015-06-01", finance(-1, 0)) == "income_yen");
  CHECK(where_of_event("2015-06-01", finance(0, -5)) == "financial_assets_yen");
  CHECK(where_of_event("2015-06-01", attendance("", "2015-05-01", -2, 0)) == "scheduled_hours");
  CHECK(where_of_event("2015-06-01", attendance("", "2015-05-01", 2, -1)) == "attended_hours");
  CHECK(where_of_event("2015-06-01", attendance("", "2015-05-01", 2, 1, -1)) == "unannounced_absences");
}

TEST_CASE("attended hours cannot exceed scheduled hours, and the period ends on the event date") {
  CHECK(where_of_event("2015-06-30", attendance("p1", "2015-06-01", 12, 12.5)) == "attended_hours");
  CHECK(detail_of_event("2015-06-30", attendance("p1", "2015-06-01", 12, 12.5)) ==
        "12.5 attended hours exceed 12 scheduled hours");
  CHECK(where_of_event("2015-06-30", attendance("p1", "2015-06-01", 12, 12)) == "<no error>");
  CHECK(where_of_event("2015-06-30", attendance("p1", "2015-07-01", 12, 6)) == "period_start");
  CHECK(where_of_event("2015-06-30", attendance("p1", "2015-06-30", 4, 4)) == "<no error>");  // one day
}

TEST_CASE("plans, programmes and placements cannot end before they start") {
  CHECK(where_of_event("2015-06-01", plan("2015-06-01", "2015-05-31")) == "end_on");
  CHECK(where_of_event("2015-06-01", plan("2015-06-01", "2015-06-01")) == "<no error>");
  CHECK(where_of_event("2015-06-01", placement("p1", "taiken", 10, std::nullopt, d("2015-05-31"))) == "end_on");
  CHECK(detail_of_event("2015-06-01", placement("p1", "taiken", 10, std::nullopt, d("2015-05-31"))) ==
        "the placement ends before it starts");
  CHECK(where_of_event("2015-06-01", placement("p1", "taiken", 10, std::nullopt, d("2015-06-01"))) == "<no error>");
  CHECK(where_of_event("2015-06-01", enrolled("shuro_junbi", d("2015-05-01"))) == "planned_end_on");
  CHECK(where_of_event("2015-06-01", enrolled("")) == "program");

  plan_event goals = std::get<plan_event>(plan("2015-06-01", "2015-12-01", 2));
  goals.goals[1].text.clear();
  CHECK(where_of_event("2015-06-01", goals) == "goals[1].text");
  goals.goals[1].text = "x";
  goals.goals[0].domain = "space";
  CHECK(where_of_event("2015-06-01", goals) == "goals[0].domain");
}

TEST_CASE("codes must be known: screening, review kind, outcomes, directions, closure reasons") {
  CHECK(where_of_event("2015-06-01", intake(at(stage::life), "maybe")) == "screening");
  CHECK(where_of_event("2015-06-01", intake(at(stage::life), "continue", "internet")) == "source");
  CHECK(where_of_event("2015-06-01", review(3, 4)) == "goals_achieved");
  CHECK(where_of_event("2015-06-01", review(3, 2, "weekly")) == "kind");
  CHECK(where_of_event("2015-06-01", review(-1, 0)) == "goals_total");
  CHECK(where_of_event("2015-06-01", appraisal({})) == "items");
  CHECK(where_of_event("2015-06-01", appraisal({{"greeting", 6}})) == "items.greeting");
  CHECK(where_of_event("2015-06-01", referral("r1", "")) == "target");
  CHECK(where_of_event("2015-06-01", referral_answer("r1", "maybe")) == "outcome");
  CHECK(where_of_event("2015-06-01", moved(at(stage::social), "sideways")) == "direction");
  CHECK(where_of_event("2015-06-01", closed("")) == "reason");
  CHECK(where_of_event("2015-06-01", closed("bored")) == "reason");
  for (auto reason : closure_reasons()) CHECK(where_of_event("2015-06-01", closed(std::string(reason))) == "<no error>");
  CHECK(std::find(closure_reasons().begin(), closure_reasons().end(), "referred_other") != closure_reasons().end());
  CHECK(std::find(closure_reasons().begin(), closure_reasons().end(), "info_only") != closure_reasons().end());
}

TEST_CASE("case header validation names the field") {
  CHECK(where_of([] { validate(header_j1()); }) == "<no error>");
  auto h = header_j1();
  h.id = "";
  CHECK(where_of([&] { validate(h); }) == "id");
  h.id = "J1 B";
  CHECK(where_of([&] { validate(h); }) == "id");
  h = header_j1();
  h.person.gender = "m";
  CHECK(where_of([&] { validate(h); }) == "person.gender");
  h = header_j1();
  h.person.disability_cert = "yes";
  CHECK(where_of([&] { validate(h); }) == "person.disability_cert");
  h = header_j1();
  h.household.size = 0;
  CHECK(where_of([&] { validate(h); }) == "household.size");
  h = header_j1();
  h.household.size = 1;  // but one other member is listed
  CHECK(where_of([&] { validate(h); }) == "household.members");
  h = header_j1();
  h.household.rent_yen = -1;
  CHECK(where_of([&] { validate(h); }) == "household.rent_yen");
  h = header_j1();
  h.household.housing = "castle";
  CHECK(where_of([&] { validate(h); }) == "household.housing");
}

TEST_CASE("region names are lowercase names, never paths") {
  for (const char* good : {"national", "chiba", "a", "kanagawa-byturn", "region_2", "x1"}) CHECK(is_region_name(good));
  for (const char* bad : {"", "Chiba", "1st", "-x", "_x", "../national", "national/../chiba", "/etc", ".", "..",
                          "a b", "ちば", "a.b"})
    CHECK_FALSE(is_region_name(bad));
  CHECK_FALSE(is_region_name(std::string(65, 'a')));
  CHECK(is_region_name(std::string(64, 'a')));
  auto h = header_j1();
  h.region = "../national";
  CHECK(where_of([&] { validate(h); }) == "region");
}
