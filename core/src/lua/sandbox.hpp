#pragma once
// The sandboxed Lua state (lua-host.md S1-S14). Everything that touches a lua_State lives in
// core/src/lua/; no other area includes <lua.hpp>.
#include <hashigo/error.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

struct lua_State;

namespace hashigo::lua {

/// Resource caps for one state (one per rule pack).
struct limits {
  std::size_t memory_bytes = 16u << 20;      ///< allocator cap for the whole state
  std::int64_t instructions = 1'000'000;     ///< budget per protected call (load or evaluation)
  /// Wall-clock backstop per protected call (0 = off), for work the instruction count cannot
  /// see: library calls and VM instructions whose cost grows with their operands (sorting a big
  /// table, comparing long strings). Exceeding it is a RULE003 error like the count. Ordinary
  /// rules finish in milliseconds; only such loops come near it.
  std::int64_t wall_clock_ms = 2'000;
};

/// Stable codes of rule errors, printed first: `RULE002 rules/x.lua:3: message`.
namespace codes {
inline constexpr const char* load = "RULE001";      ///< syntax error, binary chunk, missing file
inline constexpr const char* runtime = "RULE002";   ///< error raised while running rule code
inline constexpr const char* budget = "RULE003";    ///< instruction budget or time limit exhausted
inline constexpr const char* memory = "RULE004";    ///< memory cap reached
inline constexpr const char* contract = "RULE005";  ///< a file or outcome has the wrong shape
inline constexpr const char* text_too_long = "RULE009";  ///< a label or outcome text over its cap
}  // namespace codes

/// Longest check label (`ctx.at_least(label, …)`) in bytes: labels are copied into every
/// decision and receipt that explains the check.
inline constexpr std::size_t max_label_bytes = 1024;
/// Longest string in a rule's outcome (reason and plain texts, codes, targets, keys) and longest
/// string `ctx.equals` records, in bytes. Beyond either cap: RULE009 `text too long`.
inline constexpr std::size_t max_text_bytes = 4096;
/// Error messages from rules are cut after this many bytes (not refused: they are errors already).
inline constexpr std::size_t max_message_bytes = 4096;

/// A failure of rule code: `code file:line: message` plus a traceback.
class script_error : public rule_error {
 public:
  script_error(std::string code, std::string location, std::string message, std::string traceback);
  /// `rules/national/stepup.lua:42`, or the chunk name when no line is known.
  const std::string& location() const noexcept { return location_; }
  /// The bare message, without location or traceback.
  const std::string& message() const noexcept { return message_; }
  /// `stack traceback:` lines as produced by luaL_traceback (may be empty, e.g. for memory errors).
  const std::string& traceback() const noexcept { return traceback_; }

 private:
  std::string location_;
  std::string message_;
  std::string traceback_;
};

/// Owns one capped, sandboxed lua_State. Move-only; the destructor never throws.
class state {
 public:
  explicit state(const limits& lim = {});
  state(state&&) noexcept;
  state& operator=(state&&) noexcept;
  ~state();

  /// The raw state, for code in core/src/lua/ only.
  lua_State* get() const noexcept;
  /// The limits this state was built with.
  const limits& caps() const noexcept;

  /// Runs `body` inside lua_pcall with the traceback message handler and a fresh instruction
  /// budget. `body` may use any Lua API (errors inside are caught). Failures become script_error
  /// (runtime / budget / memory); a std::exception thrown by `body` becomes RULE002 with its text.
  /// `what` names the file or rule for errors that carry no location (memory errors).
  // stack: [] -> [] (body must leave the stack as it found it or push results it pops itself)
  void protect(const std::string& what, const std::function<void(lua_State*)>& body);

  /// Loads a text chunk (mode "t", bytecode refused) named `@<chunk_name>` with the sandbox
  /// environment of this state as its _ENV, runs it under the budget and returns a registry
  /// reference to its first return value (LUA_REFNIL if none). Throws script_error RULE001 on a
  /// syntax error, RULE002/3/4 if running the chunk fails. `inspect`, when given, sees the
  /// compiled chunk before it runs (stack: [chunk] -> [chunk]) and may refuse it by throwing.
  int load_chunk(std::string_view source, const std::string& chunk_name,
                 const std::function<void(lua_State*)>& inspect = {});

  /// Instructions used by the last protected call (rounded to the hook interval).
  std::int64_t instructions_used() const noexcept;
  /// Bytes currently allocated by the state.
  std::size_t memory_used() const noexcept;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace hashigo::lua
