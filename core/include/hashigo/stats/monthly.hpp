#pragma once
/// @file A support centre's monthly statistics (the Chiba consortium's monthly table and the
/// national KPI set, docs/kpi.md), counted from the case records alone: what was recorded in the
/// month, and how each case stood on its last day. Cases are added one at a time, so memory holds
/// the tallies, never the cases.
#include <hashigo/case/agency.hpp>
#include <hashigo/case/event.hpp>
#include <hashigo/case/employer.hpp>
#include <hashigo/case/household.hpp>
#include <hashigo/case/state.hpp>
#include <hashigo/date.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace hashigo::stats {

/// A calendar month, `YYYY-MM`.
struct month {
  date first_day;
  date last_day;
  /// `YYYY-MM`.
  std::string name() const;
};

/// Parses `YYYY-MM`; throws input_error naming `field`.
month parse_month(const std::string& text, const std::string& field);

/// The months from `first` to `last`, both included; throws input_error naming `field` when
/// `last` comes before `first` or the span is longer than 50 years.
std::vector<month> months_between(const month& first, const month& last, const std::string& field);

/// People per municipality (全国地方公共団体コード, six digits), for rates per 100,000.
struct population_table {
  std::map<std::string, std::int64_t> by_municipality;
};

/// Reads a CSV whose header names `municipality` and `population` (other columns are ignored; a
/// UTF-8 BOM is allowed). Throws input_error naming `path`, the line and the column at fault.
population_table parse_population(const std::string& path, const std::string& text);

/// One number of the report. A breakdown figure belongs to a group (`intake.channel`) and names
/// the code it counts (`visit`, of kind `channel`, named as the CLI names codes); a rate keeps its
/// numerator and denominator.
struct figure {
  std::string id;       ///< stable, e.g. `intake.new`, `intake.channel.visit`, `kpi.plans_per_100k`
  std::string group;    ///< the breakdown's group, e.g. `intake.channel`; empty otherwise
  std::string kind;     ///< the code's kind (`channel`, `program`, `stage`, …), for its name
  std::string code;     ///< the code counted, for a breakdown
  std::string unit;     ///< `count`, `people`, `minutes`, `per_100k` or `ratio`
  std::optional<double> value;        ///< nullopt when it cannot be computed (no population, a zero denominator)
  std::optional<double> numerator;    ///< for a rate or ratio
  std::optional<double> denominator;  ///< for a rate or ratio
};

/// A block of the table (`intake`, `plans`, `caseload`, …), in the order the report shows it.
struct section {
  std::string id;
  std::vector<figure> figures;
};

/// The three national indicators for one municipality.
struct municipality_row {
  std::string code;                       ///< empty for cases whose municipality is not known
  std::optional<std::int64_t> population; ///< nullopt when the population table lacks it
  std::int64_t new_consultations = 0;
  std::int64_t plans = 0;
  std::int64_t employment_targets = 0;
};

/// The month's statistics.
struct monthly_report {
  struct month month;
  std::int64_t cases_read = 0;          ///< cases with an intake on or before the month's last day
  std::vector<section> sections;
  std::vector<municipality_row> municipalities;  ///< in code order, the unknown municipality last
  std::optional<std::int64_t> population;        ///< the population the rates are per (nullopt: none given)
};

/// One stored case as the report reads it.
struct case_record {
  const cases::case_header* header = nullptr;
  const std::vector<cases::event>* events = nullptr;  ///< in fold order (date, then seq), voided ones included
  const cases::case_state* at_end = nullptr;          ///< folded on the month's last day
};

/// Counts cases into one month's statistics.
class month_tally {
 public:
  explicit month_tally(struct month m);
  /// Counts one case (a case opened after the month is read but counts nothing).
  void add(const case_record& c);
  /// Counts the households (every stored version, by id then since) as they stood on the month's
  /// last day, once every case is added: which of their cases were open is known by then.
  void add_households(const std::vector<cases::household_record>& records);
  /// Counts the employers (every stored version, by id then since) and their carved tasks as
  /// they stood on the month's last day, once every case is added: which tasks were filled is
  /// known by then.
  void add_employers(const std::vector<cases::employer_record>& records);
  /// Counts the agencies (every stored version) as they stood on the month's last day and the
  /// open cases they held then, once every case is added.
  void add_agencies(const std::vector<cases::agency_record>& records);
  /// The report; rates per 100,000 are over the municipalities `people` lists (none: no rates).
  monthly_report finish(const population_table* people) const;

 private:
  struct municipality_counts {
    std::int64_t new_consultations = 0, plans = 0, employment_targets = 0;
  };
  struct month month_;
  std::int64_t cases_read_ = 0;
  std::map<std::string, std::int64_t> counts_;  // figure id → count
  std::map<std::string, municipality_counts> by_municipality_;
  std::set<std::string> employers_before_, employers_this_month_, active_employers_;
  std::set<std::string> meetings_held_;
  std::set<std::pair<std::string, std::string>> tasks_filled_;  // (employer, task) with someone placed at month end
  std::map<std::string, std::set<std::string>> held_by_;  // agency id → open cases it holds at month end
  std::set<std::string> open_cases_;  // ids of the cases open on the month's last day  // ids of the month's meetings: one meeting discusses many cases
  std::int64_t in_support_ = 0, stepped_up_ = 0, target_holders_ = 0, employed_or_income_up_targets_ = 0;
};

}  // namespace hashigo::stats
