#include "format/json_guard.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

namespace hashigo::format {
namespace {

// Calls `on_byte(offset)` for every byte outside JSON strings (string contents, quotes and
// escapes skipped); stops early when it returns true, and returns that offset.
template <class F>
std::optional<std::size_t> scan_outside_strings(std::string_view text, F on_byte) {
  bool in_string = false;
  bool escaped = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
      continue;
    }
    if (on_byte(i)) return i;
  }
  return std::nullopt;
}

bool number_char(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

}  // namespace

text_place place_of(std::string_view text, std::size_t offset) {
  text_place p;
  const std::size_t end = offset < text.size() ? offset : text.size();
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++p.column;  // characters, not UTF-8 continuation bytes (notes are often Japanese)
    }
  }
  return p;
}

std::optional<std::size_t> too_deep_at(std::string_view text, std::size_t max_depth) {
  std::size_t depth = 0;
  return scan_outside_strings(text, [&](std::size_t i) {
    const char c = text[i];
    if (c == '[' || c == '{') return ++depth > max_depth;
    if ((c == ']' || c == '}') && depth > 0) --depth;
    return false;
  });
}

std::optional<std::size_t> overflowing_number_at(std::string_view text) {
  std::size_t skip_until = 0;  // the rest of a number already read
  return scan_outside_strings(text, [&](std::size_t i) {
    if (i < skip_until || !(std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '-')) return false;
    std::size_t end = i;
    while (end < text.size() && number_char(text[end])) ++end;
    skip_until = end;
    // strtod, unlike from_chars, tells overflow (±HUGE_VAL) from harmless underflow (0).
    const std::string token(text.substr(i, end - i));
    return !std::isfinite(std::strtod(token.c_str(), nullptr));
  });
}

}  // namespace hashigo::format
