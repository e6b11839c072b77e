#include <hashigo/date.hpp>
#include <hashigo/error.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace hashigo {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
std::int64_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct civil {
  int y;
  unsigned m;
  unsigned d;
};

civil civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned last_day(int y, unsigned m) {
  static constexpr unsigned k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29u : k_days[m - 1];
}

bool valid(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
         static_cast<unsigned>(d) <= last_day(y, static_cast<unsigned>(m));
}

}  // namespace

date::date(int year, int month, int day) {
  if (!valid(year, month, day))
    throw input_error("", message("error.not_calendar_date", fmt::format("{:04}-{:02}-{:02}", year, month, day)));
  days_ = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::optional<date> date::parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](std::size_t from, std::size_t len, int& out) {
    out = 0;
    for (std::size_t i = from; i < from + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d) || !valid(y, m, d)) return std::nullopt;
  return date(days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)));
}

date date::parse_or_throw(std::string_view text, const std::string& where) {
  if (auto d = parse(text)) return *d;
  throw input_error(where, message("error.bad_date", text));
}

date date::from_days(std::int64_t days) { return date(days); }

int date::year() const noexcept { return civil_from_days(days_).y; }
int date::month() const noexcept { return static_cast<int>(civil_from_days(days_).m); }
int date::day() const noexcept { return static_cast<int>(civil_from_days(days_).d); }

date date::add_months(int n) const {
  const civil c = civil_from_days(days_);
  const int total = c.y * 12 + static_cast<int>(c.m) - 1 + n;
  const int y = total / 12;
  const auto m = static_cast<unsigned>(total % 12 + 1);
  const unsigned d = std::min(c.d, last_day(y, m));
  return date(days_from_civil(y, m, d));
}

date date::end_of_month() const {
  const civil c = civil_from_days(days_);
  return date(days_from_civil(c.y, c.m, last_day(c.y, c.m)));
}

date date::start_of_month() const {
  const civil c = civil_from_days(days_);
  return date(days_from_civil(c.y, c.m, 1));
}

std::size_t date::to_chars(text_buffer& out) const noexcept {
  const civil c = civil_from_days(days_);
  if (c.y < 0 || c.y > 9999) {  // outside what parse() accepts: not on any hot path
    const auto r = fmt::format_to_n(out.data(), out.size(), "{:04}-{:02}-{:02}", c.y, c.m, c.d);
    return std::min(r.size, out.size());
  }
  // By hand: dates are a quarter of the fields of a case view, formatted on every evaluation.
  const auto digit = [](int v) { return static_cast<char>('0' + v); };
  out[0] = digit(c.y / 1000);
  out[1] = digit(c.y / 100 % 10);
  out[2] = digit(c.y / 10 % 10);
  out[3] = digit(c.y % 10);
  out[4] = '-';
  out[5] = digit(c.m / 10);
  out[6] = digit(c.m % 10);
  out[7] = '-';
  out[8] = digit(c.d / 10);
  out[9] = digit(c.d % 10);
  return 10;
}

std::string date::to_string() const {
  text_buffer buf;
  return std::string(buf.data(), to_chars(buf));
}

std::string date::year_month() const {
  const civil c = civil_from_days(days_);
  return fmt::format("{:04}-{:02}", c.y, c.m);
}

int months_between(date from, date to) {
  if (to < from) return -months_between(to, from);
  int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
  if (months > 0 && from.add_months(months) > to) --months;
  return months;
}

int years_between(date born, date on) { return months_between(born, on) / 12; }

}  // namespace hashigo
