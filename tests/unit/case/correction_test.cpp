// event_voided: a correction of the record that fold resolves before anything else.
#include <doctest/doctest.h>

#include "unit/case/case_fixtures.hpp"

using namespace fixtures;

namespace {

// An open case (events[0..1]) that a closure and a later contact of the same day break (2, 3).
journal broken_case() {
  journal j;
  j.on("2015-05-11", intake(at(stage::social)))
      .on("2015-06-01", assessment())
      .on("2015-07-01", closed("employed"))
      .on("2015-07-01", contact());
  return j;
}

}  // namespace

TEST_CASE("a voided event is left out of every fold, whatever the as_of, and named in the state") {
  auto j = broken_case();
  CHECK(where_of([&] { (void)fold_at(j, "2015-07-01"); }) == "events[3].type");
  j.on("2016-01-15", voided(3, "the call was for another person"));  // 4

  for (const char* as_of : {"2015-07-01", "2015-12-31", "2016-01-15", "2016-06-30"}) {
    CAPTURE(as_of);
    const auto s = fold_at(j, as_of);
    CHECK(s.status == process_status::closed);
    CHECK(s.contacts.empty());
    REQUIRE(s.voided.size() == 1);
    CHECK(s.voided[0].seq == 3);
    CHECK(s.voided[0].type == "contact");
    CHECK(s.voided[0].on == d("2015-07-01"));
    CHECK(s.voided[0].voided_by == 4);
    CHECK(s.voided[0].voided_on == d("2016-01-15"));
    CHECK(s.voided[0].reason == "the call was for another person");
    CHECK(s.events_folded == 3);  // intake, assessment, closed
  }
  CHECK(fold_at(j, "2015-07-01").last_seq == 3);  // the voided event was read, if not applied
  CHECK(fold_at(j, "2016-01-15").last_seq == 4);
  // A correction is not something that happened to the person: it may follow a closure.
  CHECK_NOTHROW(check_appendable(header_j1(), j.events, {}));
}

TEST_CASE("whole-sequence checks ignore voided events") {
  journal j;
  j.on("2015-05-01", contact())  // 0: dated before the intake by mistake
      .on("2015-05-11", intake())
      .on("2015-05-12", voided(0));
  CHECK(fold_at(j, "2015-06-01").status == process_status::intake);
  j.events.pop_back();
  CHECK(where_of([&] { (void)fold_at(j, "2015-06-01"); }) == "events[0].date");
}

TEST_CASE("a correction must name an earlier, unvoided event that is not itself a correction") {
  auto with = [](std::initializer_list<std::pair<const char*, event_body>> extra) {
    auto j = broken_case();
    for (const auto& [day, body] : extra) j.on(day, body);
    const auto e = input_error_of([&] { (void)fold_at(j, "2016-12-31"); });
    return e ? e->where() + ": " + e->detail() : std::string("<folds>");
  };
  CHECK(with({{"2016-01-15", voided(3)}}) == "<folds>");
  CHECK(with({{"2016-01-15", voided(17)}}) == "events[4].voids: there is no event 17 in this case to void");
  CHECK(with({{"2016-01-15", voided(4)}}) == "events[4].voids: there is no event 4 in this case to void");
  CHECK(with({{"2016-01-15", voided(5)}, {"2016-01-16", contact()}}) ==
        "events[4].voids: events[5] was recorded after this correction");
  CHECK(with({{"2015-06-30", voided(3)}}) == "events[4].date: 2015-06-30 is before the day of the event it voids (2015-07-01)");
  CHECK(with({{"2016-01-15", voided(3)}, {"2016-01-16", voided(3)}}) ==
        "events[5].voids: events[3] is already voided by events[4]");
  CHECK(with({{"2016-01-15", voided(3)}, {"2016-01-16", voided(4)}}) ==
        "events[5].voids: events[4] is itself a correction; record the event it voided again instead");
  // Voiding the wrong event leaves the case as broken as it was.
  CHECK(with({{"2016-01-15", voided(1)}}) == "events[3].type: the case is closed (employed); only a `reopened` event can follow, or a `follow_up` for a contact after the closure");
}

TEST_CASE("a new correction may only name an event already recorded") {
  const auto j = broken_case();
  std::vector<event> existing(j.events.begin(), j.events.begin() + 3);  // intake, assessment, closed
  event later;
  later.on = d("2015-07-02");
  later.body = reopened();
  later.origin = "[0]";
  event fix;
  fix.on = d("2015-07-03");
  fix.body = voided(3);  // the seq check_appendable would give `later`
  fix.origin = "[1]";
  CHECK(where_of([&] { check_appendable(header_j1(), existing, {later, fix}); }) == "[1].voids");
  fix.body = voided(2);
  CHECK_NOTHROW(check_appendable(header_j1(), existing, {fix}));
}
