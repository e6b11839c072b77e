#pragma once
/// @file A civil calendar date (proleptic Gregorian), the only notion of time decisions use.
#include <compare>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hashigo {

/// A calendar day; ordered, hashable by `days()`, printed as YYYY-MM-DD.
class date {
 public:
  /// 1970-01-01.
  constexpr date() = default;
  /// Builds a date; throws input_error when the day does not exist.
  date(int year, int month, int day);
  /// Parses exactly `YYYY-MM-DD`; nullopt when malformed or impossible (2015-02-30).
  static std::optional<date> parse(std::string_view text);
  /// Parses `YYYY-MM-DD` or throws input_error naming `where`.
  static date parse_or_throw(std::string_view text, const std::string& where);
  /// The date `days` after 1970-01-01 (negative before).
  static date from_days(std::int64_t days);

  int year() const noexcept;
  int month() const noexcept;
  int day() const noexcept;
  /// Days since 1970-01-01.
  std::int64_t days() const noexcept { return days_; }
  /// This date plus n days.
  date add_days(std::int64_t n) const { return from_days(days_ + n); }
  /// This date plus n calendar months, clamped to the month's last day (01-31 + 1 → 02-28).
  date add_months(int n) const;
  /// The last day of this date's month.
  date end_of_month() const;
  /// The first day of this date's month.
  date start_of_month() const;
  /// `YYYY-MM-DD`.
  std::string to_string() const;
  /// Room for the text of any date.
  using text_buffer = std::array<char, 24>;
  /// Writes `YYYY-MM-DD` into `out` without allocating; returns its length.
  std::size_t to_chars(text_buffer& out) const noexcept;
  /// `YYYY-MM`.
  std::string year_month() const;

  friend constexpr auto operator<=>(const date&, const date&) = default;

 private:
  explicit constexpr date(std::int64_t d) : days_(d) {}
  std::int64_t days_ = 0;
};

/// Whole days from `from` to `to` (negative when `to` is earlier).
inline std::int64_t days_between(date from, date to) { return to.days() - from.days(); }
/// Whole calendar months completed between `from` and `to` (0 when to < from + 1 month).
int months_between(date from, date to);
/// Whole years completed between `born` and `on`: the age on that day.
int years_between(date born, date on);

}  // namespace hashigo
