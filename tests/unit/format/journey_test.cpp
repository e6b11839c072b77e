// Journey J1 (domain.md §6, Bさん) as a case file: fold month by month, and the state JSON.
#include <doctest/doctest.h>

#include <hashigo/case/fold.hpp>
#include <hashigo/format/case_json.hpp>

#include <string>

using namespace hashigo;
using namespace hashigo::cases;
using doctest::Approx;
using nlohmann::json;

namespace {

const char* const k_j1 = R"({
  "format": "hashigo.case/1",
  "id": "J1",
  "region": "chiba",
  "person": {"pseudonym": "Bさん", "birth_date": "1988-04-10", "gender": "male"},
  "household": {"size": 2, "kind": "multi_gen", "housing": "rented",
                "members": [{"relation": "mother", "birth_date": "1962-09-01"}]},
  "events": [
    {"type": "intake", "date": "2015-05-11", "channel": "visit", "source": "hellowork",
     "concerns": ["job_search", "hikikomori_futoko"], "stage": "social", "note": "came to Hello Work with his mother"},
    {"type": "consent", "date": "2015-05-11", "info_sharing": true},
    {"type": "program_enrolled", "date": "2015-05-20", "program": "shuro_junbi", "route": "income_asset"},
    {"type": "assessment", "date": "2015-06-03",
     "fdp": {"interpersonal": 3, "mental": 3, "stress": 3, "thinking": 4, "environment": 3}},
    {"type": "household_finance", "date": "2015-06-03", "income_yen": 180000, "financial_assets_yen": 300000},
    {"type": "plan", "date": "2015-06-10", "start_on": "2015-06-10", "end_on": "2016-03-31",
     "goals": [{"domain": "life", "text": "keep a daily rhythm"},
               {"domain": "work", "text": "try three work experiences"},
               {"domain": "work", "text": "start a job search"}]},
    {"type": "plan_approved", "date": "2015-06-24"},
    {"type": "stage_changed", "date": "2015-07-01", "from": {"stage": "social"}, "to": {"stage": "employment"},
     "direction": "up", "rule_id": "SU-02", "reason": {"ja": "目標達成", "en": "goals achieved"}},
    {"type": "placement_started", "date": "2015-07-06", "placement_id": "rouken", "employer": "老健",
     "kind": "taiken", "hours_per_week": 9, "end_on": "2015-08-02"},
    {"type": "attendance", "date": "2015-08-02", "placement_id": "rouken", "period_start": "2015-07-06",
     "scheduled_hours": 36, "attended_hours": 33},
    {"type": "placement_ended", "date": "2015-08-02", "placement_id": "rouken"},
    {"type": "review", "date": "2015-08-03", "goals_total": 3, "goals_achieved": 2},
    {"type": "placement_started", "date": "2015-08-05", "placement_id": "space", "kind": "taiken", "hours_per_week": 10},
    {"type": "attendance", "date": "2015-08-30", "placement_id": "space", "period_start": "2015-08-05",
     "scheduled_hours": 40, "attended_hours": 38},
    {"type": "placement_ended", "date": "2015-08-31", "placement_id": "space"},
    {"type": "placement_started", "date": "2015-09-01", "placement_id": "coop", "employer": "生協",
     "kind": "taiken", "hours_per_week": 12},
    {"type": "attendance", "date": "2015-09-27", "placement_id": "coop", "period_start": "2015-09-01",
     "scheduled_hours": 48, "attended_hours": 48},
    {"type": "review", "date": "2015-09-28", "goals_total": 3, "goals_achieved": 3},
    {"type": "referral_made", "date": "2015-10-05", "referral_id": "r1", "target": "saposute", "warm_handoff": true},
    {"type": "referral_answered", "date": "2015-10-15", "referral_id": "r1", "outcome": "accepted"},
    {"type": "placement_ended", "date": "2015-10-30", "placement_id": "coop"},
    {"type": "placement_started", "date": "2015-11-02", "placement_id": "warehouse", "employer": "生協",
     "kind": "part_time", "contract": "employment", "hours_per_week": 20, "wage_per_hour_yen": 820},
    {"type": "stage_changed", "date": "2015-11-02", "from": {"stage": "employment"},
     "to": {"stage": "general", "rung": "part_time"}, "direction": "up", "rule_id": "EX-01"},
    {"type": "program_ended", "date": "2015-11-02", "program": "shuro_junbi", "reason": "employed"},
    {"type": "contact", "date": "2015-12-02", "kind": "home_visit"},
    {"type": "contact", "date": "2016-02-01", "kind": "interview"},
    {"type": "review", "date": "2016-02-15", "kind": "evaluation", "goals_total": 3, "goals_achieved": 3},
    {"type": "closed", "date": "2016-02-22", "reason": "employed"}
  ]
})";

format::case_file j1() {
  auto f = format::case_file_from_json(format::parse_json(k_j1, "j1.json"));
  sort_events(f.events);
  return f;
}

case_state j1_at(const char* as_of) {
  const auto f = j1();
  return fold(f.header, f.events, date::parse_or_throw(as_of, "as_of"));
}

}  // namespace

TEST_CASE("J1 month by month") {
  const auto m0 = j1_at("2015-05-31");
  CHECK(m0.status == process_status::intake);
  CHECK(m0.position == position{stage::social, ""});
  CHECK(m0.derived.age == 27);  // inside the 2015 saposute range 15–39
  CHECK(m0.derived.months_in_program.at("shuro_junbi") == 0);
  CHECK(m0.concerns.size() == 2);

  const auto m1 = j1_at("2015-06-30");
  CHECK(m1.status == process_status::in_support);
  CHECK(m1.derived.min_fdp_axis == 3);  // no long-term flag
  CHECK(m1.derived.days_to_plan_end == 275);
  REQUIRE(m1.finance);
  CHECK(m1.finance->values.income_yen == 180000);

  const auto m3 = j1_at("2015-08-31");
  CHECK(m3.position == position{stage::employment, ""});
  CHECK(m3.derived.months_in_stage == 1);
  CHECK(m3.derived.hours_per_week == 0);  // both taiken placements have ended
  // 30 days = 08-02 … 08-31: one of rouken's 28 days (07-06 … 08-02) and all of space:
  // (33/28 + 38) / (36/28 + 40) = 1097 / 1156
  REQUIRE(m3.derived.attendance_30d);
  CHECK(*m3.derived.attendance_30d == Approx(1097.0 / 1156.0));
  CHECK(*m3.derived.goal_attainment == Approx(2.0 / 3.0));

  const auto m4 = j1_at("2015-09-30");
  CHECK(*m4.derived.attendance_30d == Approx(1.0));
  CHECK(*m4.derived.goal_attainment == Approx(1.0));  // SU-02: ≥ 80% → propose job search
  CHECK(m4.derived.hours_per_week == Approx(12));

  const auto m5 = j1_at("2015-10-31");
  REQUIRE(m5.referrals.size() == 1);
  CHECK(m5.referrals[0].status == "accepted");
  CHECK(m5.derived.months_in_program.at("shuro_junbi") == 5);

  const auto m6 = j1_at("2015-11-30");
  CHECK(m6.position == position{stage::general, "part_time"});
  CHECK(m6.derived.months_in_stage == 0);
  CHECK(m6.derived.hours_per_week == Approx(20));  // the 20h/week line
  REQUIRE(m6.derived.wage_per_hour_yen);
  CHECK(*m6.derived.wage_per_hour_yen == Approx(820));
  CHECK(m6.derived.months_in_program.at("shuro_junbi") == 5);  // ended within 12 months (JR-06)
  CHECK_FALSE(m6.programs.at(0).active);

  CHECK(j1_at("2016-02-15").status == process_status::evaluation);
  const auto m9 = j1_at("2016-02-22");
  CHECK(m9.status == process_status::closed);
  CHECK(m9.closure_reason == "employed");
  CHECK(m9.derived.months_open == 9);
  CHECK(m9.derived.days_since_contact == 21);
  REQUIRE(m9.timeline.size() == 3);
  CHECK(m9.timeline[2].rule_id == "EX-01");
  CHECK(m9.events_folded == 28);
}

TEST_CASE("to_json(state) is deterministic and carries the derived facts") {
  const auto a = j1();
  const auto b = j1();  // parsed again from the same text
  for (const char* as_of : {"2015-05-10", "2015-05-31", "2015-08-31", "2015-11-30", "2016-02-22"}) {
    CAPTURE(as_of);
    const auto day = date::parse_or_throw(as_of, "as_of");
    const std::string first = format::to_json(fold(a.header, a.events, day)).dump();
    const std::string second = format::to_json(fold(b.header, b.events, day)).dump();
    CHECK(first == second);
    CHECK(first == format::to_json(fold(a.header, a.events, day)).dump());
  }

  const json s = format::to_json(j1_at("2015-11-30"));
  CHECK(s.at("id") == "J1");
  CHECK(s.at("region") == "chiba");
  CHECK(s.at("as_of") == "2015-11-30");
  CHECK(s.at("opened_on") == "2015-05-11");
  CHECK(s.at("episode") == 1);
  CHECK(s.at("status") == "in_support");
  CHECK(s.at("closure_reason").is_null());
  CHECK(s.at("position") == json({{"stage", "general"}, {"rung", "part_time"}}));
  CHECK(s.at("consent_info_sharing") == true);
  const auto& derived = s.at("derived");
  CHECK(derived.at("age") == 27);
  CHECK(derived.at("hours_per_week").get<double>() == Approx(20));
  CHECK(derived.at("wage_per_hour_yen").get<double>() == Approx(820));
  CHECK(derived.at("months_in_program").at("shuro_junbi") == 5);
  CHECK(derived.at("min_fdp_axis") == 3);
  CHECK(derived.at("household_has_member_65_plus") == false);
  CHECK(derived.at("attendance_14d").is_null());  // nothing scheduled since 10-30
  REQUIRE(s.at("timeline").size() == 3);
  CHECK(s.at("timeline")[0].at("direction") == "start");
  CHECK_FALSE(s.at("timeline")[0].contains("from"));
  CHECK(s.at("timeline")[1].at("from") == json({{"stage", "social"}}));
  CHECK(s.at("timeline")[1].at("reason").at("ja") == "目標達成");
  CHECK(s.at("placements").size() == 4);
  CHECK(s.at("placements")[3].at("active") == true);
  CHECK(s.at("placements")[0].at("end_on") == "2015-08-02");
  CHECK(s.at("referrals")[0].at("status") == "accepted");
  CHECK(s.at("last_seq") == 23);

  const json before = format::to_json(j1_at("2015-05-10"));
  CHECK(before.at("opened_on").is_null());
  CHECK(before.at("episode") == 0);
  CHECK(before.at("derived").at("age") == 27);
}
