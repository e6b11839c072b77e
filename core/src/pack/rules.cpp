#include "pack/rules.hpp"

#include "pack/bibliography.hpp"
#include "pack/keys.hpp"

#include "lua/convert.hpp"
#include "lua/module_state.hpp"
#include "lua/stack.hpp"

#include <fmt/format.h>
#include <lua.hpp>

#include <algorithm>
#include <array>
#include <set>

namespace hashigo::pack {

using nlohmann::json;
using lua::script_error;
namespace codes = lua::codes;

namespace {

// The file a rule is in and the line of its decide, as RULE005 names them.
struct rule_place {
  const std::string& file;
  int line = 0;
  std::string location() const { return line > 0 ? fmt::format("{}:{}", file, line) : file; }
};

[[noreturn]] void wrong_shape(const std::string& location, const std::string& message) {
  throw script_error(codes::contract, location, message, "");
}

// What one module file says of one rule, before it meets the rules of the bases.
struct declared_rule {
  rule r;
  int decide = LUA_NOREF;
  bool says_allows_skip = false;  // the table has the key: a replacement keeps it as written
  bool says_applies_to = false;
};

// One list of `applies_to` (stages or statuses): codes parsed by `parse`, kept in the order of
// `all` (the ladder's order for stages), each once.
template <typename Code, std::size_t N, typename Parse>
std::vector<Code> scope_list(const json& list, const std::array<Code, N>& all, Parse parse, const std::string& where,
                             const std::string& what) {
  std::string names;
  for (const auto c : all) names += (names.empty() ? "" : ", ") + std::string(to_string(c));
  if (!list.is_array() || list.empty())
    wrong_shape(where, fmt::format("{} must be a list naming at least one of {}", what, names));
  std::vector<Code> found;
  for (const auto& item : list) {
    const auto code = item.is_string() ? parse(item.get<std::string>()) : std::nullopt;
    if (!code)
      wrong_shape(where, fmt::format("{}: {} is not one of {}", what, item.is_string() ? "'" + item.get<std::string>() + "'" : item.dump(), names));
    if (std::find(found.begin(), found.end(), *code) == found.end()) found.push_back(*code);
  }
  std::vector<Code> ordered;
  for (const auto c : all)
    if (std::find(found.begin(), found.end(), c) != found.end()) ordered.push_back(c);
  return ordered;
}

// `applies_to = { stages = { … }, statuses = { … } }`: either list may be left out, not both.
rule_scope read_scope(const json& j, const std::string& where, const std::string& rule_id) {
  const std::string shape = "{ stages = { \"life\", … }, statuses = { \"in_support\", … } }";
  if (!j.is_object() || j.empty())
    wrong_shape(where, fmt::format("rule {}: applies_to must be {}", rule_id, shape));
  static const std::vector<std::string> keys = {"stages", "statuses"};
  if (const std::string* key = first_unknown_key(j, keys))
    wrong_shape(where, fmt::format("rule {}: applies_to: {}", rule_id, unknown_key_message(*key, keys)));
  rule_scope scope;
  std::vector<cases::stage> stages;
  std::vector<cases::process_status> statuses;
  if (j.contains("stages"))
    stages = scope_list(j["stages"], cases::all_stages, [](const std::string& c) { return cases::parse_stage(c); }, where,
                        fmt::format("rule {}: applies_to.stages", rule_id));
  if (j.contains("statuses"))
    statuses = scope_list(j["statuses"], cases::all_process_statuses,
                          [](const std::string& c) { return cases::parse_process_status(c); }, where,
                          fmt::format("rule {}: applies_to.statuses", rule_id));
  scope.assign(std::move(stages), std::move(statuses));
  return scope;
}

// The string keys of the table at `idx`, sorted (Lua's traversal order varies from run to run);
// `other` is set when a key is not a string.
// stack: [] -> []
std::vector<std::string> keys_of(lua_State* L, int idx, bool& other) {
  idx = lua_absindex(L, idx);
  std::vector<std::string> keys;
  other = false;
  lua_pushnil(L);
  while (lua_next(L, idx) != 0) {
    lua_pop(L, 1);  // [key]
    if (lua_type(L, -1) == LUA_TSTRING)
      keys.emplace_back(lua::view_string(L, -1));
    else
      other = true;
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

// stack: [] -> []   (the field of the table at `idx`, raw)
int field_type(lua_State* L, int idx, const char* key) {
  lua_pushstring(L, key);
  const int type = lua_rawget(L, idx);
  lua_pop(L, 1);
  return type;
}

// Reads the rule table at the top of the stack (rule #i of `file`).
// stack: [rule] -> [rule]
declared_rule read_rule(lua_State* L, lua_Integer i, const std::string& file, const std::string& region,
                        module_kind kind, const summary& meta) {
  const int t = lua_gettop(L);
  declared_rule d;
  rule& r = d.r;
  r.module = kind == module_kind::matching ? matching_module : module_names()[static_cast<std::size_t>(kind)];
  r.kind = kind;
  r.file = file;
  r.defined_in = region;
  lua_pushliteral(L, "id");
  if (lua_rawget(L, t) == LUA_TSTRING) r.id = lua::view_string(L, -1);
  lua_pop(L, 1);
  lua_pushliteral(L, "decide");
  const bool has_decide = lua_rawget(L, t) == LUA_TFUNCTION;
  if (has_decide) {
    lua_Debug ar;
    lua_pushvalue(L, -1);
    lua_getinfo(L, ">S", &ar);
    r.line = ar.linedefined;
  }
  lua_pop(L, 1);
  const rule_place at{file, r.line};
  if (r.id.empty()) wrong_shape(at.location(), fmt::format("rule #{} has no id (a string)", i));
  if (!lua::valid_utf8(r.id)) wrong_shape(at.location(), fmt::format("rule #{} has an id that is not valid UTF-8 text", i));
  bool other_keys = false;
  for (const auto& key : keys_of(L, t, other_keys)) {
    if (key == "source")
      wrong_shape(at.location(), fmt::format("rule {}: 'source' is no longer read; cite documents of the bibliography "
                                             "with references = {{ {{ id = \"jiritsu_ho\", section = \"第3条\" }} }} and "
                                             "say the rest in note = \"…\"",
                                             r.id));
    if (std::find(rule_keys().begin(), rule_keys().end(), key) == rule_keys().end())
      wrong_shape(at.location(), fmt::format("rule {}: {}", r.id, unknown_key_message(key, rule_keys())));
  }
  if (other_keys) wrong_shape(at.location(), fmt::format("rule {}: every key of a rule is a field name (id, title, …)", r.id));
  if (!has_decide && field_type(L, t, "decide") != LUA_TNIL)
    wrong_shape(at.location(), fmt::format("rule {}: decide must be a function ({})", r.id,
                                           kind == module_kind::matching ? "case, task, ctx" : "case, ctx"));
  r.where = at.location();

  const int title = field_type(L, t, "title");
  if (title == LUA_TTABLE) {
    lua_getfield(L, t, "title");
    const json j = lua::to_json(L, -1, r.id + ".title");
    lua_pop(L, 1);
    if (!j.is_object()) wrong_shape(at.location(), fmt::format("rule {}: title must be {{ ja = \"…\", en = \"…\" }}", r.id));
    if (const std::string* key = first_unknown_key(j, localized_keys()))
      wrong_shape(at.location(), fmt::format("rule {}: title: {}", r.id, unknown_key_message(*key, localized_keys())));
    for (const auto& [lang, text] : j.items())
      if (!text.is_string()) wrong_shape(at.location(), fmt::format("rule {}: title.{} must be a string", r.id, lang));
    r.title.ja = j.value("ja", std::string());
    r.title.en = j.value("en", std::string());
  } else if (title != LUA_TNIL) {
    wrong_shape(at.location(), fmt::format("rule {}: title must be {{ ja = \"…\", en = \"…\" }}", r.id));
  }
  if (field_type(L, t, "references") != LUA_TNIL) {
    lua_getfield(L, t, "references");
    const json list = lua::to_json(L, -1, r.id + ".references");
    lua_pop(L, 1);
    r.references = resolve_references(meta, list, at.location(), fmt::format("rule {}: references", r.id));
  }
  if (field_type(L, t, "note") != LUA_TNIL) {
    lua_getfield(L, t, "note");
    const json note = lua::to_json(L, -1, r.id + ".note");
    lua_pop(L, 1);
    r.note = note_from(note, at.location(), fmt::format("rule {}: note", r.id));
  }
  const int skip = field_type(L, t, "allows_skip");
  d.says_allows_skip = skip != LUA_TNIL;
  if (skip != LUA_TNIL && skip != LUA_TBOOLEAN)
    wrong_shape(at.location(), fmt::format("rule {}: allows_skip must be true or false", r.id));
  lua_getfield(L, t, "allows_skip");
  r.allows_skip = lua_toboolean(L, -1) != 0;
  lua_pop(L, 1);
  if (field_type(L, t, "supersedes") != LUA_TNIL) {
    if (kind != module_kind::stepup)
      wrong_shape(at.location(), fmt::format("rule {}: supersedes is for step rules (stepup.lua): it drops the "
                                             "proposals of the step rules it names when this one fires",
                                             r.id));
    lua_getfield(L, t, "supersedes");
    const json list = lua::to_json(L, -1, r.id + ".supersedes");
    lua_pop(L, 1);
    std::set<std::string> seen;
    for (const auto& id : list.is_array() ? list : json::array({json()})) {
      if (!id.is_string())
        wrong_shape(at.location(), fmt::format("rule {}: supersedes must be a list of rule ids ({{ \"SU-02\", … }})", r.id));
      if (id.get<std::string>() == r.id) wrong_shape(at.location(), fmt::format("rule {} supersedes itself", r.id));
      if (seen.insert(id.get<std::string>()).second) r.supersedes.push_back(id.get<std::string>());
    }
  }
  if (field_type(L, t, "applies_to") != LUA_TNIL) {
    lua_getfield(L, t, "applies_to");
    const json scope = lua::to_json(L, -1, r.id + ".applies_to");
    lua_pop(L, 1);
    r.applies_to = read_scope(scope, at.location(), r.id);
    d.says_applies_to = true;
  }
  if (has_decide) {
    lua_pushliteral(L, "decide");
    lua_rawget(L, t);
    d.decide = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  return d;
}

// The `base` an overriding rule receives: base(case, ctx) runs the rule it replaced, which gets
// its own base in turn. Upvalues: the replaced decide, the replaced rule's base (or nil).
// stack: [case, ctx, ...] -> [outcome]
int call_base(lua_State* L) {
  lua_settop(L, 2);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);  // [decide, case, ctx]
  lua_pushvalue(L, lua_upvalueindex(2));
  lua_call(L, 3, 1);
  return 1;
}

// The same for a matching criterion: base(case, task, ctx).
// stack: [case, task, ctx, ...] -> [outcome]
int call_criterion_base(lua_State* L) {
  lua_settop(L, 3);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);  // [decide, case, task, ctx]
  lua_pushvalue(L, lua_upvalueindex(2));
  lua_call(L, 4, 1);
  return 1;
}

// What a replacement leaves out, it says as the rule it replaces does: a region that narrows a
// rule through `base` keeps its title, references, note and skip without copying them.
void keep_unsaid(declared_rule& d, const rule& replaced) {
  rule& r = d.r;
  if (r.title.ja.empty() && r.title.en.empty()) r.title = replaced.title;
  // The note speaks of the references it stands beside: it goes with them.
  if (r.references.empty() && r.note.ja.empty() && r.note.en.empty()) {
    r.references = replaced.references;
    r.note = replaced.note;
  }
  if (!d.says_allows_skip) r.allows_skip = replaced.allows_skip;
  // The scope is a promise about the replaced rule's own conditions: a replacement with a decide
  // of its own makes none until it says so.
  if (!d.says_applies_to && d.decide == LUA_NOREF) r.applies_to = replaced.applies_to;
}

// Adds the rules one module file declared: new ids at the end, a base rule's id in its place.
// stack: [] -> []
void merge(lua_State* L, std::vector<declared_rule>& declared, std::vector<rule>& rules, std::vector<rule_functions>& fns) {
  for (auto& d : declared) {
    rule& r = d.r;
    const auto same = std::find_if(rules.begin(), rules.end(), [&](const rule& x) { return x.id == r.id; });
    if (d.decide == LUA_NOREF && same == rules.end())
      wrong_shape(r.where, fmt::format("rule {} has no decide function (case, ctx); only a rule that replaces a base "
                                       "rule of the same id may leave it out, to change what the rule declares",
                                       r.id));
    if (same == rules.end()) {
      rules.push_back(std::move(r));
      fns.push_back({d.decide, LUA_NOREF});
      continue;
    }
    if (same->defined_in == r.defined_in)
      wrong_shape(r.where, fmt::format("duplicate rule id {} (also at {})", r.id, same->where));
    if (same->kind != r.kind)
      wrong_shape(r.where, fmt::format("rule {} replaces {}'s rule of the same id in {}.lua ({}): write the replacement "
                                       "in {}.lua",
                                       r.id, same->defined_in, same->module, same->where, same->module));
    auto& fn = fns[static_cast<std::size_t>(same - rules.begin())];
    // A replacement keeps what the replaced rule supersedes, and may add to it.
    std::vector<std::string> supersedes = same->supersedes;
    for (const auto& id : r.supersedes)
      if (std::find(supersedes.begin(), supersedes.end(), id) == supersedes.end()) supersedes.push_back(id);
    r.supersedes = std::move(supersedes);
    if (std::find(r.supersedes.begin(), r.supersedes.end(), r.id) != r.supersedes.end())
      wrong_shape(r.where, fmt::format("rule {} supersedes itself", r.id));
    if (d.decide == LUA_NOREF) {  // the declaration changes; the decision is the base's
      keep_unsaid(d, *same);
      r.replaces = same->defined_in;
      *same = std::move(r);
      continue;
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, fn.decide);
    if (fn.base != LUA_NOREF)
      lua_rawgeti(L, LUA_REGISTRYINDEX, fn.base);
    else
      lua_pushnil(L);
    lua_pushcclosure(L, r.kind == module_kind::matching ? call_criterion_base : call_base, 2);
    const int base = luaL_ref(L, LUA_REGISTRYINDEX);
    luaL_unref(L, LUA_REGISTRYINDEX, fn.decide);  // the closure holds what it calls
    luaL_unref(L, LUA_REGISTRYINDEX, fn.base);
    fn = {d.decide, base};
    keep_unsaid(d, *same);
    r.replaces = same->defined_in;
    *same = std::move(r);
  }
}

}  // namespace

namespace {

// Loads `module` of every layer of the chain into `rules` (base first, replacements in place).
void load_module(lua::state& st, const std::string& root_name, summary& out, const pack_files& files, const std::string& module,
                 module_kind kind, std::vector<rule>& rules, std::vector<rule_functions>& fns) {
  for (auto region = out.chain.rbegin(); region != out.chain.rend(); ++region) {
    const std::string shown = fmt::format("{}/{}/{}.lua", root_name, *region, module);
    const auto source = files.bytes.find(shown);
    if (source == files.bytes.end()) continue;  // this layer has no such module
    const int ref = st.load_chunk(source->second, shown, lua::refuse_module_local_writes);
    st.protect(shown, [&](lua_State* L) {
      lua_rawgeti(L, LUA_REGISTRYINDEX, ref);  // [module]
      luaL_unref(L, LUA_REGISTRYINDEX, ref);
      if (!lua_istable(L, -1)) wrong_shape(shown, fmt::format("must return a list of rules, not {}", luaL_typename(L, -1)));
      const auto n = static_cast<lua_Integer>(lua_rawlen(L, -1));
      lua_pushnil(L);
      while (lua_next(L, -2) != 0) {  // [module, key, value]
        lua_pop(L, 1);
        const bool listed = lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 1 && lua_tointeger(L, -1) <= n;
        if (!listed) {
          lua_pop(L, 1);
          wrong_shape(shown, "must return a list of rules { {…}, {…} } (a table with other keys than 1, 2, …)");
        }
      }
      std::vector<declared_rule> declared;
      for (lua_Integer i = 1; i <= n; ++i) {
        lua_rawgeti(L, -1, i);  // [module, rule]
        if (!lua_istable(L, -1))
          wrong_shape(shown, fmt::format("rule #{} must be a table, not {}", i, luaL_typename(L, -1)));
        declared.push_back(read_rule(L, i, shown, *region, kind, out));
        lua_pop(L, 1);  // [module]
      }
      lua_pop(L, 1);  // []
      // What the rules can reach stays as the module left it (lua/module_state.hpp).
      std::vector<std::pair<int, std::string>> roots;
      roots.reserve(declared.size());
      for (const auto& d : declared)
        if (d.decide != LUA_NOREF) roots.emplace_back(d.decide, d.r.id);
      lua::freeze_module_state(L, roots);
      merge(L, declared, rules, fns);
    });
  }
}

// Drops the rules `out.disabled` names from `rules` and their functions.
void apply_disable(lua::state& st, const summary& out, std::vector<rule>& rules, std::vector<rule_functions>& fns) {
  std::set<std::string> disabled(out.disabled.begin(), out.disabled.end());
  std::size_t kept = 0;
  st.protect("disable", [&](lua_State* L) {
    for (std::size_t i = 0; i < rules.size(); ++i) {
      if (disabled.count(rules[i].id)) {
        luaL_unref(L, LUA_REGISTRYINDEX, fns[i].decide);
        luaL_unref(L, LUA_REGISTRYINDEX, fns[i].base);
        continue;
      }
      if (kept != i) {  // a self-move would leave the rule moved-from
        rules[kept] = std::move(rules[i]);
        fns[kept] = fns[i];
      }
      ++kept;
    }
  });
  rules.resize(kept);
  fns.resize(kept);
}

}  // namespace

std::vector<rule_functions> load_rules(lua::state& st, const std::string& root_name, summary& out, const pack_files& files) {
  std::vector<rule_functions> fns;
  for (std::size_t module_index = 0; module_index < module_names().size(); ++module_index)
    load_module(st, root_name, out, files, module_names()[module_index], static_cast<module_kind>(module_index), out.rules, fns);
  apply_disable(st, out, out.rules, fns);
  return fns;
}

std::vector<rule_functions> load_criteria(lua::state& st, const std::string& root_name, summary& out, const pack_files& files) {
  std::vector<rule_functions> fns;
  load_module(st, root_name, out, files, matching_module, module_kind::matching, out.criteria, fns);
  apply_disable(st, out, out.criteria, fns);
  return fns;
}

}  // namespace hashigo::pack
