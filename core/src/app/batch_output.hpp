#pragma once
// One output line of a batch: a decision, or an error naming the input line, as JSON or CSV.
#include <hashigo/app/batch.hpp>
#include <hashigo/app/evaluate.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace hashigo::app {

/// What became of one input line.
struct line_outcome {
  std::uint64_t line = 0;  ///< 1-based line number in the input
  std::optional<evaluation> result;  ///< set when the line was decided (status ok or error)
  /// Set instead of `result` when the line was decided on the lean path (the worker owns it).
  const lean_evaluation* lean = nullptr;
  // When the line could not be evaluated:
  std::string case_id;     ///< when the line was read far enough to have one
  std::string code;        ///< E_INPUT, RULE004 …
  std::string where;       ///< the field or place, e.g. `events[3].date`
  cases::localized message;
};

/// Whether the line was decided (a decision, ok or not).
inline bool decided(const line_outcome& o) noexcept { return o.result || o.lean; }
/// Whether its decision is ok (every rule ran).
inline bool decided_ok(const line_outcome& o) noexcept {
  return o.result ? o.result->decision.ok() : o.lean && o.lean->decision.ok();
}

/// Appends the line as one JSON object and "\n".
void append_jsonl(std::string& out, const line_outcome& o, engine::json_detail detail);
/// Appends the line as one CSV row and CRLF; messages in `lang`.
void append_csv(std::string& out, const line_outcome& o, const std::string& lang);

}  // namespace hashigo::app
