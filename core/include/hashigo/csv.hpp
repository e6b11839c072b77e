#pragma once
/// @file Writing CSV for spreadsheets: RFC 4180 rows and the byte-order mark Excel needs to read
/// UTF-8 (batch results and the monthly statistics both write it).
#include <initializer_list>
#include <string>
#include <string_view>

namespace hashigo::csv {

/// The UTF-8 byte-order mark: without it Excel reads the Japanese as mojibake.
inline constexpr std::string_view bom = "\xEF\xBB\xBF";

/// Appends `fields` as one row ending in CRLF: a field with a comma, quote or line break is
/// quoted, its quotes doubled.
void append_row(std::string& out, std::initializer_list<std::string_view> fields);

}  // namespace hashigo::csv
