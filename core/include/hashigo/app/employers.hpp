#pragma once
/// @file Employers over the store: recording employer records (しごと情報), reading them from a
/// folder, counting the places their tasks have filled, and matching a stored case to them.
#include <hashigo/case/employer.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/store/database.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hashigo::app {

/// Every version of every stored employer record, by id then since.
std::vector<cases::employer_record> stored_employers(store::database& db);

/// Stores employer records in one transaction: new employers, or (`change`) new versions of
/// stored ones. Refusals are input_error naming the field (and the record, when there are
/// several); nothing is stored then.
void record_employers(store::database& db, const std::vector<cases::employer_record>& records, bool change);

/// The employer records of the `*.json` files of `dir` (not its sub-folders), by file name.
/// A file that is not an employer record is input_error naming the file and the field; two
/// files with one id and since are refused.
std::vector<cases::employer_record> read_employer_folder(const std::filesystem::path& dir);

/// Places taken on `day`: the active placements of stored cases naming each (employer, task),
/// those of case `except` left out (a person's own place is open to them).
cases::filled_places filled_tasks(store::database& db, date day, const std::string& except = {});

/// Matches stored case `case_id` on `as_of` (default: its last recorded day) to the tasks offered
/// then: those of `folder` when given, else the stored employers. Unknown case → input_error("case").
engine::match_result match_case(store::database& db, engine::engine& eng, const std::string& case_id,
                                std::optional<date> as_of, const std::optional<std::filesystem::path>& folder);

}  // namespace hashigo::app
