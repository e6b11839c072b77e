// The ctx helpers (ctx.hpp): parameters in force, comparisons that record what they compared,
// date arithmetic.
#include "pack/ctx.hpp"

#include "lua/budget.hpp"
#include "lua/convert.hpp"
#include "lua/host_error.hpp"
#include "lua/readonly.hpp"
#include "lua/stack.hpp"

#include <hashigo/date.hpp>

#include <fmt/format.h>

namespace hashigo::pack {

using nlohmann::json;
using lua::guarded;
using lua::max_label_bytes;
using lua::max_text_bytes;

const std::string& check_record::parameter_name() const {
  static const std::string none;
  return parameter ? *parameter : none;
}

namespace {

// The ctx_state lives in upvalue 1 of every ctx function.
ctx_state* context_of(lua_State* L) { return static_cast<ctx_state*>(lua_touserdata(L, lua_upvalueindex(1))); }

// Raises an error located at the rule's line (level 1: the Lua function calling this helper).
[[noreturn]] void rule_level_error(lua_State* L, const std::string& message) {
  luaL_where(L, 1);
  lua_pushlstring(L, message.data(), message.size());
  lua_concat(L, 2);
  lua_error(L);
  std::abort();  // lua_error does not return
}

// Functions handed to rules as ctx.*; each states its stack contract.
struct ctx_functions {
  // Pushes the parameter table for the current day.
  static void push_params(lua_State* L, ctx_state* c) { lua_rawgeti(L, LUA_REGISTRYINDEX, c->params_ref); }

  // A declared parameter can still have no value yet on the day evaluated: say which.
  static std::string missing(ctx_state* c, const std::string& name) {
    const parameter* p = c->meta->parameter_named(name);
    if (p == nullptr || p->values.empty()) return fmt::format("unknown parameter '{}'", name);
    return fmt::format("parameter '{}' has no value in force on {} (its first value is from {})", name, c->as_of,
                       p->values.front().since);
  }

  // Records that the running rule read parameter #index (0-based) when its value is a default,
  // once per rule: the reasons then say which of their thresholds no source fixed.
  static void note_read(ctx_state* c, lua_Integer index) {
    if (!c->read_defaults || index < 0 || static_cast<std::size_t>(index) >= c->is_default.size() ||
        !c->is_default[static_cast<std::size_t>(index)])
      return;
    const parameter* p = &c->meta->parameters[static_cast<std::size_t>(index)];
    auto& all = c->out->defaults;
    for (std::size_t i = c->rule_defaults; i < all.size(); ++i)
      if (all[i].parameter == p) return;
    all.push_back({p, p->in_force(c->as_of)});
  }

  // The index in meta->parameters of the parameter named by the string at `idx`.
  // stack: [] -> []
  static lua_Integer index_of(lua_State* L, ctx_state* c, int idx) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->param_names_ref);
    lua_pushvalue(L, idx);
    lua_rawget(L, -2);  // a value in force always has its declaration, hence its index
    const lua_Integer index = lua_tointeger(L, -1) - 1;
    lua_pop(L, 2);
    return index;
  }

  // stack: [name] -> [value]
  static int param(lua_State* L) {
    auto* c = context_of(L);
    const char* name = luaL_checkstring(L, 1);
    push_params(L, c);
    lua_pushvalue(L, 1);  // the interned name itself: no lookup of its text
    lua_rawget(L, -2);    // the params table is a plain table the host built: no metamethods
    if (lua_isnil(L, -1)) rule_level_error(L, missing(c, name));
    if (c->any_default && c->read_defaults) note_read(c, index_of(L, c, 1));
    return 1;
  }

  // A number at `idx` as a check value.
  static check_value number_value(lua_State* L, int idx) {
    check_value v;
    if (lua_isinteger(L, idx)) {
      v.type = check_value::kind::integer;
      v.integer = lua_tointeger(L, idx);
      v.number = static_cast<double>(v.integer);
    } else {
      v.type = check_value::kind::number;
      v.number = lua_tonumber(L, idx);
    }
    return v;
  }

  // Resolves a threshold given as a number or as a parameter name; `param_name` is set to the
  // parameter's own name (found through the interned Lua string: no copy, no map search).
  // stack: [] -> []
  static check_value threshold_of(lua_State* L, ctx_state* c, int idx, const std::string*& param_name) {
    if (lua_type(L, idx) == LUA_TSTRING) {
      push_params(L, c);
      lua_pushvalue(L, idx);
      lua_rawget(L, -2);
      if (lua_isnil(L, -1)) rule_level_error(L, missing(c, lua_tostring(L, idx)));
      if (lua_type(L, -1) != LUA_TNUMBER) rule_level_error(L, fmt::format("parameter '{}' is not a number", lua_tostring(L, idx)));
      const check_value v = number_value(L, -1);
      lua_pop(L, 2);
      if (c->record_checks || (c->any_default && c->read_defaults)) {
        const lua_Integer index = index_of(L, c, idx);
        param_name = &c->meta->parameters[static_cast<std::size_t>(index)].name;
        note_read(c, index);
      }
      return v;
    }
    if (lua_type(L, idx) == LUA_TNUMBER) return number_value(L, idx);
    rule_level_error(L, fmt::format("threshold must be a number or a parameter name, not {}", luaL_typename(L, idx)));
  }

  // The label of a check: it goes into JSON decisions and receipts, so it must be UTF-8 text of
  // at most max_label_bytes.
  // stack: [label, ...] -> [label, ...]
  static std::string_view label_of(lua_State* L) {
    std::size_t n = 0;
    const char* label = luaL_checklstring(L, 1, &n);
    if (n > max_label_bytes)
      lua::raise_coded_error(L, lua::codes::text_too_long,
                        fmt::format("text too long: check label is {} bytes (max {} bytes)", n, max_label_bytes));
    if (!lua::valid_utf8({label, n})) rule_level_error(L, "check label is not valid UTF-8 text");
    return {label, n};
  }

  // Copies `s` into the evaluation's text buffer.
  static text_span keep_text(ctx_state* c, std::string_view s) {
    std::string& texts = c->out->texts;
    const text_span span{static_cast<std::uint32_t>(texts.size()), static_cast<std::uint32_t>(s.size())};
    texts.append(s);
    return span;
  }

  // Charges a check's copy to the memory cap before anything is copied: a loop of checks ends in
  // RULE004 instead of growing the process, and a check that fails (caught by pcall) leaves nothing
  // uncharged behind.
  static void charge(lua_State* L, std::size_t text_bytes) { lua::charge_host_memory(L, sizeof(check_record) + text_bytes); }

  template <int Op>
  static int compare(lua_State* L) {
    auto* c = context_of(L);
    const std::string_view label = label_of(L);
    const std::string* param_name = nullptr;
    const check_value threshold = threshold_of(L, c, 3, param_name);
    check_value value;
    bool result = false;
    if (lua_type(L, 2) == LUA_TNUMBER) {
      value = number_value(L, 2);
      const double v = value.number, t = threshold.number;
      switch (Op) {
        case 0: result = v >= t; break;
        case 1: result = v <= t; break;
        case 2: result = v > t; break;
        default: result = v < t; break;
      }
    } else if (!lua_isnil(L, 2)) {
      rule_level_error(L, fmt::format("'{}' must be a number or nil, not {}", label, luaL_typename(L, 2)));
    }
    if (c->record_checks) {
      static constexpr const char* ops[] = {">=", "<=", ">", "<"};
      charge(L, label.size());
      c->out->checks.push_back(check_record{keep_text(c, label), value, ops[Op], threshold, param_name, result});
    }
    lua_pushboolean(L, result ? 1 : 0);
    return 1;
  }

  // A string ctx.equals compared must be text it could record, in every mode (a lean evaluation
  // must fail where a full one does).
  // stack: [] -> []
  static void check_compared(lua_State* L, int idx, std::string_view label) {
    if (lua_type(L, idx) != LUA_TSTRING) return;
    const std::string_view text = lua::view_string(L, idx);
    if (text.size() > max_text_bytes)
      lua::raise_coded_error(L, lua::codes::text_too_long,
                             fmt::format("text too long: ctx.equals('{}') records a string of {} bytes (max {} bytes)", label,
                                         text.size(), max_text_bytes));
    if (!lua::valid_utf8(text)) rule_level_error(L, fmt::format("ctx.equals('{}'): a compared string is not valid UTF-8 text", label));
  }

  // stack: [label, value, expected] -> [boolean]
  static int equals(lua_State* L) {
    auto* c = context_of(L);
    const std::string_view label = label_of(L);
    check_compared(L, 2, label);
    check_compared(L, 3, label);
    const bool result = lua_rawequal(L, 2, 3) != 0;
    if (c->record_checks) {
      charge(L, label.size() + lua::view_string(L, 2).size() + lua::view_string(L, 3).size());
      auto scalar = [&](int idx) -> check_value {
        check_value v;
        switch (lua_type(L, idx)) {
          case LUA_TBOOLEAN:
            v.type = check_value::kind::boolean;
            v.boolean = lua_toboolean(L, idx) != 0;
            return v;
          case LUA_TSTRING:
            v.type = check_value::kind::text;
            v.text = keep_text(c, lua::view_string(L, idx));
            return v;
          case LUA_TNUMBER: return number_value(L, idx);
          default: return v;
        }
      };
      const check_value value = scalar(2);
      const check_value expected = scalar(3);
      c->out->checks.push_back(check_record{keep_text(c, label), value, "==", expected, nullptr, result});
    }
    lua_pushboolean(L, result ? 1 : 0);
    return 1;
  }

  // stack: [date, n] -> [date]
  static int add_days(lua_State* L) {
    const char* text = luaL_checkstring(L, 1);
    const lua_Integer n = luaL_checkinteger(L, 2);
    auto d = date::parse(text);
    if (!d) rule_level_error(L, fmt::format("'{}' is not a date (YYYY-MM-DD)", std::string_view(text).substr(0, 64)));
    // Dates run from 0001-01-01 to 9999-12-31 (~3.65M days); beyond, days_ + n would overflow.
    constexpr lua_Integer max_shift = 4'000'000;
    const date shifted = n >= -max_shift && n <= max_shift ? d->add_days(n) : *d;
    if (n < -max_shift || n > max_shift || shifted.year() < 1 || shifted.year() > 9999)
      rule_level_error(L, fmt::format("add_days: {} {:+} days is outside the years 1..9999", text, n));
    const std::string out = shifted.to_string();
    lua_pushlstring(L, out.data(), out.size());
    return 1;
  }

  // stack: [from, to] -> [days]
  static int days_between(lua_State* L) {
    const char* a = luaL_checkstring(L, 1);
    const char* b = luaL_checkstring(L, 2);
    auto da = date::parse(a), db = date::parse(b);
    if (!da || !db) rule_level_error(L, "days_between needs two dates (YYYY-MM-DD)");
    lua_pushinteger(L, static_cast<lua_Integer>(hashigo::days_between(*da, *db)));
    return 1;
  }
};

}  // namespace

void build_ctx(lua_State* L, ctx_state& c) {
  using F = ctx_functions;
  static const luaL_Reg functions[] = {
      // guarded: a C++ exception (bad_alloc, fmt) becomes a Lua error at the rule's line (S12)
      {"param", guarded<F::param>},
      {"at_least", guarded<F::compare<0>>},
      {"at_most", guarded<F::compare<1>>},
      {"above", guarded<F::compare<2>>},
      {"below", guarded<F::compare<3>>},
      {"equals", guarded<F::equals>},
      {"add_days", guarded<F::add_days>},
      {"days_between", guarded<F::days_between>},
      {nullptr, nullptr},
  };
  lua_createtable(L, 0, 16);  // [ctx]
  lua_pushlightuserdata(L, &c);
  luaL_setfuncs(L, functions, 1);
  lua::push(L, std::string_view(c.meta->region));
  lua_setfield(L, -2, "region");
  lua_pushvalue(L, -1);
  c.real_ref = luaL_ref(L, LUA_REGISTRYINDEX);  // [ctx]
  lua::make_readonly(L, "ctx");                 // [proxy]
  c.proxy_ref = luaL_ref(L, LUA_REGISTRYINDEX);  // []
  lua_createtable(L, 0, static_cast<int>(c.meta->parameters.size()));  // [names]
  c.is_default.assign(c.meta->parameters.size(), 0);
  c.any_default = false;
  for (std::size_t i = 0; i < c.meta->parameters.size(); ++i) {
    const parameter& p = c.meta->parameters[i];
    lua_pushinteger(L, static_cast<lua_Integer>(i + 1));  // the list never changes after load
    lua_setfield(L, -2, p.name.c_str());
    if (p.basis == basis::default_value) {
      c.is_default[i] = 1;
      c.any_default = true;
    }
  }
  c.param_names_ref = luaL_ref(L, LUA_REGISTRYINDEX);  // []
}

}  // namespace hashigo::pack
