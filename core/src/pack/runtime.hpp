#pragma once
// A loaded pack: one sandboxed state holding the rules of a region and its `extends` chain, and
// the evaluation loop that runs them. The only place rule functions are called. The engine sees
// it through this header and pack/evaluation.hpp, without Lua.
#include <hashigo/pack/summary.hpp>

#include "pack/evaluation.hpp"

#include "lua/sandbox.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace hashigo::pack {

/// Resource caps of a pack's state.
using limits = lua::limits;
/// A failure of rule code (RULE001..RULE005, RULE009): `code file:line: message` and a traceback.
using script_error = lua::script_error;
/// The codes of rule failures.
namespace codes = lua::codes;

/// A loaded pack. Not thread-safe: one evaluation at a time per runtime.
class runtime {
 public:
  /// The digest the pack would have now, from the files on disk (cheap: no Lua).
  static std::string current_digest(const std::filesystem::path& rules_root, const std::vector<std::string>& chain);
  /// Loads `rules_root/<region>/` and its `extends` chain into one fresh state.
  /// Throws script_error (RULE001..005) or input_error (unknown region).
  static std::unique_ptr<runtime> load(const std::filesystem::path& rules_root, const std::string& region,
                                       const limits& lim = {});
  ~runtime();
  runtime(const runtime&) = delete;
  runtime& operator=(const runtime&) = delete;

  /// What the pack declares, and its rules in evaluation order.
  const summary& meta() const noexcept;
  /// Runs every rule of every module once against the input, under one instruction budget, and
  /// reads what each returned. The result lives in the runtime until its next evaluation. Throws
  /// script_error, or malformed_outcome for the first rule (in rule order) whose outcome breaks
  /// its module's contract.
  const evaluation& evaluate(const eval_input& in);
  /// Runs the matching criteria (matching.lua) on each task of `tasks` (each a task view, read by
  /// criteria as `task`) for the case `in` describes, each task under its own instruction budget.
  /// The verdicts come in the order of `tasks`. Throws script_error naming the criterion, or
  /// malformed_outcome.
  std::vector<task_verdict> match(const eval_input& in, const std::vector<nlohmann::json>& tasks);
  /// Instructions the last evaluation used.
  std::int64_t instructions_used() const noexcept;

 private:
  struct impl;
  explicit runtime(std::unique_ptr<impl> i);
  std::unique_ptr<impl> impl_;
};

}  // namespace hashigo::pack
