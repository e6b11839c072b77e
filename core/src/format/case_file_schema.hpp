#pragma once
// The declared types the case-file readers read with (case_file_schema.cpp).
#include <hashigo/format/case_json.hpp>
#include <hashigo/format/schema.hpp>

#include <hashigo/case/event.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace hashigo::format {

/// The declared type of the case file called `name` ("Person", "Fdp", …).
inline const schema::object_type& file_type(std::string_view name) { return case_file_schema().type(name); }

/// A string field of a declared type; `values` limits it to codes (`a|b|c`).
schema::field text_field(std::string_view name, bool optional, std::string_view ja, std::string_view en, std::string_view values = {},
                         std::string_view fallback = {});

/// An optional list of strings of a declared type; `values` limits its items to codes (`a|b|c`).
schema::field list_field(std::string_view name, std::string_view ja, std::string_view en, std::string_view values = {});

/// Throws input_error at `where` ("not one of: …") unless `value` is one of the codes `list` (`a|b|c`).
void require_one_of(const std::string& where, const std::string& value, std::string_view list);

class reader;

/// The `decisions` of a meeting (a `meeting` event, a case of a meeting record), read with `r`.
std::vector<cases::meeting_decision> read_meeting_decisions(reader& r);

/// The declared type of events whose `type` is `type`; throws E_SCHEMA for an undeclared one.
const schema::object_type& event_schema(std::string_view type);

}  // namespace hashigo::format
