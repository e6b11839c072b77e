// hashigo::date: the civil calendar every decision is computed on (design.md "Time").
#include <doctest/doctest.h>

#include <hashigo/date.hpp>
#include <hashigo/error.hpp>

#include <string>

using hashigo::date;

namespace {

date d(const char* text) { return date::parse_or_throw(text, "test"); }

}  // namespace

TEST_CASE("date::parse accepts real calendar days in YYYY-MM-DD") {
  const auto leap = date::parse("2016-02-29");
  REQUIRE(leap);
  CHECK(leap->year() == 2016);
  CHECK(leap->month() == 2);
  CHECK(leap->day() == 29);
  CHECK(leap->to_string() == "2016-02-29");

  CHECK(date::parse("2000-02-29"));  // divisible by 400: leap
  CHECK(date::parse("2015-05-01")->to_string() == "2015-05-01");
  CHECK(date::parse("2015-12-31")->to_string() == "2015-12-31");
  CHECK(date::parse("0001-01-01"));
  CHECK(date::parse("9999-12-31"));
}

TEST_CASE("date::parse refuses malformed or impossible text") {
  CHECK_FALSE(date::parse("2015-02-29"));  // 2015 is not a leap year
  CHECK_FALSE(date::parse("1900-02-29"));  // divisible by 100, not by 400
  CHECK_FALSE(date::parse("2015-02-30"));
  CHECK_FALSE(date::parse("2015-04-31"));
  CHECK_FALSE(date::parse("2015-13-01"));
  CHECK_FALSE(date::parse("2015-00-10"));
  CHECK_FALSE(date::parse("2015-05-00"));
  CHECK_FALSE(date::parse("0000-01-01"));
  CHECK_FALSE(date::parse("2015-5-1"));    // not zero-padded
  CHECK_FALSE(date::parse("2015-05-1"));
  CHECK_FALSE(date::parse("2015/05/01"));
  CHECK_FALSE(date::parse("2015-05-01 "));  // trailing text
  CHECK_FALSE(date::parse(" 2015-05-01"));
  CHECK_FALSE(date::parse("2015-05-01T00:00:00"));
  CHECK_FALSE(date::parse("+015-05-01"));
  CHECK_FALSE(date::parse("2015-0a-01"));
  CHECK_FALSE(date::parse("20150501"));
  CHECK_FALSE(date::parse(""));
}

TEST_CASE("date::parse_or_throw and the constructor name the problem") {
  try {
    (void)date::parse_or_throw("2015-02-29", "events[0].date");
    FAIL("2015-02-29 was accepted");
  } catch (const hashigo::input_error& e) {
    CHECK(e.where() == "events[0].date");
    CHECK(e.detail() == "'2015-02-29' is not a date (expected YYYY-MM-DD)");
    CHECK(std::string(e.what()) == "events[0].date: '2015-02-29' is not a date (expected YYYY-MM-DD)");
    CHECK(e.exit_status() == 3);
  }
  CHECK_THROWS_AS(date(2015, 2, 29), hashigo::input_error);
  CHECK_THROWS_AS(date(2015, 13, 1), hashigo::input_error);
  CHECK_THROWS_AS(date(0, 1, 1), hashigo::input_error);
  CHECK(date(2016, 2, 29) == d("2016-02-29"));
}

TEST_CASE("days since the epoch, ordering and day arithmetic") {
  CHECK(date().to_string() == "1970-01-01");
  CHECK(date().days() == 0);
  CHECK(date::from_days(0) == date(1970, 1, 1));
  CHECK(d("1970-01-02").days() == 1);
  CHECK(d("1969-12-31").days() == -1);
  CHECK(d("2000-03-01").days() == 11017);
  CHECK(date::from_days(d("2015-05-11").days()) == d("2015-05-11"));

  CHECK(d("2015-12-31").add_days(1) == d("2016-01-01"));
  CHECK(d("2016-02-28").add_days(1) == d("2016-02-29"));
  CHECK(d("2015-02-28").add_days(1) == d("2015-03-01"));
  CHECK(d("2016-03-01").add_days(-1) == d("2016-02-29"));
  CHECK(hashigo::days_between(d("2015-05-01"), d("2015-06-01")) == 31);
  CHECK(hashigo::days_between(d("2016-01-01"), d("2017-01-01")) == 366);
  CHECK(hashigo::days_between(d("2015-06-01"), d("2015-05-01")) == -31);

  CHECK(d("2015-05-01") < d("2015-05-02"));
  CHECK(d("2014-12-31") < d("2015-01-01"));
  CHECK_FALSE(d("2015-05-02") < d("2015-05-01"));
  CHECK(d("2015-05-01").year_month() == "2015-05");
}

TEST_CASE("add_months clamps to the last day of the target month") {
  CHECK(d("2015-01-31").add_months(1) == d("2015-02-28"));
  CHECK(d("2016-01-31").add_months(1) == d("2016-02-29"));
  CHECK(d("2015-03-31").add_months(1) == d("2015-04-30"));
  CHECK(d("2015-03-31").add_months(-1) == d("2015-02-28"));
  CHECK(d("2016-02-29").add_months(12) == d("2017-02-28"));
  CHECK(d("2016-02-29").add_months(48) == d("2020-02-29"));
  CHECK(d("2015-05-11").add_months(0) == d("2015-05-11"));
  CHECK(d("2015-12-15").add_months(1) == d("2016-01-15"));
  CHECK(d("2015-01-15").add_months(-1) == d("2014-12-15"));
  CHECK(d("2015-05-11").add_months(-13) == d("2014-04-11"));
  CHECK(d("2015-05-11").add_months(25) == d("2017-06-11"));
  // clamping is not sticky: the day comes from the start date, not an intermediate month
  CHECK(d("2015-01-31").add_months(2) == d("2015-03-31"));
}

TEST_CASE("end_of_month and start_of_month") {
  CHECK(d("2015-02-10").end_of_month() == d("2015-02-28"));
  CHECK(d("2016-02-01").end_of_month() == d("2016-02-29"));
  CHECK(d("1900-02-14").end_of_month() == d("1900-02-28"));
  CHECK(d("2015-04-30").end_of_month() == d("2015-04-30"));
  CHECK(d("2015-12-01").end_of_month() == d("2015-12-31"));
  CHECK(d("2015-12-31").start_of_month() == d("2015-12-01"));
  CHECK(d("2016-02-29").start_of_month() == d("2016-02-01"));
}

TEST_CASE("months_between counts whole calendar months") {
  CHECK(hashigo::months_between(d("2015-05-11"), d("2015-05-11")) == 0);
  CHECK(hashigo::months_between(d("2015-01-15"), d("2015-02-14")) == 0);
  CHECK(hashigo::months_between(d("2015-01-15"), d("2015-02-15")) == 1);
  CHECK(hashigo::months_between(d("2015-05-10"), d("2016-05-09")) == 11);
  CHECK(hashigo::months_between(d("2015-05-10"), d("2016-05-10")) == 12);
  CHECK(hashigo::months_between(d("2015-12-20"), d("2016-01-19")) == 0);
  CHECK(hashigo::months_between(d("2015-12-20"), d("2016-01-20")) == 1);
  // the month after 01-31 ends on the last day of February (the clamped add_months)
  CHECK(hashigo::months_between(d("2015-01-31"), d("2015-02-27")) == 0);
  CHECK(hashigo::months_between(d("2015-01-31"), d("2015-02-28")) == 1);
  CHECK(hashigo::months_between(d("2015-01-31"), d("2015-03-30")) == 1);
  CHECK(hashigo::months_between(d("2015-01-31"), d("2015-03-31")) == 2);
  // reversed order is negative
  CHECK(hashigo::months_between(d("2016-05-10"), d("2015-05-10")) == -12);
  CHECK(hashigo::months_between(d("2015-02-14"), d("2015-01-15")) == 0);
}

TEST_CASE("years_between is the age on a day, birthday included") {
  CHECK(hashigo::years_between(d("1988-06-15"), d("2015-06-14")) == 26);
  CHECK(hashigo::years_between(d("1988-06-15"), d("2015-06-15")) == 27);
  CHECK(hashigo::years_between(d("1988-06-15"), d("2015-06-16")) == 27);
  CHECK(hashigo::years_between(d("1988-12-31"), d("2016-01-01")) == 27);
  CHECK(hashigo::years_between(d("1988-06-15"), d("1988-06-15")) == 0);
  // born on 29 February: one year old on 28 February of a common year, not before
  CHECK(hashigo::years_between(d("2000-02-29"), d("2001-02-27")) == 0);
  CHECK(hashigo::years_between(d("2000-02-29"), d("2001-02-28")) == 1);
  CHECK(hashigo::years_between(d("2000-02-29"), d("2004-02-28")) == 3);
  CHECK(hashigo::years_between(d("2000-02-29"), d("2004-02-29")) == 4);
  // the 65-year line used for households (domain.md J5)
  CHECK(hashigo::years_between(d("1950-06-01"), d("2015-05-31")) == 64);
  CHECK(hashigo::years_between(d("1950-06-01"), d("2015-06-01")) == 65);
}
