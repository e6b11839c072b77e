#pragma once
/// @file Where a household lives: prefecture codes (JIS X 0401) and municipality codes
/// (全国地方公共団体コード), the stable keys a rule pack compares (a region's municipal
/// programmes, the prefecture's minimum wage).
#include <optional>
#include <string>
#include <string_view>

namespace hashigo::cases {

/// A prefecture's names, for messages.
struct prefecture_names {
  std::string_view ja;  ///< e.g. 神奈川県
  std::string_view en;  ///< e.g. Kanagawa
};

/// The names of prefecture `code` ("01" Hokkaido … "47" Okinawa); nullopt for any other text.
std::optional<prefecture_names> prefecture_name(std::string_view code);

/// The check digit (the sixth digit) of the five-digit municipality code `five`, which must be
/// five ASCII digits: 11 minus the digits weighted 6, 5, 4, 3, 2, modulo 11, last decimal digit.
char municipality_check_digit(std::string_view five);

/// Throws input_error naming `<where>.prefecture` or `<where>.municipality` unless `prefecture`
/// is empty or a JIS X 0401 code, `municipality` is empty or a six-digit 全国地方公共団体コード of
/// a municipality (check digit right, not a prefecture's own code) in `prefecture` when both are
/// given. `where` is the object holding them, e.g. `household` (empty: the fields alone).
void validate_place(std::string_view prefecture, std::string_view municipality, const std::string& where);

/// The prefecture code of a valid municipality code (its first two digits).
std::string prefecture_of(std::string_view municipality);

}  // namespace hashigo::cases
