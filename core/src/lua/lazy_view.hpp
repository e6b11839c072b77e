#pragma once
// Root fields of a read-only view built on first access. A case view has some sixty root fields
// and a rule pack reads a part of them per evaluation (a small pack a handful): building only
// those is what an evaluation pays for its case (docs/performance.md).
//
// The view's root is a pooled proxy from readonly_builder. Its real table gets a metatable whose
// __index builds a missing field with a field_writer, stores it in the real table (later
// reads are plain table reads) and returns it; `load_all` completes the table before it is walked
// (pairs, to_json: see readonly.hpp). Fields loaded by one evaluation are removed before the next.
#include "lua/convert.hpp"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace hashigo::lua {

/// Writes deferred field `field` as a root value with `out`, or writes nothing when the field
/// is absent (the rule reads nil).
using field_writer = std::function<void(int field, readonly_builder& out)>;

/// The deferred fields of one pooled root view, with a pool each. Not thread-safe, like the
/// state it serves. Its closures hold a light pointer to it: it must outlive every evaluation.
class lazy_view {
 public:
  /// `view` names the root in error messages ("case"); `fields` are the deferred names by index.
  lazy_view(std::string view, std::vector<std::string> fields);
  ~lazy_view();
  lazy_view(const lazy_view&) = delete;
  lazy_view& operator=(const lazy_view&) = delete;

  /// The deferred names, by index.
  const std::vector<std::string>& fields() const noexcept { return fields_; }
  /// Arms the root proxy on top of the stack for one evaluation: the fields the last one loaded
  /// are removed and later reads load through `writer`, which must live until disarm().
  // stack: [proxy] -> [proxy]
  void arm(lua_State* L, const field_writer* writer);
  /// Ends the evaluation: a view kept past it reads nil for the fields it had not loaded.
  void disarm() noexcept { writer_ = nullptr; }

 private:
  // Builds field `field` and stores it in the real table at `real` under the key at stack index
  // `key` (0: the field's name from keys_ref_).
  // stack: [] -> [value] (returns true) | [] (absent: returns false)
  bool load(lua_State* L, int real, int field, int key);
  static int index(lua_State* L);
  static int load_all(lua_State* L);

  std::vector<std::string> fields_;
  std::vector<std::string> qualified_;  // "case.household", the name of each field's proxies
  std::vector<std::unique_ptr<readonly_pool>> pools_;
  std::vector<int> loaded_;  // fields stored in the real table by this evaluation
  const field_writer* writer_ = nullptr;
  int keys_ref_ = -2;  // LUA_NOREF until armed: the field names as Lua strings (registry)
};

}  // namespace hashigo::lua
