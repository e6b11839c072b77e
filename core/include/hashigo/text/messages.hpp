#pragma once
/// @file The message catalogue: every text the CLI and the core show a person, in Japanese and
/// English, under a stable id. The texts live in core/src/text/messages.cpp so that editing one
/// rebuilds one file. Codes that have a name (stages, statuses, check labels, …) are catalogued as
/// `<kind>.<code>`; a pack's own labels (pack.lua) come first, the catalogue is their fallback.
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hashigo::text {

/// One message: its id and its text in each language (fmt-style `{}` placeholders, the same in both).
struct entry {
  std::string_view id;
  std::string_view ja;
  std::string_view en;
};

/// Every message, sorted by id.
const std::vector<entry>& catalogue();

/// The raw text of `id` in `lang` ("ja"; anything else is English). An id the catalogue lacks
/// gives the id itself, so a missing message shows as its id and never stops the program.
std::string_view raw(std::string_view id, std::string_view lang);

/// True when `id` is in the catalogue.
bool has(std::string_view id);

/// The label of a code of one kind ("stage", "status", "check", …) in `lang`, from the catalogue
/// id `<kind>.<code>`; nothing when the catalogue has none.
std::optional<std::string> label(std::string_view kind, std::string_view code, std::string_view lang);

/// The message `id` in `lang` with its placeholders filled.
template <typename... Args>
std::string msg(std::string_view id, std::string_view lang, Args&&... args) {
  const std::string_view text = raw(id, lang);
  if constexpr (sizeof...(Args) == 0) {
    return std::string(text);
  } else {
    try {
      return fmt::format(fmt::runtime(text), std::forward<Args>(args)...);
    } catch (const fmt::format_error&) {  // a text with the wrong placeholders (the catalogue test catches these)
      return std::string(id);
    }
  }
}

/// The placeholders of a text in order (`{}`, `{0}`, `{:<8}` …); `{{` and `}}` are not placeholders.
std::vector<std::string> placeholders(std::string_view text);

}  // namespace hashigo::text
