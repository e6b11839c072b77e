// The facts the national pack's housing-benefit, disability and programme-period rules need:
// job_lost, job_search, program_extended, disability_status, and what the fold derives from them.
#include <doctest/doctest.h>

#include "unit/case/case_fixtures.hpp"

#include <hashigo/case/validate.hpp>

using namespace fixtures;

namespace {

journal in_support() {
  journal j;
  j.on("2024-04-08", intake(at(stage::employment)))
      .on("2024-04-15", assessment(fdp(3, 3, 3, 3, 3)))
      .on("2024-05-10", plan("2024-05-13", "2024-12-15"))
      .on("2024-05-13", plan_approved());
  return j;
}

// Folds the journal's events in date order (the tests add events out of order).
case_state fold_sorted(const journal& j, const char* as_of) {
  auto events = j.events;
  sort_events(events);
  return fold(header_j1(), events, d(as_of));
}

std::string where_of(const char* day, event_body body) {
  event e;
  e.on = d(day);
  e.body = std::move(body);
  try {
    validate(e);
  } catch (const input_error& err) {
    return err.where();
  }
  return "<no error>";
}

}  // namespace

TEST_CASE("job_lost: the latest job loss is kept, and it may precede the intake but not its own record") {
  auto j = in_support();
  j.on("2024-04-08", job_lost("2024-02-29", "contract_end"));
  auto s = fold_sorted(j, "2024-04-30");
  REQUIRE(s.job_loss);
  CHECK(s.job_loss->lost_on == d("2024-02-29"));
  CHECK(s.job_loss->cause == "contract_end");
  CHECK(s.job_loss->main_earner);
  j.on("2024-06-01", job_lost("2024-05-31", "income_drop", false));
  s = fold_sorted(j, "2024-06-30");
  CHECK(s.job_loss->cause == "income_drop");
  CHECK_FALSE(s.job_loss->main_earner);

  CHECK(where_of("2024-04-08", job_lost("2024-04-09")) == "lost_on");
  CHECK(where_of("2024-04-08", job_lost("2024-04-01", "quit")) == "cause");
  CHECK(where_of("2024-04-08", job_lost("2024-04-01", "business_closure")) == "<no error>");
}

TEST_CASE("job_search and contacts are summed over the last 30 days") {
  auto j = in_support();
  j.on("2024-05-31", job_search("2024-05-01", 1, 1))
      .on("2024-06-28", job_search("2024-06-01", 2, 3, 1))
      .on("2024-06-02", contact())       // inside the window (06-01 … 06-30)
      .on("2024-06-10", contact(false))  // attempts do not count
      .on("2024-05-31", contact());      // 30 days before: outside
  const auto s = fold_sorted(j, "2024-06-30");
  CHECK(s.derived.job_search_30d.hw_consultations == 2);
  CHECK(s.derived.job_search_30d.applications == 3);
  CHECK(s.derived.job_search_30d.job_interviews == 1);
  CHECK(s.derived.job_search_30d.records == 1);
  CHECK(s.derived.contacts_30d.at("interview") == 1);

  CHECK(where_of("2024-06-28", job_search("2024-06-29", 1, 1)) == "period_start");
  CHECK(where_of("2024-06-28", job_search("2024-06-01", -1, 1)) == "hw_consultations");
}

TEST_CASE("program_extended moves the planned end, counts extensions and the months granted") {
  auto j = in_support();
  j.on("2024-05-13", enrolled("jukyo_kakuho", d("2024-07-31")));
  auto s = fold_sorted(j, "2024-05-31");
  CHECK(s.derived.months_granted.at("jukyo_kakuho") == 3);  // 05-13 … 07-31: three started months
  j.on("2024-08-01", extended("jukyo_kakuho", "2024-10-31"));
  s = fold_sorted(j, "2024-08-31");
  REQUIRE(s.programs.size() == 1);
  CHECK(s.programs[0].planned_end_on == d("2024-10-31"));
  CHECK(s.programs[0].extensions == 1);
  CHECK(s.derived.months_granted.at("jukyo_kakuho") == 6);

  // ended early: granted up to the end, and the reason is kept
  program_ended_event stop;
  stop.program = "jukyo_kakuho";
  stop.reason = "income_over";
  j.on("2024-09-30", stop);
  s = fold_sorted(j, "2024-12-31");
  CHECK_FALSE(s.programs[0].active);
  CHECK(s.programs[0].end_reason == "income_over");
  CHECK(s.derived.months_granted.at("jukyo_kakuho") == 5);

  auto not_active = in_support();
  not_active.on("2024-06-01", extended("jukyo_kakuho", "2024-10-31"));
  CHECK_THROWS_WITH_AS(fold_sorted(not_active, "2024-06-30"), doctest::Contains("'jukyo_kakuho' is not active"), input_error);

  auto not_later = in_support();
  not_later.on("2024-05-13", enrolled("jukyo_kakuho", d("2024-07-31"))).on("2024-06-01", extended("jukyo_kakuho", "2024-07-31"));
  CHECK_THROWS_WITH_AS(fold_sorted(not_later, "2024-06-30"), doctest::Contains("does not extend"), input_error);

  CHECK(where_of("2024-06-01", extended("jukyo_kakuho", "2024-05-31")) == "planned_end_on");
}

TEST_CASE("disability_status changes the certificate from its day on") {
  auto j = in_support();
  j.on("2024-07-15", disability("applying")).on("2024-10-06", disability("seishin", "3級", 2));
  CHECK(fold_sorted(j, "2024-07-14").header.person.disability_cert == "none");
  CHECK(fold_sorted(j, "2024-07-15").header.person.disability_cert == "applying");
  const auto s = fold_sorted(j, "2024-10-31");
  CHECK(s.header.person.disability_cert == "seishin");
  CHECK(s.header.person.disability_grade == "3級");
  CHECK(s.header.person.basic_pension_grade == 2);

  CHECK(where_of("2024-07-15", disability("mental")) == "cert");
  CHECK(where_of("2024-07-15", disability("seishin", "", 3)) == "basic_pension_grade");

  // a fact about the person: still recorded while the case is suspended
  auto paused = in_support();
  paused.on("2024-06-01", suspended()).on("2024-06-10", disability("applying")).on("2024-06-10", job_lost("2024-06-01"));
  CHECK(fold_sorted(paused, "2024-06-30").header.person.disability_cert == "applying");
}
