#pragma once
// Conversions between Lua values and JSON (lua-host.md §3.4, S13). Every function here may
// raise a Lua error (out of memory, bad value): call them inside `state::protect`.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct lua_State;

namespace hashigo::lua {

/// Deepest table nesting `to_json` accepts.
inline constexpr int max_json_depth = 32;

/// True when `s` is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool valid_utf8(std::string_view s) noexcept;

/// `s` with each byte that is not part of well-formed UTF-8 replaced by U+FFFD, cut after about
/// `max_bytes` (then ending in `... (N bytes)`). For text from rules that must go into JSON.
std::string to_valid_utf8(std::string_view s, std::size_t max_bytes);

/// What to_json accepts beyond a value's shape, and what it charges for the copy.
struct json_limits {
  std::size_t max_string = 0;  ///< longest string or key in bytes (0: any); longer: RULE009 `text too long`
  bool charge_host = false;    ///< count the JSON built against the state's memory cap (RULE004)
};

/// Converts the value at `idx` to JSON, with raw access only (no metamethod runs).
///  - nil -> null, booleans, strings (must be valid UTF-8);
///  - integers -> JSON integers, floats -> JSON floats, even when integral (`2.0` stays `2.0`):
///    Lua keeps the two subtypes apart, so the output is deterministic; NaN and +-infinity
///    are refused;
///  - a table whose keys are exactly 1..n -> array; a table with only string keys -> object
///    (keys sorted, since nlohmann's object is a std::map); an empty table -> `[]` (empty
///    array); other keys (0, negative, sparse, floats, booleans, mixed) are refused;
///  - a read-only proxy (push_readonly) is converted through to the table it guards, and a
///    frozen module-level table (frozen.hpp) through to its contents;
///  - functions, userdata, threads, cycles and nesting deeper than `max_json_depth` are
///    refused. Shared subtables that do not form a cycle are copied.
/// Errors name the path: `outcome.reasons[2]: NaN is not allowed` (indices are Lua's, from 1).
// stack: [] -> []
nlohmann::json to_json(lua_State* L, int idx, const std::string& path, const json_limits& lim = {});

/// Pushes `v` as plain tables (objects -> string-keyed tables, arrays -> sequences from 1).
/// JSON null pushes nil: a null object field is absent, a null array element leaves a hole.
/// Unsigned integers above 2^63-1 and binary values are refused.
// stack: [] -> [value]
void push_json(lua_State* L, const nlohmann::json& v);

/// Pushes `v` as a deeply read-only view (see readonly.hpp): reads, `#`, `pairs` and `ipairs`
/// work at every depth; writes raise `attempt to modify read-only <name>.<path> field 'x'`;
/// `getmetatable` returns "locked". The real tables and the proxies are built in one pass.
// stack: [] -> [proxy]
void push_readonly(lua_State* L, const nlohmann::json& v, const char* name);

/// The tables of a read-only view, kept from one build to the next so that a builder given the
/// pool refills them instead of allocating (and the collector freeing) ~3 tables per container on
/// every evaluation. A container is recycled when it sits at the same place as before: the same
/// key of the same parent object, or the same index of the same parent array. Its real table is
/// emptied and refilled; its proxy and metatable (`__index`, `up`, `key`, `name`) stay as they are,
/// which is exactly what a fresh build would give them. Rule code never sees the pool, only the
/// proxies (a proxy kept by a rule from an earlier evaluation shows the current case). One pool per
/// lua_State and per view name; it holds no Lua reference the state does not own (the pool table
/// lives in the registry) and needs nothing from the state to be destroyed.
class readonly_pool {
 public:
  readonly_pool();
  ~readonly_pool();
  readonly_pool(const readonly_pool&) = delete;
  readonly_pool& operator=(const readonly_pool&) = delete;

 private:
  friend class readonly_builder;
  struct node;
  int ref_;          // registry ref of the pool table: [3s+1] mt, [3s+2] real, [3s+3] proxy of slot s
  int keys_ref_;     // registry ref of the key strings: [i] the text text_ids_ maps to i
  int slots_ = 0;    // slots handed out
  std::unique_ptr<node> root_;
  std::unordered_map<const char*, int> key_ids_;  // literal keys, by address
  // One id per text: literals of two call sites with the same text share it, so that ids alone
  // tell whether two keys are the same field.
  std::unordered_map<std::string_view, int> text_ids_;
};

/// Builds the same deeply read-only view as `push_readonly` (same real tables, proxies,
/// metatables and error paths) straight from host data, without an intermediate JSON value.
/// It is driven like a JSON writer: inside an object, `key` names the next value; inside an
/// array, values take the indices 1, 2, …. `null` leaves the field absent (a hole in an array),
/// as push_readonly does for JSON null. Once the root container is closed the stack holds its
/// proxy. With a pool, the tables of the previous build are reused (readonly_pool). Every member
/// may raise a Lua error: use it inside `state::protect`. A key view must stay valid until the
/// value it names is written.
// stack: [] -> … -> [proxy]
class readonly_builder {
 public:
  readonly_builder(lua_State* L, const char* name, readonly_pool* pool = nullptr) noexcept
      : L_(L), name_(name), pool_(pool) {}
  readonly_builder(const readonly_builder&) = delete;
  readonly_builder& operator=(const readonly_builder&) = delete;

  void key(std::string_view k) noexcept {
    key_ = k;
    literal_ = nullptr;
  }
  /// A key that is a NUL-terminated string living as long as the program (a literal): cheaper,
  /// Lua finds it in its API string cache instead of hashing it.
  void literal_key(const char* k) noexcept {
    key_ = k;
    literal_ = k;
  }
  void null();
  void boolean(bool b);
  void integer(std::int64_t i);
  void number(double d);
  void string(std::string_view s);
  void begin_object(int fields) { begin(false, fields); }
  void begin_array(int items) { begin(true, items); }
  void end_object() { end(); }
  void end_array() { end(); }

 private:
  // No default member values: the builder's 64 frames are left uninitialised (begin() writes a
  // whole frame before it is read); initialising them cost more than a lazy field's whole load.
  struct frame {
    int mt;    // stack index of the container's metatable
    int real;  // stack index of its real table
    bool array;
    std::int64_t n;  // items written so far (arrays)
    readonly_pool::node* slot;  // its place in the pool (null: not pooled)
    bool fresh;      // its tables were created by this build
    bool data_keys;  // a key that is not a literal was written
    std::size_t cursor;  // pooled objects: keys of the last build matched so far
    bool diverged;       // a key came out of the last build's order
    std::size_t child_hint;  // pooled objects: where to look for the next child container
  };
  static constexpr int max_depth = 64;

  void begin(bool array, int size);
  void end();
  // Pushes the pending key when the innermost container is an object. stack: [] -> [key?]
  void open_slot();
  // Stores the value on top of the stack under the key open_slot pushed, or the next index.
  // stack: [key?, v] -> []
  void store();
  // Pushes the pending key of the innermost object (a literal comes from the pool's strings) and
  // notes it as written. stack: [] -> [key]
  void push_key();

  lua_State* L_;
  const char* name_;
  readonly_pool* pool_;
  int pool_idx_ = 0;  // stack index of the pool table while building (the key strings: +1)
  std::string_view key_;
  const char* literal_ = nullptr;  // key_ as a literal, when it is one
  frame frames_[max_depth];
  int depth_ = 0;
};

}  // namespace hashigo::lua
