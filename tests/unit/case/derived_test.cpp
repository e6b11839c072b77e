// Derived facts computed in C++ so every pack sees the same numbers (design.md step 3).
#include <doctest/doctest.h>

#include "unit/case/case_fixtures.hpp"

#include "case/derive.hpp"

using namespace fixtures;
using doctest::Approx;

namespace {

journal started(position start = at(stage::employment)) {
  journal j;
  j.on("2015-05-11", intake(std::move(start)))
      .on("2015-06-01", assessment(fdp(3, 3, 2, 4, 3)))
      .on("2015-06-05", plan("2015-06-05", "2016-06-04"))
      .on("2015-06-20", plan_approved());
  return j;
}

attendance_record record(const char* from, const char* to, double scheduled, double attended) {
  attendance_record r;
  r.period_start = d(from);
  r.period_end = d(to);
  r.scheduled_hours = scheduled;
  r.attended_hours = attended;
  return r;
}

}  // namespace

TEST_CASE("age is whole years at as_of") {
  const auto j = started();
  CHECK(fold_at(j, "2015-05-11").derived.age == 27);  // J1: 27 at intake
  CHECK(fold_at(j, "2016-04-09").derived.age == 27);
  CHECK(fold_at(j, "2016-04-10").derived.age == 28);  // birthday
  auto unknown = header_j1();
  unknown.person.birth_date.reset();
  CHECK_FALSE(fold_at(j, "2016-04-10", unknown).derived.age);
}

TEST_CASE("months open, in stage and in rung follow stage_changed events") {
  auto j = started(at(stage::employment));
  j.on("2015-07-01", moved(at(stage::intermediate, "commuter_unpaid"), "up", at(stage::employment)))  // 4
      .on("2015-09-15", moved(at(stage::intermediate, "commuter_paid"), "up"))                        // 5
      .on("2015-12-01", moved(at(stage::intermediate, "commuter_unpaid"), "down"));                   // 6

  const auto first = fold_at(j, "2015-06-30");
  CHECK(first.derived.months_open == 1);
  CHECK(first.derived.months_in_stage == 1);  // since intake
  CHECK(first.derived.months_in_rung == 1);

  const auto s = fold_at(j, "2015-11-20");
  CHECK(s.position == at(stage::intermediate, "commuter_paid"));
  CHECK(s.stage_since == d("2015-07-01"));
  CHECK(s.position_since == d("2015-09-15"));
  CHECK(s.derived.months_open == 6);      // 05-11 → 11-11
  CHECK(s.derived.months_in_stage == 4);  // 07-01 → 11-01
  CHECK(s.derived.months_in_rung == 2);   // 09-15 → 11-15

  const auto after_down = fold_at(j, "2016-01-05");
  CHECK(after_down.derived.months_in_stage == 6);  // still intermediate since 07-01
  CHECK(after_down.derived.months_in_rung == 1);   // commuter_unpaid again since 12-01

  REQUIRE(after_down.timeline.size() == 4);
  CHECK(after_down.timeline[0].direction == "start");
  CHECK_FALSE(after_down.timeline[0].from);
  CHECK(after_down.timeline[1].direction == "up");
  CHECK(after_down.timeline[1].from == at(stage::employment));
  CHECK(after_down.timeline[1].rule_id == "SU-02");
  CHECK(after_down.timeline[1].reason.en == "goals achieved");
  CHECK(after_down.timeline[2].from == at(stage::intermediate, "commuter_unpaid"));
  CHECK(after_down.timeline[3].direction == "down");
  CHECK(after_down.timeline[3].on == d("2015-12-01"));
}

TEST_CASE("attendance rates over 14/30/90 days prorate a straddling period") {
  auto j = started();
  j.on("2015-07-20", placement("p1", "taiken", 10))
      .on("2015-08-16", attendance("p1", "2015-07-20", 40, 20, 5))   // R0: 28 days
      .on("2015-09-13", attendance("p1", "2015-08-17", 40, 30, 1))   // R1: 28 days
      .on("2015-09-27", attendance("p1", "2015-09-14", 20, 18, 2));  // R2: 14 days
  const auto s = fold_at(j, "2015-09-30");
  REQUIRE(s.attendance.size() == 3);
  CHECK(s.attendance[1].period_end == d("2015-09-13"));

  // 14 days = 09-17 … 09-30: 11 of R2's 14 days → (18·11/14) / (20·11/14) = 0.9
  REQUIRE(s.derived.attendance_14d);
  CHECK(*s.derived.attendance_14d == Approx(0.9));
  // 30 days = 09-01 … 09-30: R0 is outside; 13 of R1's 28 days (09-01 … 09-13) and all of R2:
  // attended 30·13/28 + 18 = 894/28, scheduled 40·13/28 + 20 = 1080/28 → 894/1080
  REQUIRE(s.derived.attendance_30d);
  CHECK(*s.derived.attendance_30d == Approx(894.0 / 1080.0));
  CHECK(*s.derived.attendance_30d == Approx(0.82778).epsilon(1e-4));
  // 90 days = 07-03 … 09-30 covers all three: (20 + 30 + 18) / (40 + 40 + 20)
  REQUIRE(s.derived.attendance_90d);
  CHECK(*s.derived.attendance_90d == Approx(0.68));
  // absences in periods ending within the last 30 days (R1 and R2), not R0's five
  CHECK(s.derived.unannounced_absences_30d == 3);

  // the 30 days end on as_of: on 09-14 they start on 08-16, R0's last day; on 09-15 they do not
  CHECK(fold_at(j, "2015-09-14").derived.unannounced_absences_30d == 6);
  CHECK(fold_at(j, "2015-09-15").derived.unannounced_absences_30d == 1);

  const auto early = fold_at(j, "2015-08-16");
  CHECK(*early.derived.attendance_30d == Approx(0.5));  // R0 lies inside 07-18 … 08-16
  CHECK(early.derived.unannounced_absences_30d == 5);

  const auto quiet = fold_at(j, "2016-01-31");  // nothing scheduled in the last 90 days
  CHECK_FALSE(quiet.derived.attendance_14d);
  CHECK_FALSE(quiet.derived.attendance_30d);
  CHECK_FALSE(quiet.derived.attendance_90d);
  CHECK(quiet.derived.unannounced_absences_30d == 0);

  const auto none = fold_at(started(), "2015-09-30");
  CHECK_FALSE(none.derived.attendance_30d);
}

TEST_CASE("attendance_rate window edges and proration") {
  const std::vector<attendance_record> records = {
      record("2015-09-01", "2015-09-10", 10, 5),   // 10 days
      record("2015-09-11", "2015-09-20", 10, 10),  // 10 days
  };
  // 10 days ending 09-15 = 09-06 … 09-15: half of each record → (2.5 + 5) / (5 + 5)
  REQUIRE(attendance_rate(records, d("2015-09-15"), 10));
  CHECK(*attendance_rate(records, d("2015-09-15"), 10) == Approx(0.75));
  // a window starting the day after a period ends does not see it
  CHECK(*attendance_rate(records, d("2015-09-20"), 10) == Approx(1.0));
  // a window ending on a period's first day sees one day of it
  CHECK(*attendance_rate({record("2015-09-11", "2015-09-20", 10, 10), record("2015-09-01", "2015-09-10", 10, 0)},
                         d("2015-09-11"), 2) == Approx(1.0 / 2.0));
  CHECK_FALSE(attendance_rate(records, d("2015-08-31"), 30));
  CHECK_FALSE(attendance_rate({record("2015-09-01", "2015-09-10", 0, 0)}, d("2015-09-10"), 30));
}

TEST_CASE("min_fdp_axis is the lowest axis of the latest assessment with FDP") {
  auto j = started();  // fdp 3,3,2,4,3 on 2015-06-01
  j.on("2015-10-01", assessment(std::nullopt, "re"))
      .on("2016-01-10", assessment(fdp(4, 3, 3, 4, 5), "re"));
  CHECK_FALSE(fold_at(j, "2015-05-31").derived.min_fdp_axis);
  CHECK(fold_at(j, "2015-06-01").derived.min_fdp_axis == 2);
  const auto without = fold_at(j, "2015-10-01");
  CHECK(without.derived.min_fdp_axis == 2);  // an assessment without FDP keeps the last axes
  CHECK(without.fdp_assessed_on == d("2015-06-01"));
  const auto improved = fold_at(j, "2016-01-10");
  CHECK(improved.derived.min_fdp_axis == 3);  // the latest, not the lowest ever
  CHECK(improved.fdp_assessed_on == d("2016-01-10"));
}

TEST_CASE("months_in_program sums every enrolment of a programme") {
  auto j = started();
  j.on("2015-06-21", enrolled("shuro_junbi"))    // 4
      .on("2015-07-01", enrolled("kakei"))      // 5
      .on("2015-09-21", program_ended("shuro_junbi"))
      .on("2016-01-10", enrolled("shuro_junbi"));

  const auto first = fold_at(j, "2015-09-20");
  CHECK(first.derived.months_in_program.at("shuro_junbi") == 2);  // 06-21 → 08-21
  CHECK(first.programs[0].active);

  const auto s = fold_at(j, "2016-04-20");
  REQUIRE(s.programs.size() == 3);
  CHECK_FALSE(s.programs[0].active);
  CHECK(s.programs[0].end_on == d("2015-09-21"));
  CHECK(s.programs[2].active);
  // 3 months (06-21 → 09-21) + 3 months (01-10 → 04-10)
  CHECK(s.derived.months_in_program.at("shuro_junbi") == 6);
  CHECK(s.derived.months_in_program.at("kakei") == 9);  // 07-01 → 04-01
  CHECK(s.derived.months_in_program.size() == 2);
}

TEST_CASE("hours_per_week sums active placements, and wage is the highest active one") {
  auto j = started();
  j.on("2015-10-01", placement("p3", "minwage_staff", 10, 1050.0))  // 4
      .on("2015-11-02", placement("p1", "part_time", 20, 1000.0))
      .on("2015-11-02", placement("p2", "commuter_paid", 6))
      .on("2015-12-01", placement_end("p3"));

  const auto one = fold_at(j, "2015-10-15");
  CHECK(one.derived.hours_per_week == Approx(10));
  REQUIRE(one.derived.wage_per_hour_yen);
  CHECK(*one.derived.wage_per_hour_yen == Approx(1050.0));

  const auto three = fold_at(j, "2015-11-15");
  CHECK(three.derived.hours_per_week == Approx(36));
  REQUIRE(three.derived.wage_per_hour_yen);
  CHECK(*three.derived.wage_per_hour_yen == Approx(1050.0));

  const auto two = fold_at(j, "2015-12-15");
  CHECK(two.derived.hours_per_week == Approx(26));  // p3 ended
  CHECK(*two.derived.wage_per_hour_yen == Approx(1000.0));

  auto unpaid = started();
  unpaid.on("2015-07-01", placement("c1", "commuter_unpaid", 6));
  const auto u = fold_at(unpaid, "2015-07-15");
  CHECK(u.derived.hours_per_week == Approx(6));
  CHECK_FALSE(u.derived.wage_per_hour_yen);
  CHECK_FALSE(fold_at(started(), "2015-07-15").derived.wage_per_hour_yen);
}

TEST_CASE("goal attainment, days since review, appraisal average") {
  auto j = started();
  j.on("2015-07-20", placement("p1", "minwage_staff", 20, 1000.0))
      .on("2015-08-31", review(5, 4))
      .on("2015-09-30", appraisal({{"punctuality", 4}, {"greeting", 5}, {"accuracy", 3}}, "p1"))
      .on("2015-10-31", review(0, 0))
      .on("2015-11-30", appraisal({{"punctuality", 4}, {"greeting", 5}}));

  CHECK_FALSE(fold_at(j, "2015-08-30").derived.goal_attainment);
  const auto reviewed = fold_at(j, "2015-09-10");
  REQUIRE(reviewed.derived.goal_attainment);
  CHECK(*reviewed.derived.goal_attainment == Approx(0.8));
  CHECK(reviewed.derived.days_since_review == 10);
  CHECK_FALSE(reviewed.derived.appraisal_average);

  const auto appraised = fold_at(j, "2015-09-30");
  REQUIRE(appraised.derived.appraisal_average);
  CHECK(*appraised.derived.appraisal_average == Approx(4.0));

  const auto empty_review = fold_at(j, "2015-11-01");
  CHECK_FALSE(empty_review.derived.goal_attainment);  // no goals, no ratio
  CHECK(empty_review.derived.days_since_review == 1);

  const auto latest = fold_at(j, "2015-12-01");
  CHECK(*latest.derived.appraisal_average == Approx(4.5));  // the latest appraisal only
  REQUIRE(latest.last_appraisal);
  CHECK(latest.last_appraisal->placement_id.empty());
}

TEST_CASE("contact and plan-end counters") {
  auto j = started();
  j.on("2015-09-01", contact()).on("2015-09-20", contact(false)).on("2015-09-25", contact(false));
  const auto s = fold_at(j, "2015-09-30");
  CHECK(s.derived.days_since_contact == 29);
  CHECK(s.failed_contacts_since_last == 2);
  CHECK(s.derived.days_to_plan_end == 248);  // 2015-09-30 → 2016-06-04
  CHECK(fold_at(j, "2016-06-10").derived.days_to_plan_end == -6);
  CHECK_FALSE(fold_at(j, "2015-08-31").derived.days_since_contact);
}

TEST_CASE("household_has_member_65_plus looks at the members and the person") {
  const auto j = started();
  CHECK_FALSE(fold_at(j, "2015-06-01").derived.household_has_member_65_plus);  // J1's mother is 60

  auto h = header_j1();
  h.household.members[0].birth_date = d("1950-06-01");
  CHECK_FALSE(fold_at(j, "2015-05-31", h).derived.household_has_member_65_plus);
  CHECK(fold_at(j, "2015-06-01", h).derived.household_has_member_65_plus);

  h.household.members[0].birth_date.reset();  // unknown age does not count
  CHECK_FALSE(fold_at(j, "2015-06-01", h).derived.household_has_member_65_plus);

  auto older = header_j1();
  older.person.birth_date = d("1950-01-01");
  older.household.members.clear();
  older.household.size = 1;
  CHECK(fold_at(j, "2015-06-01", older).derived.household_has_member_65_plus);
}
