#pragma once
// Reading what a rule returned straight from its Lua table: the outcome contract of each module
// (docs/rules-authoring.md) checked field by field, codes interned, texts copied only when the
// evaluation keeps them. No JSON in between: an outcome costs a few table reads.
#include "pack/evaluation.hpp"

#include <lua.hpp>

#include <string>
#include <string_view>
#include <unordered_set>

namespace hashigo::pack {

/// The codes outcomes name (programmes, targets, alert codes, routes, rungs), one copy each, so
/// that an outcome holds views instead of strings. Bounded: past `max_entries` it starts over at
/// the next evaluation (views from earlier evaluations are not kept by then).
class string_interner {
 public:
  /// The stored copy of `s`.
  std::string_view intern(std::string_view s);
  /// Forgets everything when over the bound; call between evaluations.
  void trim() noexcept;

 private:
  struct hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  static constexpr std::size_t max_entries = 4096;
  std::unordered_set<std::string, hash, std::equal_to<>> strings_;
};

/// Texts of outcomes already found well formed, so that a lean evaluation checks a reason once
/// rather than on every decision: frozen module-level tables only (`local REASON = { ja = …,
/// en = … }`), which cannot change and are as many as the pack has. A registry table, started
/// over past a bound.
class checked_texts {
 public:
  /// True when the value at `idx` was checked before.
  // stack: [] -> []
  bool has(lua_State* L, int idx);
  /// Remembers the value at `idx` (a frozen table) as checked.
  // stack: [] -> []
  void add(lua_State* L, int idx);

 private:
  static constexpr int max_entries = 4096;
  int ref_ = -2;  // LUA_NOREF: the registry table, value -> true
  int entries_ = 0;
};

/// What the reader needs besides the value.
struct outcome_context {
  const pack::rule* rule = nullptr;
  string_interner* codes = nullptr;
  evaluation* out = nullptr;  ///< its `texts` receive the reasons when `keep_texts`
  bool keep_texts = false;
  checked_texts* checked = nullptr;  ///< texts known to be well formed (may be null)
};

/// Reads the outcome at `idx` (not nil) of `ctx.rule` into `out`. Returns false, with `error` set
/// to what is wrong, when it is not an outcome of the rule's module. Raises RULE009 for a text
/// or key over max_text_bytes.
// stack: [] -> []
bool read_outcome(lua_State* L, int idx, const outcome_context& ctx, rule_outcome& out, std::string& error);

}  // namespace hashigo::pack
