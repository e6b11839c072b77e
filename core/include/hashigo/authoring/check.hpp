#pragma once
/// @file The pack checker (`hashigo check rules/<region>`): load and lint.
#include <hashigo/engine/engine.hpp>

#include <chrono>
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
  std::string message_ja = {};  ///< the same in Japanese, where the finding has it (else `message`)
};

/// How the checker runs.
struct check_options {
  /// Wall-clock budget for the whole check (loading, the synthetic-case probe and the pack tests
  /// it runs); zero means none. Measured between evaluations, so one evaluation (itself bounded by
  /// the sandbox's 2 s time limit) can overrun it.
  std::chrono::milliseconds time_budget{60'000};
};

/// The `code` of the finding check_pack adds when its time budget runs out.
inline constexpr const char* time_budget_finding = "time-budget";
/// The error code of `hashigo check` (and of a check inside `watch`) stopped by its time budget.
inline constexpr const char* time_budget_code = "RULE010";

/// Loads the region's pack (with its bases) and lints it:
/// - load errors (syntax, contract, duplicate ids, extends cycles) — error;
/// - `ctx.param("x")` or a threshold naming a parameter no pack in the chain declares — error;
/// - a rule without both ja and en titles — error;
/// - of what the region itself declares: a rule without references (`missing-reference`), a
///   parameter without a basis (`missing-basis`), each parameter whose basis is `default`
///   (`default-value`, naming its value and the rules that read it) and a default without a note
///   (`default-without-note`) — warning;
/// - a rung used in rule files or parameters but not declared for its stage — error;
/// - `supersedes` naming a rule the pack does not have, or a rule that is not a step rule, or
///   going round in a cycle — error;
/// - a rule that fires neither on a corpus of synthetic cases spanning every position nor in any
///   of the pack's tests — warning;
/// - a position rules move cases into but never move them out of — warning;
/// - the time budget ran out — error `time-budget` at the slowest rule, naming the rules that
///   took most of the time and their share (the probe stops there).
/// Sorted by file, line, code.
std::vector<finding> check_pack(const std::filesystem::path& rules_root, const std::string& region,
                                const check_options& options = {});

/// True when any finding is an error.
bool has_errors(const std::vector<finding>& findings);

/// Only the errors, as one message (empty when clean): the hot-reload gate.
std::string errors_text(const std::vector<finding>& findings);

}  // namespace hashigo::authoring
