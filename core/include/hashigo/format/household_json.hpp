#pragma once
/// @file The household record (`hashigo.household/1`, docs/households.md): who lives together
/// from a day on, and which of them have cases.
#include <hashigo/case/household.hpp>
#include <hashigo/format/schema.hpp>

#include <nlohmann/json.hpp>

#include <string_view>

namespace hashigo::format {

/// The `format` tag a household record carries.
inline constexpr std::string_view household_file_tag = "hashigo.household/1";

/// The household record's declared fields: `hashigo schema household` prints them as JSON Schema
/// (docs/schema/household.schema.json).
const schema::document& household_file_schema();

/// Reads a household record; errors name the field (`members[1].relation`). A case named twice,
/// a member with neither a case nor a relation's birth date where one is needed, or no member
/// with a case is refused.
cases::household_record household_record_from_json(const nlohmann::json& doc);
/// Writes a household record (the inverse of household_record_from_json).
nlohmann::json to_json(const cases::household_record& h);

}  // namespace hashigo::format
