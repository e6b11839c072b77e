#pragma once
/// @file The agency record (`hashigo.agency/1`, docs/agencies.md): an agency of the network around
/// a case — its role, the referrals it takes, the areas it serves, its capacity, and for なかぽつ
/// 基幹型 the partner centres it supervises.
#include <hashigo/case/agency.hpp>
#include <hashigo/format/schema.hpp>

#include <nlohmann/json.hpp>

#include <string_view>

namespace hashigo::format {

/// The `format` tag an agency record carries.
inline constexpr std::string_view agency_file_tag = "hashigo.agency/1";

/// The agency record's declared fields: `hashigo schema agency` prints them as JSON Schema
/// (docs/schema/agency.schema.json).
const schema::document& agency_file_schema();

/// Reads an agency record; errors name the field (`areas[1]`). 基幹型 on an agency that is not a
/// なかぽつ centre, partners without 基幹型, a partner twice or the agency itself are refused.
cases::agency_record agency_record_from_json(const nlohmann::json& doc);
/// Writes an agency record (the inverse of agency_record_from_json).
nlohmann::json to_json(const cases::agency_record& a);

}  // namespace hashigo::format
