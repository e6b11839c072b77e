#pragma once
// How a failure is shown: `CODE: message`, in the output language where the catalogue has it.
#include "context.hpp"

#include <hashigo/error.hpp>

#include <string>

namespace hashigo::cli {

/// The line printed for `e`: its stable code first (unless the message already starts with it,
/// as a rule failure's `RULE002 file:line: …` does), then the message. In Japanese, the errors
/// users meet most (a missing file, bad JSON, an unknown field, case or region, a bad date) are
/// told in Japanese, the place they name kept as it is.
std::string error_text(context& ctx, const error& e);

}  // namespace hashigo::cli
