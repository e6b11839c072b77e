#pragma once
/// @file JSON for cases: the case-file format (docs/case-format.md), events and folded state.
#include <hashigo/case/state.hpp>
#include <hashigo/format/schema.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hashigo::format {

/// The `format` tag a case file carries.
inline constexpr std::string_view case_file_tag = "hashigo.case/1";

/// A case file: header (id, region, person, household) and its events.
struct case_file {
  cases::case_header header;
  std::vector<cases::event> events;  ///< in file order; `origin` is `events[i]`, `seq` is i
};

/// Bounds on JSON input (docs/case-format.md "Limits"); over a bound is invalid input, not a crash.
struct json_limits {
  /// Deepest nesting of arrays and objects accepted. Case files need 4; copying and converting a
  /// parsed document recurse once per level, so unbounded nesting overflowed the stack.
  std::size_t max_depth = 64;
  /// Largest text accepted, in bytes (a case file with decades of weekly events is under 1 MiB).
  std::size_t max_bytes = std::size_t{8} << 20;
};

/// Parses JSON text; syntax errors, nesting deeper than `limits.max_depth`, numbers too large for
/// a double and texts over `limits.max_bytes` throw input_error naming `source:line:column`.
nlohmann::json parse_json(std::string_view text, const std::string& source, const json_limits& limits = {});

/// The case file's declared fields (what case_file_from_json reads), for generated documents:
/// `hashigo schema case` prints it as JSON Schema (docs/schema/case.schema.json).
const schema::document& case_file_schema();

/// Reads a case file document; errors name the field (`events[3].hours_per_week`).
case_file case_file_from_json(const nlohmann::json& doc);
/// Writes a case file document (the inverse of case_file_from_json).
nlohmann::json to_json(const case_file& file);

/// Reads one event object; `where` prefixes field names in errors (e.g. `events[3]`).
cases::event event_from_json(const nlohmann::json& obj, const std::string& where);
/// Writes one event object: `type`, `date`, its fields, and `note` when set.
nlohmann::json to_json(const cases::event& e);
/// A meeting's decisions as the `meeting` event writes them.
nlohmann::json to_json(const std::vector<cases::meeting_decision>& decisions);

/// Reads the person and household of a case header; `where` prefixes errors.
cases::case_header header_from_json(const nlohmann::json& doc, const std::string& where);
/// Person as JSON.
nlohmann::json to_json(const cases::person& p);
/// Household as JSON.
nlohmann::json to_json(const cases::household& h);

/// A position as `{"stage": …, "rung": …}` (rung omitted when empty).
nlohmann::json to_json(const cases::position& p);

/// The folded state with its derived facts (used for snapshots and `case show --json`).
nlohmann::json to_json(const cases::case_state& s);

}  // namespace hashigo::format
