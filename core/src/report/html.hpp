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

/// A page's start, up to and including the language buttons: shown in `lang` first, titled
/// `title`, with the report stylesheet inline.
std::string page_start(const std::string& lang, const std::string& title);

/// A page's end, with the language switch's script inline.
std::string page_end();

}  // namespace hashigo::report::html
