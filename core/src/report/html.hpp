#pragma once
// Writing HTML text safely, and in both languages at once: the page carries Japanese and English
// side by side and CSS shows one, so a trainer switches language without running anything again.
#include <hashigo/case/event.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace hashigo::report::html {

/// `text` with &, <, >, " and ' escaped, for element content and attribute values alike.
std::string escape(std::string_view text);

/// Both languages' text, escaped: one string when they agree, else a `ja` and an `en` span.
std::string both(const cases::localized& text);

/// both() of what `in(lang)` writes for "ja" and for "en".
std::string both(const std::function<std::string(const std::string& lang)>& in);

/// The catalogue message `id` in both languages, without placeholders.
std::string message(std::string_view id);

}  // namespace hashigo::report::html
