#pragma once
// The declared types the case-file readers read with (case_file_schema.cpp).
#include <hashigo/format/schema.hpp>

#include <hashigo/case/event.hpp>

#include <string_view>
#include <vector>

namespace hashigo::format {

/// The declared type of the case file called `name` ("Person", "Fdp", …).
inline const schema::object_type& file_type(std::string_view name) { return case_file_schema().type(name); }

class reader;

/// The `decisions` of a meeting (a `meeting` event, a case of a meeting record), read with `r`.
std::vector<cases::meeting_decision> read_meeting_decisions(reader& r);

/// The declared type of events whose `type` is `type`; throws E_SCHEMA for an undeclared one.
const schema::object_type& event_schema(std::string_view type);

}  // namespace hashigo::format
