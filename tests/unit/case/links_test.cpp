// The links an event makes to records outside its case, checked over records held in memory (as a
// trainer's scenario holds them); the store's use of the same check is tested in store/.
#include "case_fixtures.hpp"

#include <hashigo/case/links.hpp>

#include <doctest/doctest.h>

using namespace fixtures;

namespace {

employer_record host() {
  employer_record e;
  e.id = "tokuyo";
  e.name = "特養";
  e.since = d("2023-06-01");
  carved_task bath;
  bath.id = "bath";
  bath.days_per_week = 2;
  bath.hours_per_day = 3;
  bath.wage_forms = {"commuter_unpaid", "commuter_paid"};
  bath.withdrawn_on = d("2023-12-31");
  e.tasks.push_back(bath);
  return e;
}

agency_record core_centre() {
  agency_record a;
  a.id = "naka-kikan";
  a.since = d("2021-06-01");
  a.role = "nakapotsu";
  a.kikan = true;
  a.serves = {"nakapotsu"};
  return a;
}

record_lookup in_memory(bool scenario) {
  record_lookup l;
  l.employer_versions = [](const std::string& id) {
    return id == "tokuyo" ? std::vector<employer_record>{host()} : std::vector<employer_record>{};
  };
  l.agency_versions = [](const std::string& id) {
    return id == "naka-kikan" ? std::vector<agency_record>{core_centre()} : std::vector<agency_record>{};
  };
  l.in_scenario = scenario;
  return l;
}

event placement(const char* on, std::string employer_id, std::string task_id, std::string kind = "commuter_unpaid") {
  placement_started_event p;
  p.placement_id = "p1";
  p.employer_id = std::move(employer_id);
  p.task_id = std::move(task_id);
  p.kind = std::move(kind);
  return event{0, d(on), p, "", "month 3 event 1"};
}

event referral(const char* on, std::string agency_id, std::string target) {
  referral_made_event r;
  r.referral_id = "r1";
  r.agency_id = std::move(agency_id);
  r.target = std::move(target);
  return event{0, d(on), r, "", "month 4 event 2"};
}

// The place and English text of the refusal of `events`, or empty when they pass.
std::pair<std::string, std::string> refusal(const std::vector<event>& events, bool scenario = false) {
  try {
    check_links(events, in_memory(scenario));
  } catch (const input_error& e) {
    return {e.where(), e.what()};
  }
  return {};
}

}  // namespace

TEST_CASE("a placement names a task the employer offers that day, in a form it takes") {
  CHECK(refusal({placement("2023-07-01", "tokuyo", "bath")}).first.empty());
  CHECK(refusal({placement("2023-07-01", "tokuyo", "")}).first.empty());  // the employer alone

  const auto unknown = refusal({placement("2023-07-01", "farm", "bath")});
  CHECK(unknown.first == "month 3 event 1.employer_id");
  CHECK(unknown.second.find("hashigo employer add") != std::string::npos);
  const auto in_scenario = refusal({placement("2023-07-01", "farm", "bath")}, true);
  CHECK(in_scenario.second.find("among the scenario's employers") != std::string::npos);

  CHECK(refusal({placement("2023-05-31", "tokuyo", "bath")}).first == "month 3 event 1.employer_id");  // before its version
  const auto no_task = refusal({placement("2023-07-01", "tokuyo", "bathe")});
  CHECK(no_task.first == "month 3 event 1.task_id");
  CHECK(no_task.second.find("it has bath") != std::string::npos);
  CHECK(refusal({placement("2024-01-05", "tokuyo", "bath")}).first == "month 3 event 1.task_id");  // withdrawn
  CHECK(refusal({placement("2023-07-01", "tokuyo", "bath", "minwage_staff")}).first == "month 3 event 1.kind");
}

TEST_CASE("a referral names an agency on record that day which takes its target") {
  CHECK(refusal({referral("2022-01-10", "naka-kikan", "nakapotsu")}).first.empty());
  CHECK(refusal({referral("2022-01-10", "", "hellowork")}).first.empty());  // a kind only

  const auto not_serving = refusal({referral("2022-01-10", "naka-kikan", "hellowork")});
  CHECK(not_serving.first == "month 4 event 2.agency_id");
  CHECK(not_serving.second.find("nakapotsu") != std::string::npos);
  CHECK(refusal({referral("2021-05-31", "naka-kikan", "nakapotsu")}).first == "month 4 event 2.agency_id");
  const auto unknown = refusal({referral("2022-01-10", "hw", "hellowork")}, true);
  CHECK(unknown.first == "month 4 event 2.agency_id");
  CHECK(unknown.second.find("among the scenario's agencies") != std::string::npos);

  agency_joined_event j;
  j.agency_id = "saposute";
  CHECK(refusal({event{0, d("2022-01-10"), j, "", "events[5]"}}).first == "events[5].agency_id");
}
