#pragma once
// Checks on JSON text made before nlohmann's parser sees it, for what the parser does not bound:
// nesting depth (copies and conversions of a parsed document recurse once per level, so 60,000
// nested arrays overflowed the stack) and where an overflowing number sits (the parser names the
// number, not its place).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace hashigo::format {

/// A place in a text: 1-based line, and column counted in characters (UTF-8 sequences).
struct text_place {
  std::size_t line = 1;
  std::size_t column = 1;
};

/// The place of byte `offset` of `text`.
text_place place_of(std::string_view text, std::size_t offset);

/// The byte offset of the first `[` or `{` (outside strings) that opens level `max_depth + 1`,
/// if the text nests that deep.
std::optional<std::size_t> too_deep_at(std::string_view text, std::size_t max_depth);

/// The byte offset of the first number (outside strings) too large for a double, if any.
std::optional<std::size_t> overflowing_number_at(std::string_view text);

}  // namespace hashigo::format
