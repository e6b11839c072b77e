// The facts of a case beyond the ladder: where the household lives (and moves), schooling, legal
// status, concerns that change after intake, contacts by kind, and follow-ups after a closure.
#include <doctest/doctest.h>

#include "unit/case/case_fixtures.hpp"

#include <hashigo/case/place.hpp>
#include <hashigo/case/validate.hpp>

using namespace fixtures;

namespace {

journal open_case() {
  journal j;
  j.on("2015-04-06", intake(at(stage::social)))
      .on("2015-04-20", assessment(fdp(3, 3, 3, 3, 3)))
      .on("2015-05-01", plan("2015-05-01", "2016-03-31"))
      .on("2015-05-08", plan_approved());
  return j;
}

// The field validate() names for one event on `day`, or "<no error>".
std::string invalid_field(const char* day, event_body body) {
  event e;
  e.on = d(day);
  e.body = std::move(body);
  return where_of([&] { validate(e); });
}

// The message fold() gives for the journal on `as_of`, or "<no error>".
std::string fold_error(const journal& j, const char* as_of, const case_header& h = header_j1()) {
  auto e = input_error_of([&] { (void)fold(h, j.events, d(as_of)); });
  return e ? std::string(e->what()) : std::string("<no error>");
}

event_body moved_to(std::string municipality, std::string prefecture = {}) {
  household_moved_event x;
  x.municipality = std::move(municipality);
  x.prefecture = std::move(prefecture);
  return x;
}
event_body enrolled_in(std::string school, std::optional<date> on = std::nullopt,
                       std::optional<date> graduation = std::nullopt) {
  school_enrolled_event x;
  x.school = std::move(school);
  x.enrolled_on = on;
  x.expected_graduation_on = graduation;
  return x;
}
event_body left_school(std::string reason, std::optional<date> on = std::nullopt, std::string school = {}) {
  school_left_event x;
  x.reason = std::move(reason);
  x.left_on = on;
  x.school = std::move(school);
  return x;
}
event_body legal(std::string status, std::optional<date> since = std::nullopt, std::optional<date> ends_on = std::nullopt,
                 std::optional<date> released = std::nullopt) {
  legal_status_event x;
  x.status = std::move(status);
  x.since = since;
  x.ends_on = ends_on;
  x.released_on = released;
  return x;
}
event_body concerns(std::vector<std::string> added, std::vector<std::string> removed = {}) {
  concerns_changed_event x;
  x.added = std::move(added);
  x.removed = std::move(removed);
  return x;
}
event_body follow_up(std::string kind = "retention_visit", bool successful = true) {
  follow_up_event x;
  x.kind = std::move(kind);
  x.successful = successful;
  return x;
}
event_body intake_with(std::vector<std::string> codes) {
  auto body = intake(at(stage::social));
  std::get<intake_event>(body).concerns = std::move(codes);
  return body;
}

}  // namespace

TEST_CASE("municipality codes: the check digit, the prefecture, and the codes that are not municipalities") {
  CHECK(municipality_check_digit("14205") == '1');  // Fujisawa 142051
  CHECK(municipality_check_digit("13104") == '1');  // Shinjuku 131041: the sum is divisible by 11
  CHECK(municipality_check_digit("13102") == '4');  // Chuo 131024
  CHECK(municipality_check_digit("01100") == '2');  // Sapporo 011002
  CHECK(prefecture_name("14")->en == "Kanagawa");
  CHECK(prefecture_name("47")->ja == "沖縄県");
  CHECK_FALSE(prefecture_name("48"));
  CHECK_FALSE(prefecture_name("00"));
  CHECK_FALSE(prefecture_name("4"));

  auto message = [](const char* pref, const char* muni) {
    auto e = input_error_of([&] { validate_place(pref, muni, "household"); });
    return e ? std::string(e->what()) : std::string("<no error>");
  };
  CHECK(message("14", "142051") == "<no error>");
  CHECK(message("", "142051") == "<no error>");
  CHECK(message("27", "") == "<no error>");
  CHECK(message("kanagawa", "") ==
        "household.prefecture: 'kanagawa' is not a prefecture code: two digits of JIS X 0401, 01 (Hokkaido) to 47 (Okinawa) "
        "(Kanagawa is 14)");
  CHECK(message("14", "14205") ==
        "household.municipality: '14205' lacks its check digit: a 全国地方公共団体コード has six digits (142051)");
  CHECK(message("14", "142052") ==
        "household.municipality: '142052' has a wrong check digit: 142051 is the code its first five digits make");
  CHECK(message("12", "142051") ==
        "household.municipality: '142051' is a municipality of Kanagawa (14), not of prefecture 12 (Chiba)");
  CHECK(message("", "140007") ==
        "household.municipality: '140007' is the code of Kanagawa itself, not of a municipality; give prefecture \"14\" "
        "alone when the municipality is not known");
  CHECK(message("", "481009").find("does not start with a prefecture code") != std::string::npos);
  CHECK(message("", "fujisawa").find("is not a municipality code") != std::string::npos);
}

TEST_CASE("a header's place is validated, and a move changes it from its day on") {
  auto h = header_j1();
  h.household.prefecture = "14";
  h.household.municipality = "142051";
  CHECK(where_of([&] { validate(h); }) == "<no error>");
  h.household.municipality = "142042x";
  CHECK(where_of([&] { validate(h); }) == "household.municipality");
  h.household.municipality = "142051";

  auto j = open_case();
  j.on("2015-07-15", moved_to("142042"));
  auto before = fold(h, j.events, d("2015-07-14"));
  CHECK(before.header.household.municipality == "142051");
  CHECK_FALSE(before.moved_on);
  auto after = fold(h, j.events, d("2015-07-15"));
  CHECK(after.header.household.municipality == "142042");
  CHECK(after.header.household.prefecture == "14");  // taken from the code
  CHECK(after.moved_on == d("2015-07-15"));
  CHECK(after.header.household.rent_yen == 55000);  // not given: unchanged

  // A move to another prefecture whose municipality is not known leaves no stale municipality.
  j.on("2015-09-01", moved_to("", "27"));
  auto osaka = fold(h, j.events, d("2015-09-30"));
  CHECK(osaka.header.household.prefecture == "27");
  CHECK(osaka.header.household.municipality.empty());

  household_moved_event rent = std::get<household_moved_event>(moved_to("142042"));
  rent.housing = "public";
  rent.rent_yen = 31000;
  CHECK(invalid_field("2015-07-15", rent) == "<no error>");
  rent.housing = "tent";
  CHECK(invalid_field("2015-07-15", rent) == "housing");
  CHECK(invalid_field("2015-07-15", moved_to("")) == "municipality");
  CHECK(invalid_field("2015-07-15", moved_to("142051", "12")) == "municipality");
  CHECK(invalid_field("2015-07-15", moved_to("", "99")) == "prefecture");
}

TEST_CASE("school: enrolment, graduation and dropping out, with their dates") {
  auto j = open_case();
  j.on("2015-04-06", enrolled_in("high", d("2013-04-08"), d("2016-03-01")));
  auto s = fold_at(j, "2015-06-30");
  REQUIRE(s.schools.size() == 1);
  CHECK(s.schools[0].kind == "high");
  CHECK(s.schools[0].enrolled_on == d("2013-04-08"));  // before the intake: allowed
  CHECK(s.schools[0].expected_graduation_on == d("2016-03-01"));
  CHECK_FALSE(s.schools[0].left_on);

  j.on("2016-03-01", left_school("graduated"));
  s = fold_at(j, "2016-03-31");
  CHECK(s.schools[0].left_on == d("2016-03-01"));  // the event's day
  CHECK(s.schools[0].left_reason == "graduated");
  CHECK(fold_at(j, "2016-02-29").schools[0].left_on == std::nullopt);  // as_of cuts it off

  j.on("2016-04-04", enrolled_in("vocational"));
  s = fold_at(j, "2016-04-30");
  REQUIRE(s.schools.size() == 2);
  CHECK(s.schools[1].enrolled_on == d("2016-04-04"));

  SUBCASE("a second enrolment needs the first to end") {
    auto k = open_case();
    k.on("2015-04-06", enrolled_in("high", d("2013-04-08")));
    k.on("2015-06-01", enrolled_in("high_correspondence"));
    CHECK(fold_error(k, "2015-06-30") ==
          "events[5].school: the person is already enrolled in high (since 2013-04-08); record `school_left` first");
  }
  SUBCASE("leaving before the enrolment is refused, naming the field") {
    auto k = open_case();
    k.on("2015-04-06", enrolled_in("high", d("2015-04-06")));
    k.on("2015-06-01", left_school("dropped_out", d("2015-03-31")));
    CHECK(fold_error(k, "2015-06-30") == "events[5].left_on: 2015-03-31 is before the enrolment (2015-04-06)");
  }
  SUBCASE("a graduation with no enrolment on record must name its school") {
    auto k = open_case();
    k.on("2015-04-06", left_school("graduated", d("2010-03-31")));
    CHECK(fold_error(k, "2015-06-30") ==
          "events[4].school: no school enrolment is on record: name the school the person left (`school`)");
    auto m = open_case();
    m.on("2015-04-06", left_school("dropped_out", d("2013-09-30"), "high"));
    auto past = fold_at(m, "2015-06-30");
    REQUIRE(past.schools.size() == 1);
    CHECK_FALSE(past.schools[0].enrolled_on);
    CHECK(past.schools[0].left_reason == "dropped_out");
  }
  SUBCASE("leaving names the school on record") {
    auto k = open_case();
    k.on("2015-04-06", enrolled_in("high"));
    k.on("2015-06-01", left_school("dropped_out", std::nullopt, "university"));
    CHECK(fold_error(k, "2015-06-30") == "events[5].school: the person is enrolled in high, not university");
  }
  CHECK(invalid_field("2015-04-06", enrolled_in("cram_school")) == "school");
  CHECK(invalid_field("2015-04-06", enrolled_in("high", d("2015-04-07"))) == "enrolled_on");
  CHECK(invalid_field("2015-04-06", enrolled_in("high", d("2015-04-01"), d("2015-03-31"))) == "expected_graduation_on");
  CHECK(invalid_field("2015-04-06", left_school("expelled")) == "reason");
  CHECK(invalid_field("2015-04-06", left_school("graduated", d("2015-04-07"))) == "left_on");
}

TEST_CASE("legal status: the latest counts, and a release day is kept") {
  auto j = open_case();
  j.on("2015-04-06", legal("parole", d("2014-10-01"), d("2015-09-30"), d("2014-10-01")));
  auto s = fold_at(j, "2015-06-30");
  REQUIRE(s.legal);
  CHECK(s.legal->status == "parole");
  CHECK(s.legal->since == d("2014-10-01"));
  CHECK(s.legal->ends_on == d("2015-09-30"));
  CHECK(s.legal->released_on == d("2014-10-01"));
  j.on("2015-10-01", legal("sentence_served", d("2015-09-30")));
  s = fold_at(j, "2015-10-31");
  CHECK(s.legal->status == "sentence_served");
  CHECK(s.legal->released_on == d("2014-10-01"));  // kept from the earlier record
  CHECK_FALSE(s.legal->ends_on);
  CHECK_FALSE(fold_at(open_case(), "2015-06-30").legal);

  CHECK(invalid_field("2015-04-06", legal("on_the_run")) == "status");
  CHECK(invalid_field("2015-04-06", legal("probation", d("2015-04-07"))) == "since");
  CHECK(invalid_field("2015-04-06", legal("probation", d("2015-01-01"), d("2014-12-31"))) == "ends_on");
  CHECK(invalid_field("2015-04-06", legal("sentence_served", std::nullopt, std::nullopt, d("2015-05-01"))) ==
        "released_on");
}

TEST_CASE("concerns: codes from the documented list, changed after intake") {
  journal j;
  j.on("2015-04-06", intake_with({"job_search", "hikikomori_futoko"}));
  j.on("2015-08-20", concerns({"debt", "childhood_cancer_survivor"}, {"hikikomori_futoko"}));
  CHECK(fold_at(j, "2015-08-19").concerns == std::vector<std::string>{"job_search", "hikikomori_futoko"});
  CHECK(fold_at(j, "2015-08-20").concerns ==
        std::vector<std::string>{"job_search", "debt", "childhood_cancer_survivor"});

  for (auto code : concern_codes()) CHECK(invalid_field("2015-04-06", intake_with({std::string(code)})) == "<no error>");
  for (auto code : {"lgbt", "cancer", "nanbyo", "drug_dependence", "alcohol_dependence", "criminal_record",
                    "foreign_national", "childhood_cancer_survivor"})
    CHECK(invalid_field("2015-04-06", intake_with({code})) == "<no error>");
  CHECK(invalid_field("2015-04-06", intake_with({"job_search", "withdrawal"})) == "concerns[1]");
  CHECK(invalid_field("2015-04-06", intake_with({"debt", "debt"})) == "concerns[1]");
  CHECK(invalid_field("2015-04-06", concerns({}, {})) == "added");
  CHECK(invalid_field("2015-04-06", concerns({"debt"}, {"debt"})) == "removed[0]");
  CHECK(invalid_field("2015-04-06", concerns({"homeless"})) == "added[0]");

  journal k;
  k.on("2015-04-06", intake_with({"job_search"})).on("2015-05-01", concerns({}, {"debt"}));
  CHECK(fold_error(k, "2015-05-31") == "events[1].removed[0]: 'debt' is not among the current concerns (job_search)");
  journal m;
  m.on("2015-04-06", intake_with({"job_search"})).on("2015-05-01", concerns({"job_search"}));
  CHECK(fold_error(m, "2015-05-31") == "events[1].added[0]: 'job_search' is already among the current concerns");
}

TEST_CASE("contacts by kind: the last success, the last attempt and the counts") {
  auto j = open_case();
  contact_event phone;
  phone.kind = "phone";
  j.on("2015-05-10", contact()).on("2015-05-20", phone).on("2015-06-01", contact(false));
  const auto s = fold_at(j, "2015-06-30");
  const auto& by_kind = s.derived.contacts_by_kind;
  REQUIRE(by_kind.size() == 2);
  const auto& interview = by_kind.at("interview");
  CHECK(interview.last_on == d("2015-05-10"));
  CHECK(interview.last_attempt_on == d("2015-06-01"));
  CHECK(interview.successful == 1);
  CHECK(interview.attempted == 2);
  CHECK(by_kind.at("phone").last_on == d("2015-05-20"));
  CHECK(by_kind.at("phone").attempted == 1);
  CHECK(fold_at(j, "2015-05-15").derived.contacts_by_kind.count("phone") == 0);
}

TEST_CASE("follow-ups: a closed case takes them without reopening, and they count as contacts") {
  auto j = open_case();
  j.on("2015-06-01", placement("job", "part_time", 20, 1000.0))
      .on("2015-10-30", closed("employed"))
      .on("2015-12-01", follow_up("retention_visit"))
      .on("2016-01-05", follow_up("phone", false));
  auto s = fold_at(j, "2016-01-31");
  CHECK(s.status == process_status::closed);
  CHECK(s.follow_ups.size() == 2);
  CHECK(s.last_contact_on == d("2015-12-01"));
  CHECK(s.failed_contacts_since_last == 1);
  CHECK(s.derived.follow_ups.count == 1);
  CHECK(s.derived.follow_ups.attempts == 2);
  CHECK(s.derived.follow_ups.last_on == d("2015-12-01"));
  CHECK(s.derived.follow_ups.after_closure == 1);
  CHECK(s.derived.contacts_by_kind.at("retention_visit").successful == 1);
  CHECK(s.derived.hired_on == d("2015-06-01"));
  CHECK(s.derived.days_since_hire == 244);

  SUBCASE("after a reopening, the closure's follow-ups no longer count as after closure") {
    j.on("2016-02-01", reopened());
    CHECK(fold_at(j, "2016-02-29").derived.follow_ups.after_closure == 0);
  }
  SUBCASE("a contact is still refused after closure, saying what can follow") {
    j.on("2016-02-01", contact());
    CHECK(fold_error(j, "2016-02-29") ==
          "events[8].type: the case is closed (employed); only a `reopened` event can follow, or a `follow_up` for a "
          "contact after the closure");
  }
  SUBCASE("nothing follows a closure because the person died") {
    auto k = open_case();
    k.on("2015-10-30", closed("deceased")).on("2015-12-01", follow_up());
    CHECK(fold_error(k, "2015-12-31") ==
          "events[5].type: the case is closed (deceased); only a `reopened` event can follow");
  }
  SUBCASE("a follow-up names a placement that exists") {
    auto k = open_case();
    auto body = follow_up();
    std::get<follow_up_event>(body).placement_id = "nowhere";
    k.on("2015-12-01", body);
    CHECK(fold_error(k, "2015-12-31") == "events[4].placement_id: no placement 'nowhere' was started");
  }
  CHECK(invalid_field("2015-12-01", follow_up("visit")) == "kind");
}

TEST_CASE("a suspended case still takes facts about the person and follow-ups") {
  auto j = open_case();
  j.on("2015-06-01", suspended())
      .on("2015-06-10", moved_to("142042"))
      .on("2015-06-11", enrolled_in("high_correspondence"))
      .on("2015-06-12", legal("probation"))
      .on("2015-06-13", concerns({"debt"}))
      .on("2015-06-14", follow_up("phone"));
  const auto s = fold_at(j, "2015-06-30");
  CHECK(s.status == process_status::suspended);
  CHECK(s.header.household.municipality == "142042");
  CHECK(s.schools.size() == 1);
  CHECK(s.legal->status == "probation");
}
