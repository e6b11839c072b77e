#pragma once
/// @file Agencies over the store: recording agency records, the directory an evaluation links
/// cases to, and the cases each agency holds on a day.
#include <hashigo/case/agency.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/store/database.hpp>

#include <map>
#include <optional>
#include <memory>
#include <string>
#include <vector>

namespace hashigo::app {

/// Every version of every stored agency record, by id then since; a stored record that no longer
/// reads is storage_error E_CORRUPT naming it.
std::vector<cases::agency_record> stored_agencies(store::database& db);

/// Stores agency records in one transaction: new agencies, or (`change`) new versions of stored
/// ones. A 基幹型 centre's partners must be on record on its `since`, stored or among `records`.
/// Refusals are input_error naming the record and field; nothing is stored then.
void record_agencies(store::database& db, const std::vector<cases::agency_record>& records, bool change);

/// The directory of stored agencies, or nullptr when none is stored (evaluations pay nothing).
std::shared_ptr<const cases::agency_book> store_agencies(store::database& db);

/// Looks the agencies holding `s` up in the stored directory (cases::link_agencies), as an
/// evaluation would; nothing when the store holds no agency.
void link_stored_agencies(store::database& db, cases::case_state& s);

/// Links what the store knows around a case to `eng`'s evaluations: its household and the
/// agencies holding it.
void link_store(engine::engine& eng, store::database& db);

/// The open cases each agency holds on `day` (stored cases, by case id), with whether it leads.
struct held_case {
  std::string case_id;
  bool lead = false;
};
std::map<std::string, std::vector<held_case>> cases_held(store::database& db, date day);

/// The stored agencies as JSON records (`agency list --json`, `GET /v1/agencies`): every version,
/// or with `day` the version in force then, with `cases_held` ([{case, lead}]) on that day.
nlohmann::json agencies_json(store::database& db, std::optional<date> day);

}  // namespace hashigo::app
