#pragma once
/// @file The pack checker (`hashigo check rules/<region>`): load and lint.
#include <hashigo/engine/engine.hpp>

#include <string>
#include <vector>

namespace hashigo::authoring {

/// One finding, printed as `file:line: code: message`.
struct finding {
  std::string file;
  int line = 0;
  std::string code;      ///< e.g. unknown-parameter, missing-title, never-fires
  std::string severity;  ///< error | warning
  std::string message;
};

/// Loads the region's pack (with its bases) and lints it:
/// - load errors (syntax, contract, duplicate ids, extends cycles) — error;
/// - `ctx.param("x")` or a threshold naming a parameter no pack in the chain declares — error;
/// - a rule without both ja and en titles, or without a source — error;
/// - a rung used in rule files or parameters but not declared for its stage — error;
/// - a rule that fires neither on a corpus of synthetic cases spanning every position nor in any
///   of the pack's tests — warning;
/// - a position rules move cases into but never move them out of — warning.
/// Sorted by file, line, code.
std::vector<finding> check_pack(const std::filesystem::path& rules_root, const std::string& region);

/// True when any finding is an error.
bool has_errors(const std::vector<finding>& findings);

/// Only the errors, as one message (empty when clean): the hot-reload gate.
std::string errors_text(const std::vector<finding>& findings);

}  // namespace hashigo::authoring
