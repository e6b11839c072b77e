// The meeting event in the fold: a plan_approved decision is the way into support (or confirms a
// centre's approval in force), plan_returned needs a plan under discussion, a meeting id is
// recorded once per case, and a closed or suspended case still takes the meeting's report.
#include <doctest/doctest.h>

#include "unit/case/case_fixtures.hpp"

#include <hashigo/case/validate.hpp>

using namespace fixtures;

namespace {

// Intake … plan: a case in planning from 2015-06-05 (events[0..3]).
journal planning_case() {
  journal j;
  j.on("2015-05-11", intake(at(stage::social), "continue", "hellowork"))
      .on("2015-05-11", consent())
      .on("2015-06-01", assessment(fdp(3, 3, 3, 4, 3)))
      .on("2015-06-05", plan("2015-06-05", "2016-06-04", 3));
  return j;
}

meeting_event meeting(std::string id, std::vector<std::string> decisions, std::string kind = "shien_chosei") {
  meeting_event m{std::move(id), std::move(kind), {}};
  for (auto& d : decisions) m.decisions.push_back({std::move(d), "", "", std::nullopt});
  return m;
}

std::string fold_error_where(const journal& j) {
  return where_of([&] { (void)fold_at(j, "2016-12-31"); });
}

}  // namespace

TEST_CASE("a meeting's plan approval moves a planning case into support, naming the meeting") {
  auto j = planning_case();
  j.on("2015-06-15", meeting("chosei-2015-06", {"plan_approved", "info_shared"}));
  const auto before = fold_at(j, "2015-06-14");
  CHECK(before.status == process_status::planning);
  CHECK(before.meetings.empty());
  const auto s = fold_at(j, "2015-06-30");
  CHECK(s.status == process_status::in_support);
  REQUIRE(s.plan.has_value());
  CHECK(s.plan->approved_by == "shien_chosei");
  CHECK(s.plan->meeting_id == "chosei-2015-06");
  CHECK(s.plan->approved_on == d("2015-06-15"));
  REQUIRE(s.meetings.size() == 1);
  CHECK(s.meetings[0].id == "chosei-2015-06");
  CHECK(s.meetings[0].decisions.size() == 2);
}

TEST_CASE("a meeting confirms a plan the centre approved alone, without moving support's start") {
  auto j = planning_case();
  plan_approved_event centre;
  centre.meeting = "centre";
  j.on("2015-06-10", centre).on("2015-07-14", meeting("chosei-2015-07", {"plan_approved"}));
  const auto alone = fold_at(j, "2015-07-13");
  CHECK(alone.plan->approved_by == "centre");
  const auto s = fold_at(j, "2015-07-31");
  CHECK(s.status == process_status::in_support);
  CHECK(s.plan->approved_by == "shien_chosei");
  CHECK(s.plan->meeting_id == "chosei-2015-07");
  CHECK(s.plan->approved_on == d("2015-06-10"));
}

TEST_CASE("a meeting approval of a plan already approved by a meeting is refused, naming the decision") {
  auto j = planning_case();
  j.on("2015-06-15", meeting("chosei-2015-06", {"plan_approved"}))
      .on("2015-07-15", meeting("chosei-2015-07", {"info_shared", "plan_approved"}));
  CHECK(fold_error_where(j) == "events[5].decisions[1].decision");
}

TEST_CASE("plan_returned keeps a planning case in planning, and needs a plan under discussion") {
  auto j = planning_case();
  j.on("2015-06-15", meeting("chosei-2015-06", {"plan_returned"}));
  CHECK(fold_at(j, "2015-06-30").status == process_status::planning);
  j.on("2015-07-15", meeting("chosei-2015-07", {"plan_approved"}))
      .on("2015-08-15", meeting("chosei-2015-08", {"plan_returned"}));
  CHECK(fold_error_where(j) == "events[6].decisions[0].decision");
}

TEST_CASE("the same meeting id twice in one case is refused, naming the id") {
  auto j = planning_case();
  j.on("2015-06-15", meeting("chosei-2015-06", {"plan_approved"}))
      .on("2015-06-16", meeting("chosei-2015-06", {"info_shared"}));
  CHECK(fold_error_where(j) == "events[5].meeting_id");
}

TEST_CASE("a closed or suspended case takes the meeting's report") {
  auto j = planning_case();
  j.on("2015-06-15", meeting("chosei-2015-06", {"plan_approved"}))
      .on("2015-09-01", suspended())
      .on("2015-09-15", meeting("chosei-2015-09", {"suspension_reported"}))
      .on("2015-10-01", closed("contact_lost"))
      .on("2015-10-14", meeting("chosei-2015-10", {"closure_reported"}));
  const auto s = fold_at(j, "2015-10-31");
  CHECK(s.status == process_status::closed);
  CHECK(s.meetings.size() == 3);
  CHECK(s.status_since == d("2015-10-01"));
}

TEST_CASE("a decision's own field is refused on another decision, and step_confirmed needs its position") {
  auto on = [](meeting_event m) {
    event e;
    e.on = d("2015-06-15");
    e.body = std::move(m);
    return where_of([&] { validate(e); });
  };
  auto m = meeting("m1", {"plan_approved"});
  m.decisions[0].target = "saposute";
  CHECK(on(m) == "decisions[0].target");
  m = meeting("m1", {"info_shared", "support_decided"});
  m.decisions[0].program = "jyunbi";
  CHECK(on(m) == "decisions[0].program");
  m = meeting("m1", {"step_confirmed"});
  CHECK(on(m) == "decisions[0].to");
  m.decisions[0].to = at(stage::employment);
  CHECK(on(m) == "<no error>");
  m = meeting("m1", {});
  CHECK(on(m) == "decisions");
  m = meeting("m1", {"plan_approved"}, "tea_party");
  CHECK(on(m) == "kind");
}
