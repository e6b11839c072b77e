#pragma once
/// @file Agencies of the network around a case (`hashigo.agency/1`, docs/agencies.md): the record,
/// the directory of records in force on a day, and how a case sees the agencies that hold it.
#include <hashigo/case/state.hpp>
#include <hashigo/date.hpp>

#include <optional>
#include <string>
#include <vector>

namespace hashigo::cases {

/// One version of an agency record: who the agency is in the network from `since` on.
struct agency_record {
  std::string id;
  std::string name;
  date since;
  std::string role;                   ///< codes::agency_roles
  bool kikan = false;                 ///< なかぽつ 基幹型 (a nakapotsu centre only)
  std::vector<std::string> partners;  ///< the partner centres a 基幹型 centre supervises (agency ids)
  std::vector<std::string> serves;    ///< referral targets it takes (the packs' codes); empty: any
  std::vector<std::string> areas;     ///< municipality codes it serves; empty: everywhere
  std::optional<int> capacity;        ///< cases it can hold at once, when it says
  std::string consortium;             ///< the consortium it belongs to (e.g. 応援ネットワークちば企業体)
  std::string note;

  /// Whether a referral to `target` may name this agency.
  bool takes(const std::string& target) const;
  /// Whether it serves `municipality` (nullopt when the municipality is not known).
  std::optional<bool> serves_area(const std::string& municipality) const;
};

/// Every agency record version, looked up by id and day.
class agency_book {
 public:
  /// `records` in any order; they are kept sorted by id then since.
  explicit agency_book(std::vector<agency_record> records);
  /// The version of `id` in force on `day`, or nullptr.
  const agency_record* in_force(const std::string& id, date day) const;
  /// The 基幹型 centre whose version in force on `day` names `id` among its partners, or nullptr.
  const agency_record* supervisor(const std::string& id, date day) const;
  /// Every version, by id then since.
  const std::vector<agency_record>& records() const noexcept { return records_; }

 private:
  std::vector<agency_record> records_;
};

/// Fills each agency on `s` (folded on s.as_of) with what the book says of it on that day: name,
/// role, 基幹型, the centre supervising it, whether it serves the household's municipality. An
/// agency the book does not know that day keeps no link.
void link_agencies(case_state& s, const agency_book& book);

}  // namespace hashigo::cases
