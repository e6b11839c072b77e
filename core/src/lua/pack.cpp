#include "lua/pack.hpp"

#include "lua/address_guard.hpp"
#include "lua/budget.hpp"
#include "lua/convert.hpp"
#include "lua/lazy_view.hpp"
#include "lua/module_state.hpp"
#include "lua/pack_files.hpp"
#include "lua/stack.hpp"

#include <hashigo/case/validate.hpp>
#include <hashigo/date.hpp>

#include <fmt/format.h>
#include <lua.hpp>

#include <algorithm>
#include <chrono>
#include <set>

namespace hashigo::lua {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// A problem with the shape of a pack file, found while walking it inside a protected call.
struct contract_problem {
  std::string location;
  std::string message;
};

[[noreturn]] void throw_contract(const contract_problem& p) {
  throw script_error(codes::contract, p.location, p.message, "");
}

cases::localized localized_from(const json& j) {
  cases::localized out;
  if (j.is_string()) {
    out.ja = out.en = j.get<std::string>();
  } else if (j.is_object()) {
    if (j.contains("ja") && j["ja"].is_string()) out.ja = j["ja"].get<std::string>();
    if (j.contains("en") && j["en"].is_string()) out.en = j["en"].get<std::string>();
  }
  return out;
}

bool is_dated(const json& v) {
  if (!v.is_object() || v.empty()) return false;
  for (auto it = v.begin(); it != v.end(); ++it)
    if (!date::parse(it.key())) return false;
  return true;
}

// stack: [] -> [] ; a read-only proxy for the table at `real_idx` is left in the registry
int make_proxy_ref(lua_State* L, int real_idx, const char* name) {
  real_idx = lua_absindex(L, real_idx);
  lua_newtable(L);                       // [proxy]
  lua_createtable(L, 0, 4);              // [proxy, mt]
  lua_pushvalue(L, real_idx);
  lua_setfield(L, -2, "__index");
  lua_pushstring(L, name);
  lua_pushcclosure(
      L,
      [](lua_State* S) -> int {
        push_display_text(S, 2);  // a table key prints as `table`, never as its address
        return luaL_error(S, "attempt to modify read-only %s field '%s'", lua_tostring(S, lua_upvalueindex(1)),
                          lua_tostring(S, -1));
      },
      1);
  lua_setfield(L, -2, "__newindex");
  lua_pushliteral(L, "locked");
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);               // [proxy]
  return luaL_ref(L, LUA_REGISTRYINDEX); // []
}

}  // namespace

const std::string& check_record::parameter_name() const {
  static const std::string none;
  return parameter ? *parameter : none;
}

const json* parameter::in_force(const std::string& day) const {
  const json* found = nullptr;
  for (const auto& v : values) {
    if (!v.since.empty() && v.since > day) break;
    found = &v.value;
  }
  return found;
}

struct pack_runtime::eval_context {
  const pack_meta* meta = nullptr;
  std::vector<check_record>* checks = nullptr;
  int params_ref = LUA_NOREF;               // resolved parameters of the current as_of
  std::string as_of;                        // the day being evaluated, for messages
  std::vector<int> params_by_period;        // refs of the parameter tables, by period (see evaluate)
  std::vector<std::string> effective_dates;   // every date a parameter value takes effect, sorted
  bool effective_dates_known = false;
  int ctx_real_ref = LUA_NOREF;
  int ctx_proxy_ref = LUA_NOREF;
  int param_names_ref = LUA_NOREF;          // name → light userdata: its key in meta->parameters
  readonly_pool case_pool;                  // the case tables, refilled by each evaluation
  std::unique_ptr<lazy_view> case_fields;   // the case's nested tables, built when first read
  // A ladder view's read-only values (position, up, down), built once per view.
  struct ladder_entry {
    int ref = LUA_NOREF;              // a Lua array of the proxies, in the order of `fields`
    std::vector<std::string> fields;  // their names in ctx
  };
  std::map<std::string, ladder_entry, std::less<>> ladder_cache;  // by ladder key
  int ladder_ref = LUA_NOREF;               // the entry the ctx fields were last taken from
  std::vector<std::string> ladder_fields;   // the ladder fields ctx holds now
};

namespace {


// An exact, cheap key for the ladder view (an object of objects of strings): each key and string
// length-prefixed. Anything else falls back to its JSON text.
std::string view_key(const json& v) {
  std::string key;
  auto add = [&](const std::string& s) {
    key += std::to_string(s.size());
    key += ':';
    key += s;
  };
  if (!v.is_object()) return v.dump();
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (!it->is_object()) return v.dump();
    add(it.key());
    key += '{';
    for (auto f = it->begin(); f != it->end(); ++f) {
      if (!f->is_string()) return v.dump();
      add(f.key());
      add(f->get_ref<const std::string&>());
    }
    key += '}';
  }
  return key;
}

// The eval_context lives in upvalue 1 of every ctx function.
template <class C>
C* context_of(lua_State* L) {
  return static_cast<C*>(lua_touserdata(L, lua_upvalueindex(1)));
}

// Raises an error located at the rule's line (level 1: the Lua function calling this helper).
[[noreturn]] void rule_level_error(lua_State* L, const std::string& message) {
  luaL_where(L, 1);
  lua_pushlstring(L, message.data(), message.size());
  lua_concat(L, 2);
  lua_error(L);
  std::abort();  // lua_error does not return
}

}  // namespace

pack_runtime::pack_runtime(state s, pack_meta meta)
    : state_(std::move(s)),
      meta_(std::move(meta)),
      evaluation_name_(meta_.region + " evaluation"),
      ctx_(std::make_unique<eval_context>()) {
  ctx_->meta = &meta_;
}

pack_runtime::~pack_runtime() = default;

namespace {

// Functions handed to rules as ctx.*; each states its stack contract.
template <class Ctx>
struct ctx_functions {
  // Pushes the parameter table for the current day.
  static void push_params(lua_State* L, Ctx* c) { lua_rawgeti(L, LUA_REGISTRYINDEX, c->params_ref); }

  // A declared parameter can still have no value yet on the day evaluated: say which.
  static std::string missing(Ctx* c, const std::string& name) {
    auto it = c->meta->parameters.find(name);
    if (it == c->meta->parameters.end() || it->second.values.empty()) return fmt::format("unknown parameter '{}'", name);
    return fmt::format("parameter '{}' has no value in force on {} (its first value is from {})", name, c->as_of,
                       it->second.values.front().since);
  }

  // stack: [name] -> [value]
  static int param(lua_State* L) {
    auto* c = context_of<Ctx>(L);
    const char* name = luaL_checkstring(L, 1);
    push_params(L, c);
    lua_pushvalue(L, 1);  // the interned name itself: no lookup of its text
    lua_rawget(L, -2);    // the params table is a plain table the host built: no metamethods
    if (lua_isnil(L, -1)) rule_level_error(L, missing(c, name));
    return 1;
  }

  // Resolves a threshold given as a number or as a parameter name; `param_name` is set to the
  // parameter's own name (found through the interned Lua string: no copy, no map search).
  // stack: [] -> []
  static json threshold_of(lua_State* L, Ctx* c, int idx, const std::string*& param_name) {
    if (lua_type(L, idx) == LUA_TSTRING) {
      push_params(L, c);
      lua_pushvalue(L, idx);
      lua_rawget(L, -2);
      if (lua_isnil(L, -1)) rule_level_error(L, missing(c, lua_tostring(L, idx)));
      json v = lua_isinteger(L, -1) ? json(lua_tointeger(L, -1))
               : lua_isnumber(L, -1)  ? json(lua_tonumber(L, -1))
                                      : json(nullptr);
      if (v.is_null()) rule_level_error(L, fmt::format("parameter '{}' is not a number", lua_tostring(L, idx)));
      lua_rawgeti(L, LUA_REGISTRYINDEX, c->param_names_ref);
      lua_pushvalue(L, idx);
      lua_rawget(L, -2);  // a value in force always has its declaration, hence its name
      param_name = static_cast<const std::string*>(lua_touserdata(L, -1));
      lua_pop(L, 4);
      return v;
    }
    if (lua_isinteger(L, idx)) return json(lua_tointeger(L, idx));
    if (lua_type(L, idx) == LUA_TNUMBER) return json(lua_tonumber(L, idx));
    rule_level_error(L, fmt::format("threshold must be a number or a parameter name, not {}", luaL_typename(L, idx)));
  }

  // The label of a check: it goes into JSON decisions and receipts, so it must be UTF-8 text of
  // at most max_label_bytes.
  // stack: [label, ...] -> [label, ...]
  static std::string_view label_of(lua_State* L) {
    std::size_t n = 0;
    const char* label = luaL_checklstring(L, 1, &n);
    if (n > max_label_bytes)
      raise_coded_error(L, codes::text_too_long,
                        fmt::format("text too long: check label is {} bytes (max {} bytes)", n, max_label_bytes));
    if (!valid_utf8({label, n})) rule_level_error(L, "check label is not valid UTF-8 text");
    return {label, n};
  }

  // Bytes a recorded check copies out of the state: the record, and its strings beyond the
  // short-string buffer.
  static std::size_t record_cost(std::string_view label, std::size_t value_bytes) {
    auto text = [](std::size_t n) { return n > 15 ? n + 1 : 0; };
    return sizeof(check_record) + text(label.size()) + value_bytes;
  }

  // Adds a check to the running rule's record (c->checks is set), after charging its copy to the
  // memory cap: a loop of checks ends in RULE004 instead of growing the process.
  static void record(lua_State* L, Ctx* c, std::size_t cost, check_record&& check) {
    charge_host_memory(L, cost);
    if (c->checks->empty()) c->checks->reserve(8);  // one allocation for a rule's usual checks
    c->checks->push_back(std::move(check));
  }

  template <int Op>
  static int compare(lua_State* L) {
    auto* c = context_of<Ctx>(L);
    const std::string_view label = label_of(L);
    const std::string* param_name = nullptr;
    const json threshold = threshold_of(L, c, 3, param_name);
    json value = nullptr;
    bool result = false;
    if (lua_type(L, 2) == LUA_TNUMBER) {
      const double v = lua_tonumber(L, 2);
      value = lua_isinteger(L, 2) ? json(lua_tointeger(L, 2)) : json(v);
      const double t = threshold.get<double>();
      switch (Op) {
        case 0: result = v >= t; break;
        case 1: result = v <= t; break;
        case 2: result = v > t; break;
        default: result = v < t; break;
      }
    } else if (!lua_isnil(L, 2)) {
      rule_level_error(L, fmt::format("'{}' must be a number or nil, not {}", label, luaL_typename(L, 2)));
    }
    if (c->checks) {
      static constexpr const char* ops[] = {">=", "<=", ">", "<"};
      record(L, c, record_cost(label, 0), check_record{std::string(label), std::move(value), ops[Op], threshold, param_name, result});
    }
    lua_pushboolean(L, result ? 1 : 0);
    return 1;
  }

  // stack: [label, value, expected] -> [boolean]
  static int equals(lua_State* L) {
    auto* c = context_of<Ctx>(L);
    const std::string_view label = label_of(L);
    const bool result = lua_rawequal(L, 2, 3) != 0;
    if (c->checks) {
      std::size_t copied = 0;
      auto scalar = [&](int idx) -> json {
        switch (lua_type(L, idx)) {
          case LUA_TBOOLEAN: return json(lua_toboolean(L, idx) != 0);
          case LUA_TSTRING: {
            const std::string_view text = view_string(L, idx);
            if (text.size() > max_text_bytes)
              raise_coded_error(L, codes::text_too_long,
                                fmt::format("text too long: ctx.equals('{}') records a string of {} bytes (max {} bytes)",
                                            label, text.size(), max_text_bytes));
            if (!valid_utf8(text)) rule_level_error(L, fmt::format("ctx.equals('{}'): a compared string is not valid UTF-8 text", label));
            copied += sizeof(std::string) + 16 + (text.size() > 15 ? text.size() + 1 : 0);  // a JSON string is on the heap
            return json(std::string(text));
          }
          case LUA_TNUMBER: return lua_isinteger(L, idx) ? json(lua_tointeger(L, idx)) : json(lua_tonumber(L, idx));
          default: return json(nullptr);
        }
      };
      json value = scalar(2);
      json expected = scalar(3);
      record(L, c, record_cost(label, copied), check_record{std::string(label), std::move(value), "==", std::move(expected), nullptr, result});
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

// Builds the ctx table with its functions. stack: [] -> [ctx_real]
template <class Ctx>
void push_ctx_table(lua_State* L, Ctx* c) {
  using F = ctx_functions<Ctx>;
  static const luaL_Reg functions[] = {
      // guarded: a C++ exception (bad_alloc, fmt) becomes a Lua error at the rule's line (S12)
      {"param", guarded<F::param>},
      {"at_least", guarded<F::template compare<0>>},
      {"at_most", guarded<F::template compare<1>>},
      {"above", guarded<F::template compare<2>>},
      {"below", guarded<F::template compare<3>>},
      {"equals", guarded<F::equals>},
      {"add_days", guarded<F::add_days>},
      {"days_between", guarded<F::days_between>},
      {nullptr, nullptr},
  };
  lua_createtable(L, 0, 16);
  lua_pushlightuserdata(L, c);
  luaL_setfuncs(L, functions, 1);
}

struct loaded_layer {
  std::string region;
  json meta;
};

}  // namespace

std::unique_ptr<pack_runtime> pack_runtime::load(const fs::path& rules_root, const std::string& region,
                                                 const limits& lim) {
  const std::string root_name = rules_root.filename().string();
  cases::require_region_name(region, "region");  // a name under the root, never a path out of it
  // Resolve the extends chain first (data only), refusing cycles and missing bases.
  state st(lim);
  std::vector<loaded_layer> chain;
  std::set<std::string> seen;
  std::string current = region;
  while (!current.empty()) {
    const fs::path file = rules_root / current / "pack.lua";
    const std::string shown = fmt::format("{}/{}/pack.lua", root_name, current);
    std::error_code ec;
    const bool present = fs::exists(file, ec);
    if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory)
      throw script_error(codes::load, shown, fmt::format("cannot read the file ({})", ec.message()), "");
    if (!present) {
      std::string known;
      for (const auto& r : list_regions(rules_root)) known += (known.empty() ? "" : ", ") + r;
      if (chain.empty())
        throw input_error("region", fmt::format("no rule pack '{}' under {} (available: {})", current,
                                                rules_root.string(), known.empty() ? "none" : known));
      throw script_error(codes::load, fmt::format("{}/{}/pack.lua", root_name, chain.back().region),
                         fmt::format("extends '{}', which is not a pack under {} (available: {})", current,
                                     rules_root.string(), known),
                         "");
    }
    if (!seen.insert(current).second) {
      std::string cycle;
      for (const auto& l : chain) cycle += l.region + " → ";
      throw script_error(codes::load, shown, fmt::format("extends cycle: {}{}", cycle, current), "");
    }
    const int ref = st.load_chunk(read_pack_file(file, shown), shown);
    json meta;
    std::optional<contract_problem> problem;
    st.protect(shown, [&](lua_State* L) {
      lua_rawgeti(L, LUA_REGISTRYINDEX, ref);  // [pack]
      if (!lua_istable(L, -1)) {
        problem = contract_problem{shown, fmt::format("must return a table, not {}", luaL_typename(L, -1))};
      } else {
        meta = to_json(L, -1, "pack");
      }
      lua_pop(L, 1);
      luaL_unref(L, LUA_REGISTRYINDEX, ref);
    });
    if (problem) throw_contract(*problem);
    std::string next;
    if (meta.contains("extends")) {
      if (!meta["extends"].is_string()) throw_contract({shown, "extends must be a region name (string)"});
      next = meta["extends"].get<std::string>();
      if (!cases::is_region_name(next))
        throw script_error(codes::load, shown,
                           fmt::format("extends '{}', which is not a region name (lowercase letters, digits, "
                                       "'-' and '_'; a folder beside this one, not a path)", next),
                           "");
    }
    chain.push_back({current, std::move(meta)});
    current = next;
  }

  pack_meta meta;
  meta.region = region;
  for (const auto& l : chain) meta.chain.push_back(l.region);
  const json& own = chain.front().meta;
  meta.name = localized_from(own.value("name", json()));
  meta.description = localized_from(own.value("description", json()));
  meta.version = own.value("version", std::string());
  std::vector<std::string> regions;
  for (const auto& l : chain) regions.push_back(l.region);
  std::map<std::string, std::string> digested;  // the modules are loaded from the bytes digested
  meta.digest = digest_packs(rules_root, regions, meta.files, &digested);

  // Merge layers base first, so a region's values override its base's.
  for (auto layer = chain.rbegin(); layer != chain.rend(); ++layer) {
    const std::string shown = fmt::format("{}/{}/pack.lua", root_name, layer->region);
    const json& m = layer->meta;
    if (m.contains("sources") && m["sources"].is_array())
      for (const auto& s : m["sources"])
        if (s.is_string()) meta.sources.push_back(s.get<std::string>());
    if (m.contains("in_force_from")) {
      const json& from = m["in_force_from"];
      if (!from.is_string() || !date::parse(from.get<std::string>()))
        throw_contract({shown, "in_force_from must be a date (\"YYYY-MM-DD\")"});
      meta.in_force_from = from.get<std::string>();
    }
    if (m.contains("rungs")) {
      if (!m["rungs"].is_object()) throw_contract({shown, "rungs must map stage names to lists of rungs"});
      for (auto it = m["rungs"].begin(); it != m["rungs"].end(); ++it) {
        auto s = cases::parse_stage(it.key());
        if (!s) throw_contract({shown, fmt::format("rungs: '{}' is not a stage", it.key())});
        std::vector<std::string> rungs;
        if (it->is_array())
          for (const auto& r : *it)
            if (r.is_string()) rungs.push_back(r.get<std::string>());
        if (!it->is_array() || rungs.size() != it->size())
          throw_contract({shown, fmt::format("rungs.{} must be a list of names", it.key())});
        meta.ladder.rungs[*s] = std::move(rungs);
      }
    }
    for (auto it = m.begin(); it != m.end(); ++it) {
      static const std::set<std::string> known = {"name", "description", "version", "extends", "sources", "in_force_from",
                                                  "rungs", "parameters", "disable"};
      if (known.count(it.key())) continue;
      // Other declarations (programs, referral_targets, …) merge by key, the region's over its base's.
      json& merged = meta.declarations[it.key()];
      if (merged.is_object() && it->is_object())
        merged.update(*it);
      else
        merged = *it;
    }
    if (m.contains("parameters")) {
      if (!m["parameters"].is_object()) throw_contract({shown, "parameters must be a table of named values"});
      for (auto it = m["parameters"].begin(); it != m["parameters"].end(); ++it) {
        parameter p;
        p.defined_in = layer->region;
        if (is_dated(*it)) {
          for (auto d = it->begin(); d != it->end(); ++d) p.values.push_back({d.key(), *d});
        } else {
          p.values.push_back({"", *it});
        }
        meta.parameters[it.key()] = std::move(p);
      }
    }
  }

  // Load the rule modules, base first; a region's rule with a base rule's id replaces it in place.
  std::set<std::string> disabled;
  if (own.contains("disable") && own["disable"].is_array())
    for (const auto& id : own["disable"])
      if (id.is_string()) disabled.insert(id.get<std::string>());
  for (std::size_t module_index = 0; module_index < module_names().size(); ++module_index) {
    const std::string& module = module_names()[module_index];
    for (auto layer = chain.rbegin(); layer != chain.rend(); ++layer) {
      const std::string shown = fmt::format("{}/{}/{}.lua", root_name, layer->region, module);
      const auto source = digested.find(shown);
      if (source == digested.end()) continue;  // this layer has no such module
      const int ref = st.load_chunk(source->second, shown, refuse_module_local_writes);
      std::optional<contract_problem> problem;
      std::vector<rule_info> found;
      st.protect(shown, [&](lua_State* L) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, ref);  // [module]
        luaL_unref(L, LUA_REGISTRYINDEX, ref);
        if (!lua_istable(L, -1)) {
          problem = contract_problem{shown, fmt::format("must return a list of rules, not {}", luaL_typename(L, -1))};
          lua_pop(L, 1);
          return;
        }
        const auto n = static_cast<lua_Integer>(lua_rawlen(L, -1));
        for (lua_Integer i = 1; i <= n && !problem; ++i) {
          lua_rawgeti(L, -1, i);  // [module, rule]
          const std::string where = fmt::format("{}: rule #{}", shown, i);
          if (!lua_istable(L, -1)) {
            problem = contract_problem{shown, fmt::format("rule #{} must be a table, not {}", i, luaL_typename(L, -1))};
            lua_pop(L, 1);
            break;
          }
          rule_info r;
          r.module = module;
          r.kind = static_cast<module_kind>(module_index);  // module_names() follows module_kind
          r.file = shown;
          r.defined_in = layer->region;
          lua_pushliteral(L, "id");
          lua_rawget(L, -2);
          if (lua_type(L, -1) == LUA_TSTRING) r.id = lua_tostring(L, -1);
          lua_pop(L, 1);
          lua_pushliteral(L, "decide");
          lua_rawget(L, -2);  // [module, rule, decide]
          if (r.id.empty()) {
            problem = contract_problem{shown, fmt::format("rule #{} has no id (a string)", i)};
          } else if (!valid_utf8(r.id)) {
            problem = contract_problem{shown, fmt::format("rule #{} has an id that is not valid UTF-8 text", i)};
          } else if (!lua_isfunction(L, -1)) {
            problem = contract_problem{shown, fmt::format("rule {} has no decide function (case, ctx)", r.id)};
          } else {
            lua_Debug ar;
            lua_pushvalue(L, -1);
            lua_getinfo(L, ">S", &ar);
            r.line = ar.linedefined;
            r.where = fmt::format("{}:{}", shown, r.line);
            r.ref = luaL_ref(L, LUA_REGISTRYINDEX);  // pops the function
            lua_pushnil(L);                           // keep the stack shape for the pop below
          }
          lua_pop(L, 1);  // [module, rule]
          if (!problem) {
            lua_pushliteral(L, "title");
            lua_rawget(L, -2);
            if (lua_istable(L, -1)) r.title = localized_from(to_json(L, -1, r.id + ".title"));
            lua_pop(L, 1);
            lua_pushliteral(L, "source");
            lua_rawget(L, -2);
            if (lua_type(L, -1) == LUA_TSTRING) r.source = lua_tostring(L, -1);
            lua_pop(L, 1);
            if (!valid_utf8(r.source))
              problem = contract_problem{shown, fmt::format("rule {}: source is not valid UTF-8 text", r.id)};
            lua_pushliteral(L, "allows_skip");
            lua_rawget(L, -2);
            r.allows_skip = lua_toboolean(L, -1) != 0;
            lua_pop(L, 1);
            found.push_back(std::move(r));
          }
          lua_pop(L, 1);  // [module]
        }
        lua_pop(L, 1);  // []
        if (problem) return;
        // What the rules can reach stays as the module left it (module_state.hpp).
        std::vector<std::pair<int, std::string>> roots;
        roots.reserve(found.size());
        for (const auto& r : found) roots.emplace_back(r.ref, r.id);
        freeze_module_state(L, roots);
      });
      if (problem) throw_contract(*problem);
      for (auto& r : found) {
        auto same = std::find_if(meta.rules.begin(), meta.rules.end(), [&](const rule_info& x) { return x.id == r.id; });
        if (same != meta.rules.end() && same->defined_in == r.defined_in)
          throw_contract({shown, fmt::format("duplicate rule id {} (also at {}:{})", r.id, same->file, same->line)});
        if (same != meta.rules.end())
          *same = std::move(r);
        else
          meta.rules.push_back(std::move(r));
      }
    }
  }
  std::erase_if(meta.rules, [&](const rule_info& r) { return disabled.count(r.id) > 0; });
  meta.disabled.assign(disabled.begin(), disabled.end());

  auto runtime = std::unique_ptr<pack_runtime>(new pack_runtime(std::move(st), std::move(meta)));
  auto* c = runtime->ctx_.get();
  runtime->state_.protect("ctx", [&](lua_State* L) {
    push_ctx_table(L, c);                              // [ctx]
    lua_pushlstring(L, runtime->meta_.region.data(), runtime->meta_.region.size());
    lua_setfield(L, -2, "region");
    c->ctx_proxy_ref = make_proxy_ref(L, -1, "ctx");
    c->ctx_real_ref = luaL_ref(L, LUA_REGISTRYINDEX);  // []
    lua_createtable(L, 0, static_cast<int>(runtime->meta_.parameters.size()));  // [names]
    for (const auto& [name, p] : runtime->meta_.parameters) {
      lua_pushlightuserdata(L, const_cast<std::string*>(&name));  // the map never moves its keys
      lua_setfield(L, -2, name.c_str());
    }
    c->param_names_ref = luaL_ref(L, LUA_REGISTRYINDEX);  // []
  });
  return runtime;
}

std::string pack_runtime::current_digest(const fs::path& rules_root, const std::vector<std::string>& chain) {
  std::vector<std::string> files;
  return digest_packs(rules_root, chain, files);
}

std::vector<rule_run> pack_runtime::evaluate(const eval_input& in) {
  std::vector<rule_run> runs(meta_.rules.size());
  const rule_info* running = nullptr;
  bool converting = false;  // turning the running rule's outcome into JSON
  auto* c = ctx_.get();
  const std::string& what = evaluation_name_;
  try {
    state_.protect(what, [&](lua_State* L) {
      // The parameters in force change only on the dates their values take effect, so every day
      // from one such date to the next shares one table: cache it under that date ("" before any).
      if (!c->effective_dates_known) {
        for (const auto& [name, p] : meta_.parameters)
          for (const auto& v : p.values)
            if (!v.since.empty()) c->effective_dates.push_back(v.since);
        std::sort(c->effective_dates.begin(), c->effective_dates.end());
        c->effective_dates.erase(std::unique(c->effective_dates.begin(), c->effective_dates.end()),
                                 c->effective_dates.end());
        c->effective_dates_known = true;
      }
      // Period k runs from the k-th effective date (k = 0: before the first) to the next one.
      const auto period = static_cast<std::size_t>(
          std::upper_bound(c->effective_dates.begin(), c->effective_dates.end(), in.as_of) - c->effective_dates.begin());
      if (c->params_by_period.size() <= c->effective_dates.size())
        c->params_by_period.assign(c->effective_dates.size() + 1, LUA_NOREF);
      int& cached = c->params_by_period[period];
      if (cached == LUA_NOREF) {
        lua_createtable(L, 0, static_cast<int>(meta_.parameters.size()));  // [params]
        for (const auto& [name, p] : meta_.parameters) {
          if (const json* v = p.in_force(in.as_of)) {
            // Read-only: this table serves every evaluation of the period, so a rule changing a
            // list parameter would change it for the evaluations after it.
            push_readonly(L, *v, fmt::format("parameter '{}'", name).c_str());
            lua_setfield(L, -2, name.c_str());
          }
        }
        cached = luaL_ref(L, LUA_REGISTRYINDEX);  // []
      }
      c->params_ref = cached;
      c->as_of = in.as_of;
      lua_rawgeti(L, LUA_REGISTRYINDEX, c->ctx_real_ref);  // [ctx]
      lua_pushlstring(L, in.as_of.data(), in.as_of.size());
      lua_setfield(L, -2, "as_of");
      // The ladder view depends on the position only, and its proxies are immutable: build them
      // once per distinct view and share them between evaluations.
      const std::string computed_key = in.ladder_key.empty() ? view_key(*in.ladder_view) : std::string();
      const std::string_view ladder_key = in.ladder_key.empty() ? std::string_view(computed_key) : in.ladder_key;
      auto ladder = c->ladder_cache.find(ladder_key);
      if (ladder == c->ladder_cache.end()) {
        if (c->ladder_cache.size() >= 64) {
          for (const auto& [_, entry] : c->ladder_cache) luaL_unref(L, LUA_REGISTRYINDEX, entry.ref);
          c->ladder_cache.clear();
          c->ladder_ref = LUA_NOREF;  // ladder_fields still says what ctx holds
        }
        eval_context::ladder_entry entry;
        lua_createtable(L, static_cast<int>(in.ladder_view->size()), 0);  // [ctx, values]
        for (auto it = in.ladder_view->begin(); it != in.ladder_view->end(); ++it) {
          push_readonly(L, *it, ("ctx." + it.key()).c_str());  // errors name ctx.position.stage
          entry.fields.push_back(it.key());
          lua_rawseti(L, -2, static_cast<lua_Integer>(entry.fields.size()));
        }
        entry.ref = luaL_ref(L, LUA_REGISTRYINDEX);  // [ctx]
        ladder = c->ladder_cache.emplace(std::string(ladder_key), std::move(entry)).first;
      }
      if (c->ladder_ref != ladder->second.ref) {
        const auto& fields = ladder->second.fields;
        // Fields of the previous view that this one lacks (no `up` at the top) must not linger.
        for (const auto& old : c->ladder_fields)
          if (std::find(fields.begin(), fields.end(), old) == fields.end()) {
            lua_pushnil(L);
            lua_setfield(L, -2, old.c_str());
          }
        lua_rawgeti(L, LUA_REGISTRYINDEX, ladder->second.ref);  // [ctx, values]
        for (std::size_t i = 0; i < fields.size(); ++i) {
          lua_rawgeti(L, -1, static_cast<lua_Integer>(i + 1));  // [ctx, values, v]
          lua_setfield(L, -3, fields[i].c_str());               // ctx[field] = v
        }
        lua_pop(L, 1);                                          // [ctx]
        c->ladder_fields = fields;
        c->ladder_ref = ladder->second.ref;
      }
      lua_pop(L, 1);                                      // []
      if (in.write_case) {                                // [case]
        {
          readonly_builder builder(L, "case", &c->case_pool);
          in.write_case(builder);
        }
        if (in.deferred_fields) {
          if (!c->case_fields || c->case_fields->fields() != *in.deferred_fields)
            c->case_fields = std::make_unique<lazy_view>("case", *in.deferred_fields);
          c->case_fields->arm(L, &in.write_field);
        }
      } else {
        push_readonly(L, in.case_view, "case");
      }
      lua_rawgeti(L, LUA_REGISTRYINDEX, c->ctx_proxy_ref);  // [case, ctx]
      if (in.profile && in.profile->size() != meta_.rules.size()) in.profile->assign(meta_.rules.size(), rule_cost{});
      // Every string of an outcome is capped, and its JSON copy counts against the memory cap.
      static const json_limits outcome_limits{max_text_bytes, true};
      for (std::size_t i = 0; i < meta_.rules.size(); ++i) {
        const rule_info& rule = meta_.rules[i];
        running = &rule;
        runs[i].rule = &rule;
        c->checks = &runs[i].checks;
        const auto started = in.profile ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point{};
        const std::int64_t ticks_before = budget_of(L).ticks_left;
        lua_rawgeti(L, LUA_REGISTRYINDEX, rule.ref);  // [case, ctx, decide]
        lua_pushvalue(L, -3);
        lua_pushvalue(L, -3);
        lua_call(L, 2, 1);                            // [case, ctx, outcome]
        // A rule that caught the budget error and returned at once (`return pcall(loop)`, a
        // tail call) ran no instruction for the re-armed hook to stop: fail it here, or the
        // error would surface in the next rule and blame that one.
        if (budget_of(L).exhausted) raise_budget_exhausted(L, 0);
        converting = true;
        if (!lua_isnil(L, -1)) runs[i].outcome = to_json(L, -1, rule.id, outcome_limits);
        converting = false;
        if (in.profile) {
          rule_cost& cost = (*in.profile)[i];
          cost.nanoseconds += std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - started).count();
          cost.instructions += ticks_before - budget_of(L).ticks_left;
          ++cost.calls;
        }
        lua_pop(L, 1);                                // [case, ctx]
      }
      running = nullptr;
      c->checks = nullptr;
      if (c->case_fields) c->case_fields->disarm();
      lua_pop(L, 2);  // []
    });
  } catch (const script_error& e) {
    c->checks = nullptr;
    if (c->case_fields) c->case_fields->disarm();
    if (!running) throw;
    // Errors without a line of their own (memory, a caught budget error) point at the rule.
    const bool unlocated = e.location().empty() || e.location() == what;
    // An outcome that cannot become JSON (NaN, a function, a cycle, bad UTF-8) has the wrong shape.
    const bool shape = converting && e.code() == codes::runtime;
    throw script_error(shape ? codes::contract : e.code(),
                       unlocated ? fmt::format("{}:{}", running->file, running->line) : e.location(),
                       fmt::format("{} (rule {})", e.message(), running->id), e.traceback());
  }
  // Step rules keep their checks even when they did not fire: they say what would flip the
  // decision. Other modules' misses only matter to --explain.
  if (!in.explain)
    for (auto& r : runs)
      if (r.outcome.is_null() && r.rule->kind != module_kind::stepup) r.checks.clear();
  return runs;
}

}  // namespace hashigo::lua
