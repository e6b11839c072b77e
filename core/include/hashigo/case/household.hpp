#pragma once
/// @file Households that link cases (`hashigo.household/1`, docs/households.md): the record, and
/// how a case evaluated on a day sees the other members and their cases on the same day.
#include <hashigo/case/event.hpp>
#include <hashigo/case/state.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hashigo::cases {

/// A member as a household record names them: by case, or (no case) by relation and birth date.
struct household_member_entry {
  std::string case_id;  ///< empty: the member has no case
  std::string relation; ///< codes::household_relations
  std::optional<date> birth_date;  ///< for a member without a case; a case's own person has it
  std::string note;
};

/// One version of a household record: who lived together from `since` on.
struct household_record {
  std::string id;
  std::string kind;  ///< codes::household_kinds
  date since;
  std::vector<household_member_entry> members;
  std::string note;
};

/// A member's case as stored: its header and events in fold order.
struct member_case {
  case_header header;
  std::vector<event> events;
};

/// Attaches `h` to `s` (folded on s.as_of) as s.household_link. `others` maps the other member
/// cases to their state on the same day (a member missing there, or whose case had not opened,
/// shows no status). Households share their finances: when another member's latest
/// household_finance is newer than the case's own, the case's finances show it (finance_case
/// names whose). Someone aged 65 or more among the members sets has_member_65_plus; the record's
/// kind replaces the case's, and its member count is the least size the household has.
void link_household(case_state& s, const household_record& h, const std::map<std::string, const case_state*>& others);

/// The household a case belongs to on a day: asked by the engine before each evaluation.
class household_source {
 public:
  virtual ~household_source() = default;
  /// `s` with its household linked (link_household), or nullopt when no household record in
  /// force on s.as_of names the case.
  virtual std::optional<case_state> linked(const case_state& s) = 0;
};

/// A household_source over household records held in memory and member cases loaded on first
/// use through `load` (nullopt for a case it does not know). Member states are folded per day
/// and kept for the next member of the same household asked about that day.
class household_book final : public household_source {
 public:
  using loader = std::function<std::optional<member_case>(const std::string& case_id)>;
  household_book(std::vector<household_record> records, loader load);
  std::optional<case_state> linked(const case_state& s) override;
  /// The record version in force on `on` that names `case_id`, or nullptr.
  const household_record* record_for(const std::string& case_id, date on) const;

 private:
  std::vector<household_record> records_;          ///< sorted by id, then since
  std::multimap<std::string, std::size_t> by_case_; ///< case id → index into records_
  loader load_;
  std::map<std::string, std::optional<member_case>> cases_;
  date folded_on_;                           ///< the day folded_ holds states for
  std::map<std::string, case_state> folded_; ///< member states on folded_on_ (one day kept: evaluations go day by day)
};

}  // namespace hashigo::cases
