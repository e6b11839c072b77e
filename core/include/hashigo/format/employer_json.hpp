#pragma once
/// @file The employer record (`hashigo.employer/1`, docs/employers.md): a company and the tasks
/// it carves out of its work for people in support (しごと情報 sheets, 業務分解).
#include <hashigo/case/employer.hpp>
#include <hashigo/format/schema.hpp>

#include <nlohmann/json.hpp>

#include <string_view>

namespace hashigo::format {

/// The `format` tag an employer record carries.
inline constexpr std::string_view employer_file_tag = "hashigo.employer/1";

/// The employer record's declared fields: `hashigo schema employer` prints them as JSON Schema
/// (docs/schema/employer.schema.json).
const schema::document& employer_file_schema();

/// Reads an employer record; errors name the field (`tasks[1].wage_forms[0]`). A task id twice,
/// a task worked no hours, or a withdrawal before the offer is refused.
cases::employer_record employer_record_from_json(const nlohmann::json& doc);
/// Writes an employer record (the inverse of employer_record_from_json).
nlohmann::json to_json(const cases::employer_record& e);

}  // namespace hashigo::format
