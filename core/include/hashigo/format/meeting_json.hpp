#pragma once
/// @file The meeting record (`hashigo.meeting/1`, docs/meetings.md): one meeting, the agencies at
/// it, and what it decided about each case it discussed.
#include <hashigo/case/event.hpp>
#include <hashigo/format/schema.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace hashigo::format {

/// The `format` tag a meeting record carries.
inline constexpr std::string_view meeting_file_tag = "hashigo.meeting/1";

/// An agency at the meeting, by name and role.
struct meeting_agency {
  std::string name;
  std::string role;  ///< codes::agency_roles
};

/// What the meeting decided about one case, and its minutes for the case.
struct meeting_case {
  std::string case_id;
  std::vector<cases::meeting_decision> decisions;
  std::string minutes;
};

/// A meeting record.
struct meeting_file {
  std::string id;
  std::string kind;  ///< codes::meeting_kinds
  date held_on;
  std::string chair;  ///< who chaired it (free text), may be empty
  std::vector<meeting_agency> agencies;
  std::vector<meeting_case> cases;
  std::string minutes;  ///< the meeting's own minutes (what concerns no single case)
};

/// The meeting record's declared fields: `hashigo schema meeting` prints them as JSON Schema
/// (docs/schema/meeting.schema.json).
const schema::document& meeting_file_schema();

/// Reads a meeting record; errors name the field (`cases[1].decisions[0].decision`). Every case
/// share is checked as the `meeting` event it becomes (meeting_event_of).
meeting_file meeting_file_from_json(const nlohmann::json& doc);
/// Writes a meeting record (the inverse of meeting_file_from_json).
nlohmann::json to_json(const meeting_file& m);

/// The `meeting` event the meeting writes into the case `cases[i]` names: its decisions, with the
/// case's minutes as the note; origin `cases[i]`, so refusals name the place in the record.
cases::event meeting_event_of(const meeting_file& m, std::size_t i);

}  // namespace hashigo::format
