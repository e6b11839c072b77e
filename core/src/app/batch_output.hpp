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
  // When the line could not be evaluated:
  std::string case_id;     ///< when the line was read far enough to have one
  std::string code;        ///< E_INPUT, RULE004 …
  std::string where;       ///< the field or place, e.g. `events[3].date`
  cases::localized message;
};

/// Appends the line as one JSON object and "\n".
void append_jsonl(std::string& out, const line_outcome& o, engine::json_detail detail);
/// Appends the line as one CSV row and CRLF; messages in `lang`.
void append_csv(std::string& out, const line_outcome& o, const std::string& lang);

}  // namespace hashigo::app
