#pragma once
// How a failure is shown: `CODE: message`, in the output language where the catalogue has it.
#include "context.hpp"

#include <hashigo/engine/decision.hpp>
#include <hashigo/error.hpp>

#include <string>

namespace hashigo::cli {

/// The line printed for `e`: its stable code first (unless the message already starts with it,
/// as a rule failure's `RULE002 file:line: …` does), then the message in the output language
/// (its catalogue text; the place it names and text from outside the catalogue kept as they are).
std::string error_text(context& ctx, const error& e);

/// Throws the rule_error of a failed decision: `CODE file:line: message` and the traceback, as
/// lua.c's msghandler would show it.
[[noreturn]] void fail_with(const engine::decision& d);

}  // namespace hashigo::cli
