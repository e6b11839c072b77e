// Lua <-> JSON conversions (lua-host.md §3.4): raw access, bounded depth, paths in errors.
#include "lua/convert.hpp"

#include "lua/budget.hpp"
#include "lua/frozen.hpp"
#include "lua/readonly.hpp"
#include "lua/stack.hpp"

#include <lua.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace hashigo::lua {
namespace {

using json = nlohmann::json;

constexpr int max_push_depth = 64;

// Length of the well-formed UTF-8 sequence at the start of p[0..n), or 0 if there is none.
std::size_t utf8_sequence(const unsigned char* p, std::size_t n) noexcept {
  const unsigned c = p[0];
  if (c < 0x80) return 1;
  std::size_t len = 0;
  unsigned cp = 0;
  unsigned min = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (len > n) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((p[k] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[k] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

bool identifier(std::string_view k) noexcept {
  if (k.empty()) return false;
  for (std::size_t i = 0; i < k.size(); ++i) {
    const char c = k[i];
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    if (!alpha && !(i > 0 && c >= '0' && c <= '9')) return false;
  }
  return true;
}

// Lua -> JSON walker. Path steps are kept as views of keys still on the Lua stack and only
// rendered when an error is raised.
class to_json_walker {
 public:
  to_json_walker(lua_State* L, const std::string& root, const json_limits& lim) : L_(L), root_(root), lim_(lim) {}

  // stack: [] -> []
  json value(int idx, int depth) {
    charge(sizeof(json));
    switch (lua_type(L_, idx)) {
      case LUA_TNIL: return nullptr;
      case LUA_TBOOLEAN: return lua_toboolean(L_, idx) != 0;
      case LUA_TNUMBER: return number(idx);
      case LUA_TSTRING: {
        const std::string_view s = view_string(L_, idx);
        text(s, false);
        charge(sizeof(std::string) + 16);  // a JSON string value lives on the heap
        if (!valid_utf8(s)) fail("invalid UTF-8 in string");
        return std::string(s);
      }
      case LUA_TTABLE: return table(idx, depth);
      case LUA_TFUNCTION: fail("a function is not allowed");
      case LUA_TTHREAD: fail("a thread is not allowed");
      default: fail("a userdata value is not allowed");
    }
  }

  // Charges what the walk built and has not charged yet. stack: [] -> []
  void settle() {
    if (pending_ > 0) charge_host_memory(L_, pending_);
    pending_ = 0;
  }

 private:
  using step = std::variant<std::string_view, lua_Integer>;

  json number(int idx) {
    if (lua_isinteger(L_, idx)) return static_cast<std::int64_t>(lua_tointeger(L_, idx));
    const double d = static_cast<double>(lua_tonumber(L_, idx));
    if (std::isnan(d)) fail("NaN is not allowed");
    if (std::isinf(d)) fail(d > 0 ? "infinity is not allowed" : "-infinity is not allowed");
    return d;
  }

  // Copies of strings cost their bytes (beyond the short-string buffer).
  void text(std::string_view s, bool key) {
    if (lim_.max_string > 0 && s.size() > lim_.max_string) too_long(s.size(), key);
    if (s.size() > 15) charge(s.size() + 1);
  }

  // Charged in batches: a call per value showed in the benchmark. A batch is small beside the
  // cap, so the copy never runs far past it.
  static constexpr std::size_t charge_batch = 64 * 1024;
  void charge(std::size_t bytes) {
    if (!lim_.charge_host) return;
    pending_ += bytes;
    if (pending_ >= charge_batch) settle();
  }

  [[noreturn]] void too_long(std::size_t n, bool key) {
    const std::string message = std::string("text too long: ") + (key ? "a key in " : "") + path() + " is " +
                                std::to_string(n) + " bytes (max " + std::to_string(lim_.max_string) + " bytes)";
    raise_script_error(L_, script_error(codes::text_too_long, "", message, ""));
  }

  // stack: [] -> []
  json table(int idx, int depth) {
    idx = lua_absindex(L_, idx);
    luaL_checkstack(L_, 6, "to_json");
    if (lua_getmetatable(L_, idx)) {  // only a table with a metatable can stand for another
      lua_pop(L_, 1);
      if (push_frozen_backing(L_, idx)) {
        json out = table(lua_gettop(L_), depth);
        lua_pop(L_, 1);
        return out;
      }
      if (push_readonly_target(L_, idx)) {
        // stack: [real]
        complete_readonly(L_, -1);
        json out = table(lua_gettop(L_), depth);
        lua_pop(L_, 1);
        return out;
      }
    }
    if (depth >= max_json_depth) fail("tables nested deeper than 32 levels");
    const void* id = lua_topointer(L_, idx);
    for (int i = 0; i < open_count_; ++i)
      if (open_[i] == id) fail("cycle: the table contains itself");
    open_[open_count_++] = id;  // depth < max_json_depth: room is left

    lua_Integer count = 0;
    lua_Integer max_index = 0;
    lua_Integer strings = 0;
    lua_pushnil(L_);
    while (lua_next(L_, idx) != 0) {
      // stack: [key, value]
      lua_pop(L_, 1);
      ++count;
      if (lua_type(L_, -1) == LUA_TSTRING) {
        ++strings;
      } else if (lua_isinteger(L_, -1) && lua_tointeger(L_, -1) >= 1) {
        max_index = std::max(max_index, lua_tointeger(L_, -1));
      } else if (lua_isinteger(L_, -1)) {
        fail(lua_pushfstring(L_, "key %I is not an array index (indices start at 1)",
                             static_cast<LUAI_UACINT>(lua_tointeger(L_, -1))));
      } else {
        fail(lua_pushfstring(L_, "a %s key is not allowed (keys must be strings or array "
                                 "indices)", luaL_typename(L_, -1)));
      }
    }
    json out;
    if (strings > 0 && strings < count) {
      fail("the table mixes string keys and array indices");
    } else if (strings == 0) {
      if (max_index != count) {
        fail(lua_pushfstring(L_, "the array has holes (%I entries, largest index %I)",
                             static_cast<LUAI_UACINT>(count), static_cast<LUAI_UACINT>(max_index)));
      }
      out = json::array();
      auto& items = out.get_ref<json::array_t&>();
      items.reserve(static_cast<std::size_t>(count));
      for (lua_Integer i = 1; i <= count; ++i) {
        lua_rawgeti(L_, idx, i);
        path_[path_count_++] = i;
        items.push_back(value(-1, depth + 1));
        --path_count_;
        lua_pop(L_, 1);
      }
    } else {
      out = json::object();
      auto& fields = out.get_ref<json::object_t&>();
      lua_pushnil(L_);
      while (lua_next(L_, idx) != 0) {
        // stack: [key, value]
        const std::string_view key = view_string(L_, -2);
        text(key, true);
        charge(64);  // a node of the object's map
        if (!valid_utf8(key)) fail("invalid UTF-8 in key");
        path_[path_count_++] = key;
        fields.emplace(std::string(key), value(-1, depth + 1));
        --path_count_;
        lua_pop(L_, 1);
      }
    }
    --open_count_;
    return out;
  }

  std::string path() const {
    std::string out = root_;
    for (int n = 0; n < path_count_; ++n) {
      const step& s = path_[n];
      if (const auto* i = std::get_if<lua_Integer>(&s)) {
        out += '[' + std::to_string(*i) + ']';
      } else {
        const std::string_view k = std::get<std::string_view>(s);
        if (identifier(k)) {
          out += '.';
          out += k;
        } else {
          out += "[\"";
          out += k;
          out += "\"]";
        }
      }
    }
    return out;
  }

  [[noreturn]] void fail(const char* what) {
    const std::string where = path();
    luaL_error(L_, "%s: %s", where.c_str(), what);
    std::abort();  // not reached
  }

  lua_State* L_;
  const std::string& root_;
  const json_limits& lim_;
  std::size_t pending_ = 0;  // bytes built and not yet charged
  // The walk's stack, bounded by max_json_depth (fixed arrays: no allocation per conversion).
  step path_[max_json_depth + 1];
  int path_count_ = 0;
  const void* open_[max_json_depth + 1] = {};
  int open_count_ = 0;
};

// stack: [] -> [scalar]; returns false (pushing nothing) for arrays and objects
bool push_scalar(lua_State* L, const json& v) {
  switch (v.type()) {
    case json::value_t::null: lua_pushnil(L); return true;
    case json::value_t::boolean: lua_pushboolean(L, v.get<bool>() ? 1 : 0); return true;
    case json::value_t::number_integer:
      lua_pushinteger(L, static_cast<lua_Integer>(v.get<std::int64_t>()));
      return true;
    case json::value_t::number_unsigned: {
      const auto u = v.get<std::uint64_t>();
      if (u > static_cast<std::uint64_t>(std::numeric_limits<lua_Integer>::max()))
        luaL_error(L, "JSON integer %s is too large for Lua", std::to_string(u).c_str());
      lua_pushinteger(L, static_cast<lua_Integer>(u));
      return true;
    }
    case json::value_t::number_float:
      lua_pushnumber(L, static_cast<lua_Number>(v.get<double>()));
      return true;
    case json::value_t::string: {
      const auto& s = v.get_ref<const json::string_t&>();
      lua_pushlstring(L, s.data(), s.size());
      return true;
    }
    case json::value_t::array:
    case json::value_t::object: return false;
    default: luaL_error(L, "JSON %s values cannot be passed to Lua", v.type_name()); return false;
  }
}

// stack: [] -> [value]
void push_plain(lua_State* L, const json& v, int depth) {
  if (push_scalar(L, v)) return;
  if (depth >= max_push_depth) luaL_error(L, "JSON nested deeper than %d levels", max_push_depth);
  luaL_checkstack(L, 4, "push_json");
  if (v.is_array()) {
    const auto& items = v.get_ref<const json::array_t&>();
    lua_createtable(L, static_cast<int>(items.size()), 0);
    lua_Integer i = 0;
    for (const json& item : items) {
      push_plain(L, item, depth + 1);
      lua_rawseti(L, -2, ++i);
    }
    return;
  }
  const auto& fields = v.get_ref<const json::object_t&>();
  lua_createtable(L, 0, static_cast<int>(fields.size()));
  for (const auto& [key, item] : fields) {
    lua_pushlstring(L, key.data(), key.size());
    push_plain(L, item, depth + 1);
    lua_rawset(L, -3);
  }
}

// Builds the real table and its proxy in one pass; nested containers are stored in the real
// table as proxies. `parent_mt`/`key` locate it in its parent (0 for the root).
// stack: [] -> [proxy | scalar]
void push_guarded(lua_State* L, const json& v, const char* name, int parent_mt, int key,
                  int depth) {
  if (push_scalar(L, v)) return;
  if (depth >= max_push_depth) luaL_error(L, "JSON nested deeper than %d levels", max_push_depth);
  luaL_checkstack(L, 8, "push_readonly");
  if (parent_mt == 0) {
    push_readonly_meta(L, name);
  } else {
    push_readonly_meta(L, parent_mt, key);
  }
  const int mt = lua_gettop(L);
  if (v.is_array()) {
    const auto& items = v.get_ref<const json::array_t&>();
    lua_createtable(L, static_cast<int>(items.size()), 0);
    // stack: [mt, real]
    lua_Integer i = 0;
    for (const json& item : items) {
      ++i;
      if (push_scalar(L, item)) {
        lua_rawseti(L, -2, i);
        continue;
      }
      lua_pushinteger(L, i);
      push_guarded(L, item, name, mt, lua_gettop(L), depth + 1);
      // stack: [mt, real, i, child_proxy]
      lua_rawset(L, -3);
    }
  } else {
    const auto& fields = v.get_ref<const json::object_t&>();
    lua_createtable(L, 0, static_cast<int>(fields.size()));
    // stack: [mt, real]
    for (const auto& [k, item] : fields) {
      lua_pushlstring(L, k.data(), k.size());
      push_guarded(L, item, name, mt, lua_gettop(L), depth + 1);
      // stack: [mt, real, k, child]
      lua_rawset(L, -3);
    }
  }
  seal_readonly(L);
  // stack: [proxy]
}

}  // namespace

bool valid_utf8(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0, n = s.size(); i < n;) {
    if (n - i >= 8) {  // ASCII runs 8 bytes at a time (rule texts are mostly ASCII or short)
      std::uint64_t word;
      std::memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    // Three-byte sequences led by E1..EC or EE..EF are well-formed whatever their continuation
    // bytes (no overlong forms, no surrogates): the kana and kanji of Japanese texts.
    if (c >= 0xE1 && c != 0xED && n - i >= 3 && c <= 0xEF && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    const std::size_t len = utf8_sequence(p + i, n - i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::string to_valid_utf8(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes && valid_utf8(s)) return std::string(s);
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::string out;
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n && out.size() < max_bytes) {
    const std::size_t len = utf8_sequence(p + i, n - i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
    } else {
      out.append(s.data() + i, len);
      i += len;
    }
  }
  if (i < n) out += "... (" + std::to_string(n) + " bytes)";
  return out;
}

json to_json(lua_State* L, int idx, const std::string& path, const json_limits& lim) {
  to_json_walker walker(L, path, lim);
  json out = walker.value(lua_absindex(L, idx), 0);
  walker.settle();
  return out;
}

void push_json(lua_State* L, const json& v) { push_plain(L, v, 0); }

void push_readonly(lua_State* L, const json& v, const char* name) {
  push_guarded(L, v, name, 0, 0, 0);
}

// readonly_builder: push_guarded driven by the caller instead of by a JSON walk. Each open
// container keeps [key, mt, real] on the stack (the root: [mt, real], with the pool table below it
// when pooling); closing it seals the proxy and stores it in the parent's real table under the
// key, exactly as push_guarded does.

struct readonly_pool::node {
  static constexpr std::size_t max_named = 64;     // keys of one object that get a slot
  static constexpr std::int64_t max_indexed = 256;  // items of one array that get a slot

  int slot = -1;          // where its tables are in the pool table (-1: none yet)
  bool complete = false;  // mt, real and proxy are all stored
  // What the last build wrote into the real table, so the next one removes only what it does not
  // write again: literal keys (objects), a key from the data, the number of items (arrays).
  struct key_entry {
    const char* text;  // a literal
    int id;            // its string in the pool's key table
  };
  std::vector<key_entry> keys;
  std::vector<key_entry> next_keys;
  bool data_keys = true;  // unknown keys may be present: empty the whole table first
  std::int64_t items = 0;
  struct named_child {
    std::string name;
    const char* literal;  // the key's literal when it was one, for a quick match
    std::unique_ptr<node> n;
  };
  std::vector<named_child> named;
  std::vector<std::unique_ptr<node>> indexed;

  // `hint`: where the search starts (containers come in the writer's order); advanced past a match.
  node* child(std::string_view key, const char* literal, std::size_t& hint) {
    if (hint < named.size() && literal && named[hint].literal == literal) return named[hint++].n.get();
    for (std::size_t i = 0; i < named.size(); ++i)
      if (named[i].name == key) {
        hint = i + 1;
        return named[i].n.get();
      }
    if (named.size() >= max_named) return nullptr;  // an unbounded key set: not pooled
    named.push_back({std::string(key), literal, std::make_unique<node>()});
    hint = named.size();
    return named.back().n.get();
  }
  node* child(std::int64_t index) {
    if (index < 1 || index > max_indexed) return nullptr;
    const auto i = static_cast<std::size_t>(index);
    if (indexed.size() < i) indexed.resize(i);
    if (!indexed[i - 1]) indexed[i - 1] = std::make_unique<node>();
    return indexed[i - 1].get();
  }
};

readonly_pool::readonly_pool() : ref_(LUA_NOREF), keys_ref_(LUA_NOREF) {}
readonly_pool::~readonly_pool() = default;

void readonly_builder::push_key() {
  frame& f = frames_[depth_ - 1];
  readonly_pool::node* slot = f.slot;
  if (!literal_) {  // a key from the data: the next build empties this table first
    if (slot) f.data_keys = true;
    lua_pushlstring(L_, key_.data(), key_.size());
    return;
  }
  if (!pool_) {
    lua_pushstring(L_, literal_);
    return;
  }
  int id = 0;
  if (slot) {
    // The writer writes its keys in the same order every time: expect the last build's key at
    // this position, or a little further on (fields that are null this time are not written).
    const auto& last = slot->keys;
    for (std::size_t c = f.cursor; c < last.size() && c < f.cursor + 4; ++c) {
      if (last[c].text != literal_) continue;
      id = last[c].id;
      if (c != f.cursor) f.diverged = true;
      f.cursor = c + 1;
      break;
    }
    if (id == 0) f.diverged = true;
  }
  if (id == 0) {
    const auto [at, added] = pool_->key_ids_.try_emplace(literal_, 0);
    if (added) {
      const auto [by_text, new_text] =
          pool_->text_ids_.try_emplace(std::string_view(literal_), static_cast<int>(pool_->text_ids_.size()) + 1);
      at->second = by_text->second;
      if (new_text) {
        lua_pushstring(L_, literal_);
        lua_rawseti(L_, pool_idx_ + 1, by_text->second);
      }
    }
    id = at->second;
  }
  if (slot) slot->next_keys.push_back({literal_, id});
  lua_rawgeti(L_, pool_idx_ + 1, id);
}

void readonly_builder::open_slot() {
  // The key goes below the value from the start: inserting it under the value afterwards
  // (lua_rotate) cost a tenth of building the case table.
  if (depth_ > 0 && !frames_[depth_ - 1].array) push_key();
}

void readonly_builder::store() {
  // stack: [key?, v]
  if (depth_ == 0) return;  // a scalar root stays on the stack, as push_readonly leaves it
  frame& f = frames_[depth_ - 1];
  if (f.array) {
    lua_rawseti(L_, f.real, ++f.n);
  } else {
    lua_rawset(L_, f.real);
  }
}

void readonly_builder::null() {
  // JSON null: an absent field, or a hole in an array (the index is still used up). A recycled
  // table may hold a value there from the last build: an array hole is cleared here, an object
  // field at the end (it is not noted as written).
  if (depth_ == 0) {
    lua_pushnil(L_);
    return;
  }
  frame& f = frames_[depth_ - 1];
  if (f.array) {
    ++f.n;
    if (!f.fresh) {
      lua_pushnil(L_);
      lua_rawseti(L_, f.real, f.n);
    }
  }
}

void readonly_builder::boolean(bool b) {
  open_slot();
  lua_pushboolean(L_, b ? 1 : 0);
  store();
}

void readonly_builder::integer(std::int64_t i) {
  open_slot();
  lua_pushinteger(L_, static_cast<lua_Integer>(i));
  store();
}

void readonly_builder::number(double d) {
  open_slot();
  lua_pushnumber(L_, static_cast<lua_Number>(d));
  store();
}

void readonly_builder::string(std::string_view s) {
  open_slot();
  lua_pushlstring(L_, s.data(), s.size());
  store();
}

void readonly_builder::begin(bool array, int size) {
  if (depth_ >= max_depth) luaL_error(L_, "JSON nested deeper than %d levels", max_push_depth);
  luaL_checkstack(L_, 10, "readonly_builder");
  readonly_pool::node* slot = nullptr;
  bool parent_reused = false;
  if (depth_ == 0) {
    if (pool_) {
      if (pool_->ref_ == LUA_NOREF) {
        lua_createtable(L_, 0, 0);
        pool_->ref_ = luaL_ref(L_, LUA_REGISTRYINDEX);
      }
      if (pool_->keys_ref_ == LUA_NOREF) {
        lua_createtable(L_, 0, 0);
        pool_->keys_ref_ = luaL_ref(L_, LUA_REGISTRYINDEX);
        pool_->key_ids_.clear();
        pool_->text_ids_.clear();
      }
      lua_rawgeti(L_, LUA_REGISTRYINDEX, pool_->ref_);       // [pool]
      pool_idx_ = lua_gettop(L_);
      lua_rawgeti(L_, LUA_REGISTRYINDEX, pool_->keys_ref_);  // [pool, keys]
      if (!pool_->root_) pool_->root_ = std::make_unique<readonly_pool::node>();
      slot = pool_->root_.get();
      parent_reused = true;
    }
  } else {
    frame& parent = frames_[depth_ - 1];
    if (parent.array) {
      lua_pushinteger(L_, ++parent.n);
    } else {
      push_key();
    }
    // stack: [key]
    if (parent.slot)
      slot = parent.array ? parent.slot->child(parent.n) : parent.slot->child(key_, literal_, parent.child_hint);
    parent_reused = !parent.fresh;
  }
  bool fresh = true;
  if (slot && slot->complete && parent_reused) {
    // The same place as in the previous build: refill its real table. (Its metatable's `up` is the
    // parent's, which was reused too; its `key` is this key.) Fields the build does not write again
    // are removed at the end; a table that held keys from the data is emptied first.
    lua_rawgeti(L_, pool_idx_, 3 * slot->slot + 1);
    lua_rawgeti(L_, pool_idx_, 3 * slot->slot + 2);
    // stack: [key, mt, real]
    if (slot->data_keys) {
      const int real = lua_gettop(L_);
      lua_pushnil(L_);
      while (lua_next(L_, real) != 0) {  // assigning nil to a present field during next is allowed
        lua_pop(L_, 1);
        lua_pushvalue(L_, -1);
        lua_pushnil(L_);
        lua_rawset(L_, real);
      }
      slot->keys.clear();
      slot->items = 0;
    }
    fresh = false;
  } else {
    if (depth_ == 0) {
      push_readonly_meta(L_, name_);  // [mt]
    } else {
      push_readonly_meta(L_, frames_[depth_ - 1].mt, lua_gettop(L_));  // [key, mt]
    }
    if (array) {
      lua_createtable(L_, size, 0);
    } else {
      lua_createtable(L_, 0, size);
    }
    // stack: [key, mt, real]
    if (slot) {
      slot->complete = false;
      if (slot->slot < 0) slot->slot = pool_->slots_++;
      lua_pushvalue(L_, -2);
      lua_rawseti(L_, pool_idx_, 3 * slot->slot + 1);
      lua_pushvalue(L_, -1);
      lua_rawseti(L_, pool_idx_, 3 * slot->slot + 2);
    }
  }
  if (slot) slot->next_keys.clear();
  const int mt = lua_gettop(L_) - 1;
  frames_[depth_++] = frame{mt, mt + 1, array, 0, slot, fresh, false, 0, false, 0};
}

void readonly_builder::end() {
  const frame& f = frames_[depth_ - 1];
  if (readonly_pool::node* slot = f.slot) {
    const bool same_keys = !f.diverged && f.cursor == slot->keys.size();
    if (!f.fresh) {  // remove what the last build wrote and this one did not
      if (f.array) {
        for (std::int64_t i = f.n + 1; i <= slot->items; ++i) {
          lua_pushnil(L_);
          lua_rawseti(L_, f.real, i);
        }
      } else if (!same_keys) {
        // Both lists follow the writer's order: look for each old key from where the last one was
        // found, then anywhere (ids are per text: a literal of another call site matches too).
        const auto& now = slot->next_keys;
        std::size_t from = 0;
        for (const auto& old : slot->keys) {
          const auto at = std::find_if(now.begin() + static_cast<std::ptrdiff_t>(from), now.end(),
                                       [&](const auto& k) { return k.id == old.id; });
          if (at != now.end()) {
            from = static_cast<std::size_t>(at - now.begin()) + 1;
            continue;
          }
          if (std::any_of(now.begin(), now.end(), [&](const auto& k) { return k.id == old.id; })) continue;
          lua_pushnil(L_);
          lua_setfield(L_, f.real, old.text);
        }
      }
    }
    slot->keys.swap(slot->next_keys);
    slot->items = f.n;
    slot->data_keys = f.data_keys;
  }
  if (f.fresh) {
    seal_readonly(L_);  // [key, mt, real] -> [key, proxy]
    if (f.slot) {
      lua_pushvalue(L_, -1);
      lua_rawseti(L_, pool_idx_, 3 * f.slot->slot + 3);
      f.slot->complete = true;
    }
  } else {
    lua_rawgeti(L_, pool_idx_, 3 * f.slot->slot + 3);  // [key, mt, real, proxy]
    lua_replace(L_, -3);                                 // [key, proxy, real]
    lua_pop(L_, 1);                                      // [key, proxy]
  }
  --depth_;
  if (depth_ > 0) {
    lua_rawset(L_, frames_[depth_ - 1].real);  // [key, proxy] -> []
  } else if (pool_) {
    lua_remove(L_, pool_idx_);  // [pool, keys, proxy] -> [keys, proxy]
    lua_remove(L_, pool_idx_);  // -> [proxy]
  }
}

}  // namespace hashigo::lua
