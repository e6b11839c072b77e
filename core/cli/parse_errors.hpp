#pragma once
// CLI11 words its parse errors in English; this says the common ones in the output language.
#include "context.hpp"

#include <string>

namespace hashigo::cli {

/// CLI11's message `english` in the output language: the forms users meet (a missing or unknown
/// argument, a value not allowed) in Japanese with their names kept; any other as CLI11 says it.
std::string parse_error_text(context& ctx, const std::string& english);

}  // namespace hashigo::cli
