#include "pack/outcome_reader.hpp"

#include <hashigo/case/codes.hpp>

#include "lua/budget.hpp"
#include "lua/convert.hpp"
#include "lua/frozen.hpp"
#include "lua/host_error.hpp"
#include "lua/sandbox.hpp"
#include "lua/stack.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <initializer_list>

namespace hashigo::pack {

std::string_view string_interner::intern(std::string_view s) {
  auto it = strings_.find(s);
  if (it == strings_.end()) it = strings_.emplace(s).first;
  return *it;
}

void string_interner::trim() noexcept {
  if (strings_.size() > max_entries) strings_.clear();
}

bool checked_texts::has(lua_State* L, int idx) {
  if (ref_ == LUA_NOREF) return false;
  idx = lua_absindex(L, idx);
  lua_rawgeti(L, LUA_REGISTRYINDEX, ref_);
  lua_pushvalue(L, idx);
  const bool known = lua_rawget(L, -2) != LUA_TNIL;
  lua_pop(L, 2);
  return known;
}

void checked_texts::add(lua_State* L, int idx) {
  idx = lua_absindex(L, idx);
  if (ref_ == LUA_NOREF || entries_ >= max_entries) {  // texts made per case (string.format) would grow it
    luaL_unref(L, LUA_REGISTRYINDEX, ref_);
    lua_createtable(L, 0, 64);
    ref_ = luaL_ref(L, LUA_REGISTRYINDEX);
    entries_ = 0;
  }
  lua_rawgeti(L, LUA_REGISTRYINDEX, ref_);
  lua_pushvalue(L, idx);
  lua_pushboolean(L, 1);
  lua_rawset(L, -3);
  lua_pop(L, 1);
  ++entries_;
}

namespace {

using lua::max_text_bytes;

// The fields an outcome of each module may have, in module_kind order.
constexpr std::array<std::array<std::string_view, 6>, 5> allowed_fields = {{
    {"program", "eligible", "route", "reason", "plain", ""},
    {"step", "to", "reason", "plain", "", ""},
    {"target", "urgency", "warm_handoff", "reason", "plain", ""},
    {"code", "due", "severity", "meeting", "reason", "plain"},
    {"points", "exclude", "reason", "plain", "", ""},
}};

// What a wrong value is, for messages ("a table", "NaN").
std::string what_is(lua_State* L, int idx) {
  if (lua_type(L, idx) == LUA_TNUMBER && !lua_isinteger(L, idx)) {
    const double d = lua_tonumber(L, idx);
    if (std::isnan(d)) return "NaN";
    if (std::isinf(d)) return d > 0 ? "infinity" : "-infinity";
  }
  return fmt::format("a {}", luaL_typename(L, idx));
}

class reader {
 public:
  reader(lua_State* L, const outcome_context& ctx, std::string& error) : L_(L), ctx_(ctx), error_(error) {}

  // stack: [] -> []
  bool read(int idx, rule_outcome& out) {
    if (lua_type(L_, idx) != LUA_TTABLE) return fail(fmt::format("expected a table or nil, not {}", what_is(L_, idx)));
    lua::stack_guard guard(L_);
    lua::push_visible_contents(L_, idx);  // a module-level constant or a read-only view reads as its contents
    t_ = lua_gettop(L_);
    if (!known_fields()) return false;
    switch (ctx_.rule->kind) {
      case module_kind::eligibility: return eligibility(out) && texts(out);
      case module_kind::stepup: return step(out) && texts(out);
      case module_kind::referral: return referral(out) && texts(out);
      case module_kind::alerts: return alert(out) && texts(out);
      case module_kind::matching: return match(out) && texts(out);
    }
    return true;
  }

 private:
  // RULE009; the reader runs in the protected body itself (no Lua frame between), where a
  // script_error travels as the body's error.
  [[noreturn]] void too_long(const std::string& what) {
    throw lua::script_error(lua::codes::text_too_long, "", fmt::format("text too long: {} (max {} bytes)", what, max_text_bytes), "");
  }

  bool fail(std::string message) {
    error_ = std::move(message);
    return false;
  }

  // Every key a field of the module; the first unknown one in byte order is named, so that the
  // message does not depend on the table's traversal order.
  // stack: [] -> []
  bool known_fields() {
    const auto& allowed = allowed_fields[static_cast<std::size_t>(ctx_.rule->kind)];
    std::string unknown;
    bool any_unknown = false, other_key = false;
    lua_pushnil(L_);
    while (lua_next(L_, t_) != 0) {
      lua_pop(L_, 1);  // [key]
      if (lua_type(L_, -1) != LUA_TSTRING) {
        other_key = true;
        continue;
      }
      const std::string_view key = lua::view_string(L_, -1);
      if (key.size() > max_text_bytes)
        too_long(fmt::format("a key in {} is {} bytes", ctx_.rule->id, key.size()));
      if (std::find(allowed.begin(), allowed.end(), key) != allowed.end() && !key.empty()) continue;
      if (!any_unknown || key < unknown) unknown.assign(key);
      any_unknown = true;
    }
    if (other_key) return fail("expected a table of named fields (a list is not an outcome)");
    if (!lua::valid_utf8(unknown)) unknown = lua::to_valid_utf8(unknown, 64);
    if (any_unknown) return fail(fmt::format("unknown field '{}'", unknown));
    return true;
  }

  // A nested table (`to`, a text pair) holds only the keys `allowed` (sorted); the first other
  // key in byte order is named.
  // stack: [] -> []
  bool only_keys(int t, const char* name, std::initializer_list<std::string_view> allowed) {
    std::string unknown;
    bool any = false;
    lua_pushnil(L_);
    while (lua_next(L_, t) != 0) {
      lua_pop(L_, 1);  // [key]
      const std::string_view key = lua_type(L_, -1) == LUA_TSTRING ? lua::view_string(L_, -1) : std::string_view("?");
      if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
      const std::string shown = lua::to_valid_utf8(key, 64);
      if (!any || shown < unknown) unknown = shown;
      any = true;
    }
    if (any) return fail(fmt::format("unknown field '{}.{}'", name, unknown));
    return true;
  }

  // Pushes field `key` of the outcome. stack: [] -> [value]
  int field(const char* key) {
    lua_pushstring(L_, key);
    return lua_rawget(L_, t_);
  }

  // A text field's value at the top: a string within the caps. `path` names it for RULE009.
  // stack: [s] -> [s]
  std::string_view checked_text(const char* path_a, const char* path_b = nullptr) {
    std::size_t n = 0;
    const char* s = lua_tolstring(L_, -1, &n);
    if (n > max_text_bytes)
      too_long(fmt::format("{}.{}{}{} is {} bytes", ctx_.rule->id, path_a, path_b ? "." : "", path_b ? path_b : "", n));
    return {s, n};
  }

  // A code field: nullopt-like empty view when absent (`present` false), else its interned text.
  // Returns false (with the message) when it is not a string.
  bool code(const char* key, std::string_view& out, bool& present) {
    const int type = field(key);
    present = type != LUA_TNIL;
    if (!present) {
      lua_pop(L_, 1);
      return true;
    }
    if (type != LUA_TSTRING) {
      std::string wrong = what_is(L_, -1);
      lua_pop(L_, 1);
      return fail(fmt::format("'{}' must be a string, not {}", key, wrong));
    }
    const std::string_view text = checked_text(key);
    if (!lua::valid_utf8(text)) {
      lua_pop(L_, 1);
      return fail(fmt::format("'{}' is not valid UTF-8 text", key));
    }
    out = ctx_.codes->intern(text);
    lua_pop(L_, 1);
    return true;
  }

  // A code that must be one of `allowed` (its index returned through `index`).
  template <std::size_t N>
  bool choice(const char* key, const std::array<std::string_view, N>& allowed, int& index, bool& present) {
    std::string_view v;
    if (!code(key, v, present)) return false;
    if (!present) return true;
    for (std::size_t i = 0; i < N; ++i)
      if (allowed[i] == v) {
        index = static_cast<int>(i);
        return true;
      }
    std::string list;
    for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    return fail(fmt::format("'{}' is '{}', expected one of: {}", key, v, list));
  }

  bool boolean(const char* key, bool& out, bool& present) {
    const int type = field(key);
    present = type != LUA_TNIL;
    if (present && type != LUA_TBOOLEAN) {
      std::string wrong = what_is(L_, -1);
      lua_pop(L_, 1);
      return fail(fmt::format("'{}' must be true or false, not {}", key, wrong));
    }
    out = lua_toboolean(L_, -1) != 0;
    lua_pop(L_, 1);
    return true;
  }

  bool step(rule_outcome& out) {
    static constexpr std::array<std::string_view, 4> steps = {"up", "down", "hold", "stay"};
    int index = 0;
    bool present = false;
    if (!choice("step", steps, index, present)) return false;
    if (!present) return fail("'step' is missing (up, down, hold or stay)");
    out.step = static_cast<step_kind>(index + 1);
    const int type = field("to");  // [to]
    if (type == LUA_TNIL) {
      lua_pop(L_, 1);
      return true;
    }
    if (type != LUA_TTABLE) {
      lua_pop(L_, 1);
      return fail("'to' must be {stage=\"…\", rung=\"…\"}");
    }
    lua::push_visible_contents(L_, -1);  // [to, contents]
    if (!only_keys(lua_gettop(L_), "to", {"rung", "stage"})) {
      lua_pop(L_, 2);
      return false;
    }
    lua_pushliteral(L_, "stage");
    const bool stage_is_text = lua_rawget(L_, -2) == LUA_TSTRING;  // [to, contents, stage]
    if (!stage_is_text) {
      lua_pop(L_, 3);
      return fail("'to' must be {stage=\"…\", rung=\"…\"}");
    }
    const std::string_view stage_text = checked_text("to", "stage");
    const auto stage = cases::parse_stage(stage_text);
    if (!stage) {
      std::string shown = lua::to_valid_utf8(stage_text, 64);
      lua_pop(L_, 3);
      return fail(fmt::format("'to.stage' '{}' is not a stage", shown));
    }
    lua_pop(L_, 1);  // [to, contents]
    lua_pushliteral(L_, "rung");
    if (lua_rawget(L_, -2) == LUA_TSTRING) {  // a rung that is not a string is no rung
      const std::string_view rung = checked_text("to", "rung");
      if (!lua::valid_utf8(rung)) {
        lua_pop(L_, 3);
        return fail("'to.rung' is not valid UTF-8 text");
      }
      out.to_rung = ctx_.codes->intern(rung);
    }
    lua_pop(L_, 3);
    out.has_to = true;
    out.to_stage = *stage;
    return true;
  }

  bool eligibility(rule_outcome& out) {
    bool present = false;
    if (!code("program", out.program, present)) return false;
    if (!present || out.program.empty()) return fail("'program' is missing");
    if (!boolean("eligible", out.eligible, present)) return false;
    if (!present) return fail("'eligible' must be true or false");
    return code("route", out.route, present);
  }

  bool referral(rule_outcome& out) {
    static constexpr std::array<std::string_view, 3> urgencies = {"routine", "soon", "urgent"};
    bool present = false;
    if (!code("target", out.target, present)) return false;
    if (!present || out.target.empty()) return fail("'target' is missing");
    int index = 0;
    if (!choice("urgency", urgencies, index, present)) return false;
    out.urgency = static_cast<urgency_kind>(index);
    return boolean("warm_handoff", out.warm_handoff, present);
  }

  bool alert(rule_outcome& out) {
    static constexpr std::array<std::string_view, 3> severities = {"info", "warning", "urgent"};
    bool present = false;
    if (!code("code", out.code, present)) return false;
    if (!present || out.code.empty()) return fail("'code' is missing");
    std::string_view due;
    if (!code("due", due, present)) return false;
    if (present && !due.empty()) {
      out.due = date::parse(due);
      if (!out.due) return fail(fmt::format("'due' '{}' is not a date (YYYY-MM-DD)", due));
    }
    int index = 0;
    if (!choice("severity", severities, index, present)) return false;
    out.severity = static_cast<severity_kind>(index);
    // The decision a meeting is asked to take: the alert goes on `hashigo meeting agenda`.
    static const std::vector<std::string_view> decisions = cases::codes::split(cases::codes::meeting_decisions);
    std::string_view meeting;
    if (!code("meeting", meeting, present)) return false;
    if (present) {
      if (std::find(decisions.begin(), decisions.end(), meeting) == decisions.end())
        return fail(fmt::format("'meeting' is '{}', expected one of: {}", meeting, fmt::join(decisions, ", ")));
      out.meeting = meeting;
    }
    return true;
  }

  // { points = n } (a finite number, -100 to 100) or { exclude = true }.
  bool match(rule_outcome& out) {
    bool present = false;
    if (!boolean("exclude", out.exclude, present)) return false;
    const int type = field("points");
    const bool has_points = type != LUA_TNIL;
    if (has_points) {
      if (type != LUA_TNUMBER) {
        std::string wrong = what_is(L_, -1);
        lua_pop(L_, 1);
        return fail(fmt::format("'points' must be a number, not {}", wrong));
      }
      out.points = lua_tonumber(L_, -1);
      if (!std::isfinite(out.points) || out.points < -100 || out.points > 100) {
        std::string wrong = what_is(L_, -1);
        lua_pop(L_, 1);
        return fail(fmt::format("'points' must be a number from -100 to 100, not {}", std::isfinite(out.points) ? fmt::format("{}", out.points) : wrong));
      }
    }
    lua_pop(L_, 1);
    if (!has_points && !out.exclude) return fail("'points' is missing (a number), or say exclude = true");
    return true;
  }

  // `reason` (required) and `plain`: a string for both languages or { ja = "…", en = "…" }.
  bool texts(rule_outcome& out) {
    bool given = false;
    if (!text_pair("reason", true, out.reason_ja, out.reason_en, given)) return false;
    if (!text_pair("plain", false, out.plain_ja, out.plain_en, given)) return false;
    if (!given) {  // no plain wording: the staff wording serves
      out.plain_ja = out.reason_ja;
      out.plain_en = out.reason_en;
    }
    return true;
  }

  // stack: [] -> []
  bool text_pair(const char* key, bool required, text_span& ja, text_span& en, bool& given) {
    const int type = field(key);  // [v]
    given = false;
    if (type == LUA_TNIL) {
      lua_pop(L_, 1);
      if (required) return fail(fmt::format("'{}' is missing (a table {{ja=…, en=…}})", key));
      return true;
    }
    // A text checked before needs nothing more when it is not kept. Only frozen module-level
    // tables are remembered: they are constants, so the cache stays as small as the pack.
    const bool cacheable = type == LUA_TTABLE && lua::is_frozen(L_, -1);
    if (!ctx_.keep_texts && cacheable && ctx_.checked && ctx_.checked->has(L_, -1)) {
      lua_pop(L_, 1);
      return true;
    }
    if (type == LUA_TSTRING) {
      const std::string_view s = checked_text(key);
      if (!lua::valid_utf8(s)) {
        lua_pop(L_, 1);
        return fail(fmt::format("'{}' is not valid UTF-8 text", key));
      }
      ja = en = keep(s);
      given = !s.empty();
    } else if (type != LUA_TTABLE) {
      std::string wrong = what_is(L_, -1);
      lua_pop(L_, 1);
      return fail(fmt::format("'{}' must be a string or {{ja=\"…\", en=\"…\"}}, not {}", key, wrong));
    } else if (!text_table(key, ja, en, given)) {
      lua_pop(L_, 1);
      return false;
    }
    if (cacheable && ctx_.checked && !ctx_.checked->has(L_, -1)) ctx_.checked->add(L_, -1);
    lua_pop(L_, 1);
    return true;
  }

  // A { ja = "…", en = "…" } table at the top.
  // stack: [v] -> [v]
  bool text_table(const char* key, text_span& ja, text_span& en, bool& given) {
    lua::push_visible_contents(L_, -1);  // [v, contents]
    if (!only_keys(lua_gettop(L_), key, {"en", "ja"})) {
      lua_pop(L_, 1);
      return false;
    }
    const char* langs[] = {"ja", "en"};
    text_span* spans[] = {&ja, &en};
    for (int i = 0; i < 2; ++i) {
      lua_pushstring(L_, langs[i]);
      if (lua_rawget(L_, -2) != LUA_TSTRING) {  // [v, contents, text]
        std::string wrong = lua_isnil(L_, -1) ? std::string("missing") : "not " + what_is(L_, -1);
        lua_pop(L_, 2);
        return fail(fmt::format("'{}.{}' must be a string ({{ja=\"…\", en=\"…\"}}), {}", key, langs[i], wrong));
      }
      const std::string_view s = checked_text(key, langs[i]);
      if (!lua::valid_utf8(s)) {
        lua_pop(L_, 2);
        return fail(fmt::format("'{}.{}' is not valid UTF-8 text", key, langs[i]));
      }
      *spans[i] = keep(s);
      given = given || !s.empty();
      lua_pop(L_, 1);
    }
    lua_pop(L_, 1);
    return true;
  }

  // Copies a text into the evaluation when it keeps texts (charged to the memory cap).
  text_span keep(std::string_view s) {
    if (!ctx_.keep_texts) return {};
    lua::charge_host_memory(L_, s.size());
    std::string& texts = ctx_.out->texts;
    const text_span span{static_cast<std::uint32_t>(texts.size()), static_cast<std::uint32_t>(s.size())};
    texts.append(s);
    return span;
  }

  lua_State* L_;
  const outcome_context& ctx_;
  std::string& error_;
  int t_ = 0;
};

}  // namespace

bool read_outcome(lua_State* L, int idx, const outcome_context& ctx, rule_outcome& out, std::string& error) {
  idx = lua_absindex(L, idx);
  out = rule_outcome{};
  return reader(L, ctx, error).read(idx, out);
}

}  // namespace hashigo::pack
