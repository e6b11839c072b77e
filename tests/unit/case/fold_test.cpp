// fold(header, events, as_of): process status transitions and their guards (domain.md §1.3).
#include <doctest/doctest.h>

#include "unit/case/case_fixtures.hpp"

using namespace fixtures;

namespace {

// Intake … plan approved: a case in support from 2015-06-20 (events[0..4]).
journal in_support_case() {
  journal j;
  j.on("2015-05-11", intake(at(stage::social), "continue", "hellowork"))
      .on("2015-05-11", consent())
      .on("2015-06-01", assessment(fdp(3, 3, 3, 4, 3)))
      .on("2015-06-05", plan("2015-06-05", "2016-06-04", 3))
      .on("2015-06-20", plan_approved());
  return j;
}

std::string fold_error_where(const journal& j, const char* as_of = "2016-12-31") {
  return where_of([&] { (void)fold_at(j, as_of); });
}

std::string fold_error_detail(const journal& j, const char* as_of = "2016-12-31") {
  auto e = input_error_of([&] { (void)fold_at(j, as_of); });
  return e ? e->detail() : "<no error>";
}

}  // namespace

TEST_CASE("J1 walks intake → assessment → planning → in_support → evaluation → closed") {
  auto j = in_support_case();
  j.on("2015-07-01", moved(at(stage::employment), "up", at(stage::social)))          // 5
      .on("2015-11-02", placement("wh", "part_time", 20, 1000.0))                      // 6
      .on("2015-11-02", moved(at(stage::general, "part_time"), "up"))                  // 7
      .on("2016-02-15", review(3, 3, "evaluation"))                                    // 8
      .on("2016-02-20", closed("employed"));                                           // 9

  const auto at_intake = fold_at(j, "2015-05-11");
  CHECK(at_intake.status == process_status::intake);
  CHECK(at_intake.episode == 1);
  CHECK(at_intake.opened_on == d("2015-05-11"));
  CHECK(at_intake.events_folded == 2);
  CHECK(at_intake.last_seq == 1);
  CHECK(at_intake.consent_info_sharing);
  CHECK(at_intake.intake_source == "hellowork");
  CHECK(at_intake.screening == "continue");
  CHECK(at_intake.position == at(stage::social));

  CHECK(fold_at(j, "2015-05-31").status == process_status::intake);
  CHECK(fold_at(j, "2015-06-01").status == process_status::assessment);
  CHECK(fold_at(j, "2015-06-04").status == process_status::assessment);
  const auto planning = fold_at(j, "2015-06-05");
  CHECK(planning.status == process_status::planning);
  REQUIRE(planning.plan);
  CHECK(planning.plan->goals.size() == 3);
  CHECK_FALSE(planning.plan->approved_on);

  const auto supported = fold_at(j, "2015-06-20");
  CHECK(supported.status == process_status::in_support);
  REQUIRE(supported.plan);
  CHECK(supported.plan->approved_on == d("2015-06-20"));

  const auto employed = fold_at(j, "2015-11-02");
  CHECK(employed.status == process_status::in_support);
  CHECK(employed.position == at(stage::general, "part_time"));

  CHECK(fold_at(j, "2016-02-15").status == process_status::evaluation);
  const auto done = fold_at(j, "2016-02-20");
  CHECK(done.status == process_status::closed);
  CHECK(done.closure_reason == "employed");
  CHECK(done.events_folded == 10);
  CHECK(done.last_seq == 9);
  // a closed case keeps its history
  CHECK(done.placements.size() == 1);
  CHECK(done.timeline.size() == 3);
}

TEST_CASE("as_of cuts off later events") {
  auto j = in_support_case();
  j.on("2015-07-10", placement("p1", "taiken", 10)).on("2015-08-01", placement_end("p1"));

  const auto before_intake = fold_at(j, "2015-05-10");
  CHECK(before_intake.events_folded == 0);
  CHECK(before_intake.episode == 0);
  CHECK(before_intake.derived.age == 27);  // facts of the person do not need events
  CHECK(before_intake.derived.months_open == 0);

  const auto mid = fold_at(j, "2015-07-31");
  CHECK(mid.events_folded == 6);
  REQUIRE(mid.placements.size() == 1);
  CHECK(mid.placements[0].active);
  CHECK_FALSE(mid.placements[0].end_on);
  CHECK(mid.derived.hours_per_week == 10);

  const auto after = fold_at(j, "2015-08-01");
  CHECK(after.events_folded == 7);
  CHECK_FALSE(after.placements[0].active);
  CHECK(after.placements[0].end_on == d("2015-08-01"));
  CHECK(after.derived.hours_per_week == 0);
  CHECK(after.as_of == d("2015-08-01"));
}

TEST_CASE("plan_approved needs a plan and status planning") {
  journal no_plan;
  no_plan.on("2015-05-11", intake()).on("2015-06-01", assessment()).on("2015-06-20", plan_approved());
  CHECK(fold_error_where(no_plan) == "events[2].type");
  CHECK(fold_error_detail(no_plan) == "there is no plan to approve");
  // refused whatever day it is evaluated on, as long as the event is reached
  CHECK(fold_error_where(no_plan, "2015-06-20") == "events[2].type");
  CHECK(fold_error_where(no_plan, "2015-06-19") == "<no error>");

  auto twice = in_support_case();
  twice.on("2015-07-01", plan_approved());
  CHECK(fold_error_where(twice) == "events[5].type");
  CHECK(fold_error_detail(twice) == "plan approval needs status planning (the case is in_support)");
}

TEST_CASE("a plan needs an assessment first") {
  journal j;
  j.on("2015-05-11", intake()).on("2015-05-20", plan("2015-05-20", "2015-11-19"));
  CHECK(fold_error_where(j) == "events[1].type");
  CHECK(fold_error_detail(j).find("assessment first") != std::string::npos);
}

TEST_CASE("an evaluation review needs status in_support, and a monthly review does not") {
  journal at_assessment;
  at_assessment.on("2015-05-11", intake()).on("2015-06-01", assessment()).on("2015-06-10", review(2, 1, "evaluation"));
  CHECK(fold_error_where(at_assessment) == "events[2].kind");
  CHECK(fold_error_detail(at_assessment) == "an evaluation needs status in_support (the case is assessment)");

  journal at_planning;
  at_planning.on("2015-05-11", intake())
      .on("2015-06-01", assessment())
      .on("2015-06-05", plan("2015-06-05", "2015-12-04"))
      .on("2015-06-10", review(2, 1, "evaluation"));
  CHECK(fold_error_where(at_planning) == "events[3].kind");

  auto twice = in_support_case();
  twice.on("2015-09-01", review(3, 2, "evaluation")).on("2015-09-02", review(3, 2, "evaluation"));
  CHECK(fold_error_where(twice) == "events[6].kind");

  journal monthly;
  monthly.on("2015-05-11", intake()).on("2015-06-10", review(2, 1));
  const auto s = fold_at(monthly, "2015-06-30");
  CHECK(s.status == process_status::intake);
  REQUIRE(s.last_review);
  CHECK(s.last_review->kind == "monthly");
}

TEST_CASE("evaluation can lead to a re-plan and back into support") {
  auto j = in_support_case();
  j.on("2015-12-01", review(3, 1, "evaluation"))
      .on("2015-12-05", plan("2015-12-05", "2016-06-04", 2))
      .on("2015-12-20", plan_approved());
  CHECK(fold_at(j, "2015-12-01").status == process_status::evaluation);
  const auto replanned = fold_at(j, "2015-12-05");
  CHECK(replanned.status == process_status::planning);
  REQUIRE(replanned.plan);
  CHECK(replanned.plan->goals.size() == 2);
  CHECK_FALSE(replanned.plan->approved_on);
  CHECK(fold_at(j, "2015-12-20").status == process_status::in_support);
}

TEST_CASE("after closed, only reopened (and a follow-up) is accepted") {
  const std::vector<std::pair<const char*, event_body>> followers = {
      {"contact", contact()},
      {"assessment", assessment()},
      {"intake", intake()},
      {"closed", closed("other")},
      {"suspended", suspended()},
      {"plan", plan("2016-03-01", "2016-08-31")},
      {"placement_started", placement("p9", "taiken", 5)},
      {"stage_changed", moved(at(stage::employment), "up")},
      {"consent", consent()},
  };
  for (const auto& [name, body] : followers) {
    CAPTURE(name);
    auto j = in_support_case();
    j.on("2016-02-20", closed("employed")).on("2016-03-01", body);
    CHECK(fold_error_where(j) == "events[6].type");
    CHECK(fold_error_detail(j) == "the case is closed (employed); only a `reopened` event can follow, or a `follow_up` for a contact after the closure");
  }
  // the same events are fine before the closing day
  auto j = in_support_case();
  j.on("2016-02-20", closed("employed")).on("2016-03-01", contact());
  CHECK(fold_error_where(j, "2016-02-29") == "<no error>");
  CHECK(fold_at(j, "2016-02-29").status == process_status::closed);
}

TEST_CASE("reopened starts a new episode at intake") {
  auto j = in_support_case();
  j.on("2016-02-20", closed("contact_lost"))      // 5
      .on("2016-04-01", reopened())                // 6
      .on("2016-04-01", intake(at(stage::life)))   // 7: the new episode's intake
      .on("2016-04-15", assessment());             // 8

  const auto reopened_state = fold_at(j, "2016-04-01");
  CHECK(reopened_state.status == process_status::intake);
  CHECK(reopened_state.episode == 2);
  CHECK(reopened_state.closure_reason.empty());
  CHECK_FALSE(reopened_state.plan);  // the old plan does not carry over
  CHECK(reopened_state.opened_on == d("2016-04-01"));
  CHECK(reopened_state.position == at(stage::life));

  const auto later = fold_at(j, "2016-06-15");
  CHECK(later.status == process_status::assessment);
  CHECK(later.episode == 2);
  CHECK(later.derived.months_open == 2);  // counted from the new episode
  CHECK(later.timeline.size() == 2);      // person history is kept

  // a reopened case needs a new plan approval before it is in support again
  j.on("2016-05-01", plan_approved());
  CHECK(fold_error_where(j) == "events[9].type");
}

TEST_CASE("reopened needs a closed or suspended case, and a second intake needs reopened") {
  auto j = in_support_case();
  j.on("2015-07-01", reopened());
  CHECK(fold_error_where(j) == "events[5].type");
  CHECK(fold_error_detail(j) == "only a closed or suspended case can be reopened");

  journal again;
  again.on("2015-05-11", intake()).on("2015-06-01", intake());
  CHECK(fold_error_where(again) == "events[1].type");
  CHECK(fold_error_detail(again).find("reopened") != std::string::npos);
}

TEST_CASE("a suspended case accepts contact, closed and reopened, not placements") {
  auto base = in_support_case();
  base.on("2015-09-01", suspended())                 // 5
      .on("2015-09-15", contact(false))              // 6
      .on("2015-10-01", contact());                  // 7
  const auto s = fold_at(base, "2015-10-01");
  CHECK(s.status == process_status::suspended);
  CHECK(s.last_contact_on == d("2015-10-01"));
  CHECK(s.failed_contacts_since_last == 0);

  for (const auto& [name, body] : std::vector<std::pair<const char*, event_body>>{
           {"placement_started", placement("p1", "taiken", 10)},
           {"assessment", assessment()},
           {"stage_changed", moved(at(stage::employment), "up")},
           {"review", review(2, 1)}}) {
    CAPTURE(name);
    auto j = base;
    j.on("2015-10-05", body);
    CHECK(fold_error_where(j) == "events[8].type");
    CHECK(fold_error_detail(j) == "the case is suspended; `" + std::string(name) + "` needs `reopened` first");
  }

  auto closing = base;
  closing.on("2015-11-01", closed("contact_lost"));
  const auto c = fold_at(closing, "2015-11-01");
  CHECK(c.status == process_status::closed);
  CHECK(c.closure_reason == "contact_lost");

  auto back = base;
  back.on("2015-10-05", reopened()).on("2015-10-10", assessment(std::nullopt, "re"));
  CHECK(fold_at(back, "2015-10-05").status == process_status::intake);
  CHECK(fold_at(back, "2015-10-05").episode == 2);
  CHECK(fold_at(back, "2015-10-10").status == process_status::assessment);
}

TEST_CASE("screening refer_out or info_only closes the case at intake") {
  journal referred;
  referred.on("2015-05-11", intake(at(stage::life), "refer_out"));
  const auto r = fold_at(referred, "2015-05-11");
  CHECK(r.status == process_status::closed);
  CHECK(r.closure_reason == "referred_other");
  CHECK(r.screening == "refer_out");
  CHECK(r.episode == 1);

  journal info;
  info.on("2015-05-11", intake(at(stage::life), "info_only"));
  CHECK(fold_at(info, "2015-05-11").closure_reason == "info_only");
  CHECK(fold_at(info, "2015-05-11").status == process_status::closed);

  referred.on("2015-05-20", assessment());
  CHECK(fold_error_where(referred) == "events[1].type");
}

TEST_CASE("the first event must be an intake, and nothing may predate it") {
  journal no_intake;
  no_intake.on("2015-05-11", contact());
  CHECK(fold_error_where(no_intake) == "events[0].type");

  journal same_day;  // contact recorded before the intake on the same day
  same_day.on("2015-05-11", contact()).on("2015-05-11", intake());
  CHECK(fold_error_where(same_day) == "events[0].type");
  CHECK(fold_error_detail(same_day) == "the first event of a case must be an intake");

  journal early;  // file order: the assessment is dated before the case opened
  early.on("2015-05-11", intake()).on("2015-05-01", assessment());
  CHECK(fold_error_where(early) == "events[1].date");
  CHECK(fold_error_detail(early) == "2015-05-01 is before the case opened (2015-05-11)");
  // sorted, it is still named by its place in the file
  sort_events(early.events);
  CHECK(fold_error_where(early) == "events[1].date");
  // and refused whatever the as_of
  CHECK(fold_error_where(early, "2015-05-05") == "events[1].date");

  CHECK(fold_at(journal{}, "2015-05-11").events_folded == 0);
}

TEST_CASE("a placement cannot end before it starts") {
  auto j = in_support_case();
  j.on("2015-08-01", placement("p1", "taiken", 10)).on("2015-07-15", placement_end("p1"));
  CHECK(fold_error_where(j) == "events[6].date");
  CHECK(fold_error_detail(j) == "placement 'p1' ends on 2015-07-15 before it starts on 2015-08-01");
  sort_events(j.events);
  CHECK(fold_error_where(j) == "events[6].date");

  auto planned = in_support_case();
  planned.on("2015-08-01", placement("p1", "taiken", 10, std::nullopt, d("2015-07-31")));
  CHECK(fold_error_where(planned) == "events[5].end_on");
  CHECK(fold_error_detail(planned) == "the placement ends before it starts");
}

TEST_CASE("fold names the field of an impossible event") {
  auto hours = in_support_case();
  hours.on("2015-07-01", placement("p1", "part_time", -4));
  CHECK(fold_error_where(hours) == "events[5].hours_per_week");
  CHECK(fold_error_detail(hours) == "must be >= 0");

  auto stress = in_support_case();
  stress.on("2015-07-01", assessment(fdp(3, 3, 9, 3, 3), "re"));
  CHECK(fold_error_where(stress) == "events[5].fdp.stress");

  auto overtime = in_support_case();
  overtime.on("2015-07-01", placement("p1", "taiken", 10)).on("2015-07-31", attendance("p1", "2015-07-01", 40, 41));
  CHECK(fold_error_where(overtime) == "events[6].attended_hours");

  // without an origin, the event is named by its sequence number (as the store does)
  auto unnamed = in_support_case();
  unnamed.on("2015-07-01", placement("p1", "part_time", -4));
  unnamed.events.back().origin.clear();
  unnamed.events.back().seq = 1207;
  CHECK(fold_error_where(unnamed) == "event #1207.hours_per_week");
}

TEST_CASE("references between events must resolve") {
  auto unknown_placement = in_support_case();
  unknown_placement.on("2015-08-01", placement_end("p9"));
  CHECK(fold_error_where(unknown_placement) == "events[5].placement_id");

  auto ended_twice = in_support_case();
  ended_twice.on("2015-07-01", placement("p1", "taiken", 10))
      .on("2015-08-01", placement_end("p1"))
      .on("2015-08-02", placement_end("p1"));
  CHECK(fold_error_where(ended_twice) == "events[7].placement_id");

  auto started_twice = in_support_case();
  started_twice.on("2015-07-01", placement("p1", "taiken", 10)).on("2015-07-02", placement("p1", "taiken", 10));
  CHECK(fold_error_where(started_twice) == "events[6].placement_id");

  auto attendance_elsewhere = in_support_case();
  attendance_elsewhere.on("2015-07-31", attendance("p9", "2015-07-01", 10, 10));
  CHECK(fold_error_where(attendance_elsewhere) == "events[5].placement_id");

  auto appraisal_elsewhere = in_support_case();
  appraisal_elsewhere.on("2015-07-31", appraisal({{"greeting", 4}}, "p9"));
  CHECK(fold_error_where(appraisal_elsewhere) == "events[5].placement_id");

  auto answer_nothing = in_support_case();
  answer_nothing.on("2015-07-31", referral_answer("r9", "accepted"));
  CHECK(fold_error_where(answer_nothing) == "events[5].referral_id");

  auto referred_twice = in_support_case();
  referred_twice.on("2015-07-01", referral("r1", "saposute")).on("2015-07-02", referral("r1", "hellowork"));
  CHECK(fold_error_where(referred_twice) == "events[6].referral_id");

  auto enrolled_twice = in_support_case();
  enrolled_twice.on("2015-07-01", enrolled("shuro_junbi")).on("2015-08-01", enrolled("shuro_junbi"));
  CHECK(fold_error_where(enrolled_twice) == "events[6].program");

  auto ended_unused = in_support_case();
  ended_unused.on("2015-07-01", program_ended("kakei"));
  CHECK(fold_error_where(ended_unused) == "events[5].program");

  auto wrong_from = in_support_case();  // the case is at social
  wrong_from.on("2015-07-01", moved(at(stage::intermediate, "commuter_paid"), "up", at(stage::employment)));
  CHECK(fold_error_where(wrong_from) == "events[5].from");
  CHECK(fold_error_detail(wrong_from) == "the case is at social, not employment");

  auto answered = in_support_case();
  answered.on("2015-10-01", referral("r1", "saposute")).on("2015-10-20", referral_answer("r1", "accepted"));
  const auto s = fold_at(answered, "2015-10-31");
  REQUIRE(s.referrals.size() == 1);
  CHECK(s.referrals[0].status == "accepted");
  CHECK(s.referrals[0].answered_on == d("2015-10-20"));
  CHECK(fold_at(answered, "2015-10-19").referrals[0].status == "made");
}

TEST_CASE("sort_events orders by date, then seq") {
  journal j;
  j.on("2015-06-01", assessment())    // seq 0
      .on("2015-05-11", consent())    // seq 1
      .on("2015-05-11", intake());    // seq 2
  j.events[2].seq = -1;               // recorded first on its day
  sort_events(j.events);
  CHECK(j.events[0].origin == "events[2]");
  CHECK(j.events[1].origin == "events[1]");
  CHECK(j.events[2].origin == "events[0]");
  CHECK(fold_at(j, "2015-06-30").status == process_status::assessment);
}

TEST_CASE("fold is deterministic") {
  auto j = in_support_case();
  j.on("2015-07-10", placement("p1", "taiken", 12)).on("2015-08-09", attendance("p1", "2015-07-10", 48, 40, 1));
  const auto a = fold_at(j, "2015-08-31");
  const auto b = fold_at(j, "2015-08-31");
  CHECK(a.status == b.status);
  CHECK(a.position == b.position);
  CHECK(a.events_folded == b.events_folded);
  CHECK(a.derived.attendance_30d == b.derived.attendance_30d);
  CHECK(a.derived.attendance_90d == b.derived.attendance_90d);
  CHECK(a.derived.months_in_stage == b.derived.months_in_stage);
  CHECK(a.timeline.size() == b.timeline.size());
}

TEST_CASE("check_appendable refuses an impossible new event and accepts a good one") {
  auto existing = in_support_case();
  existing.on("2015-07-01", placement("p1", "taiken", 12));  // seq 5, the last stored event

  auto incoming = [](const char* on, event_body body, int index = 0) {
    event e;
    e.on = d(on);
    e.body = std::move(body);
    e.seq = 0;  // the store assigns the real one
    e.origin = "events[" + std::to_string(index) + "]";
    return e;
  };

  CHECK_NOTHROW(check_appendable(header_j1(), existing.events,
                                 {incoming("2015-07-31", attendance("p1", "2015-07-01", 48, 40))}));
  CHECK_NOTHROW(check_appendable(header_j1(), existing.events, {}));
  CHECK_NOTHROW(check_appendable(header_j1(), {}, {}));

  CHECK(where_of([&] {
          check_appendable(header_j1(), existing.events,
                           {incoming("2015-07-31", attendance("p1", "2015-07-01", 48, 50))});
        }) == "events[0].attended_hours");

  CHECK(where_of([&] {
          check_appendable(header_j1(), existing.events,
                           {incoming("2015-07-31", attendance("p1", "2015-07-01", 48, 40), 0),
                            incoming("2015-08-01", placement_end("p9"), 1)});
        }) == "events[1].placement_id");

  CHECK(where_of([&] {
          check_appendable(header_j1(), existing.events, {incoming("2015-04-01", contact())});
        }) == "events[0].date");

  // a new event lands after everything stored on its day: an evaluation on the day of the plan
  // approval follows the approval, so it is legal …
  CHECK_NOTHROW(check_appendable(header_j1(), existing.events,
                                 {incoming("2015-06-20", review(3, 2, "evaluation"))}));
  // … and a second approval on that day is not
  CHECK(where_of([&] {
          check_appendable(header_j1(), existing.events, {incoming("2015-06-20", plan_approved())});
        }) == "events[0].type");

  auto closed_case = existing;
  closed_case.on("2015-12-01", closed("employed"));
  CHECK(where_of([&] {
          check_appendable(header_j1(), closed_case.events, {incoming("2015-12-02", contact())});
        }) == "events[0].type");
  CHECK_NOTHROW(check_appendable(header_j1(), closed_case.events, {incoming("2015-12-02", reopened())}));

  // the first events of a new case must start with an intake
  CHECK(where_of([&] { check_appendable(header_j1(), {}, {incoming("2015-05-11", contact())}); }) ==
        "events[0].type");
  CHECK_NOTHROW(check_appendable(header_j1(), {}, {incoming("2015-05-11", intake())}));
}
