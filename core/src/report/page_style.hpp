#pragma once
// The report page's CSS and its one small script (the language switch), inline so that the file
// works alone, offline, from a USB stick.
#include <string_view>

namespace hashigo::report {

/// The stylesheet: screen, then print (A4, the shown language only, reveal answers left closed).
extern const std::string_view page_css;

/// Switches the shown language (buttons with data-show="ja|en"); without it the page still reads.
extern const std::string_view page_script;

}  // namespace hashigo::report
