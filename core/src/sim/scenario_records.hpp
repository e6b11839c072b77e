#pragma once
// What a trainer's scenario brings besides its person: the records of the practice around the
// case (employers' しごと情報 sheets, agencies of the network, households) and the other cases a
// household links (docs/trainers.md, scripts/README.md "Records"). Read from the header, each
// record inline or from a JSON file (or a folder of them) beside the script.
#include <hashigo/case/agency.hpp>
#include <hashigo/case/employer.hpp>
#include <hashigo/case/household.hpp>
#include <hashigo/case/links.hpp>
#include <hashigo/format/case_json.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace hashigo::sim {

/// The records of one scenario, each list by id then since.
struct scenario_records {
  std::vector<cases::employer_record> employers;
  std::vector<cases::agency_record> agencies;
  std::vector<cases::household_record> households;
  std::vector<format::case_file> others;  ///< the scenario's `cases`: intake as event 0, in header order
  std::string digest;                     ///< SHA-256 over the record files read, by name (empty: none read)

  /// Looks employers and agencies up among these records, for cases::check_links.
  cases::record_lookup lookup() const;
};

/// The header's `employers`, `agencies`, `households` and `cases` of the scenario at `path`, whose
/// own case is `own_id` in `region`. A list item is a record (a table; its `format` may be left
/// out) or a path, relative to the script's folder, of a JSON record file or a folder of them.
/// input_error names the script and the item (`s.lua: employers[2].tasks[0].hours_per_week`), or
/// the file; a household member must name one of the scenario's cases, a 基幹型 centre's
/// partners its agencies.
scenario_records read_scenario_records(const nlohmann::json& header, const std::string& path, const std::string& region,
                                       const std::string& own_id);

}  // namespace hashigo::sim
