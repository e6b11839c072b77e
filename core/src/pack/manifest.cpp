#include "pack/manifest.hpp"

#include "pack/bibliography.hpp"
#include "pack/files.hpp"
#include "pack/keys.hpp"

#include "lua/convert.hpp"

#include <hashigo/case/validate.hpp>
#include <hashigo/date.hpp>
#include <hashigo/error.hpp>

#include <fmt/format.h>
#include <lua.hpp>

#include <algorithm>
#include <set>

namespace hashigo::pack {

namespace fs = std::filesystem;
using nlohmann::json;
using lua::script_error;
namespace codes = lua::codes;

namespace {

[[noreturn]] void wrong_shape(const std::string& file, const std::string& message) {
  throw script_error(codes::contract, file, message, "");
}

// A Lua table with no entries converts to an empty JSON array; where a table of names is expected
// it is an empty one.
bool is_table(const json& v) { return v.is_object() || (v.is_array() && v.empty()); }

// Refuses a key of `table` outside `known`; `where` prefixes the message ("programs.farm: ").
void refuse_unknown_keys(const std::string& file, const std::string& where, const json& table,
                         const std::vector<std::string>& known) {
  if (const std::string* key = first_unknown_key(table, known))
    wrong_shape(file, where + unknown_key_message(*key, known));
}

// `{ ja = …, en = … }` or one string for both languages.
cases::localized localized_from(const std::string& file, const std::string& field, const json& j) {
  cases::localized out;
  if (j.is_string()) {
    out.ja = out.en = j.get<std::string>();
    return out;
  }
  if (!j.is_object()) wrong_shape(file, fmt::format("{} must be {{ ja = \"…\", en = \"…\" }} or a string", field));
  refuse_unknown_keys(file, field + ": ", j, localized_keys());
  for (const auto& [key, text] : j.items())
    if (!text.is_string()) wrong_shape(file, fmt::format("{}.{} must be a string", field, key));
  out.ja = j.value("ja", std::string());
  out.en = j.value("en", std::string());
  return out;
}

std::vector<std::string> string_list(const std::string& file, const std::string& field, const json& v) {
  std::vector<std::string> out;
  if (v.is_array())
    for (const auto& s : v)
      if (s.is_string()) out.push_back(s.get<std::string>());
  if (!v.is_array() || out.size() != v.size()) wrong_shape(file, fmt::format("{} must be a list of strings", field));
  return out;
}

bool is_dated(const json& v) {
  if (!v.is_object() || v.empty()) return false;
  for (auto it = v.begin(); it != v.end(); ++it)
    if (!date::parse(it.key())) return false;
  return true;
}

void set_values(parameter& p, const json& v) {
  if (is_dated(v)) {
    for (auto d = v.begin(); d != v.end(); ++d) p.values.push_back({d.key(), *d});
  } else {
    p.values.push_back({"", v});
  }
}

// One parameter of one layer. The described form `{ value = …, unit = …, basis = …, note = …,
// references = … }` says what the value is and where it comes from; a plain value is only a
// value: it keeps the unit of the base's parameter it overrides but not its basis, which spoke
// for the base's value.
parameter parameter_from(const manifest_layer& l, const std::string& name, const json& v, const summary& meta,
                         const parameter* base) {
  parameter p;
  p.name = name;
  p.defined_in = l.region;
  p.file = l.file;
  const std::string field = "parameters." + name;
  if (!v.is_object() || !v.contains("value")) {
    set_values(p, v);
    if (base) p.unit = base->unit;
    return p;
  }
  refuse_unknown_keys(l.file, field + ": ", v, described_parameter_keys());
  set_values(p, v["value"]);
  const auto word = [&](const char* key) -> std::string {
    if (!v.contains(key)) return {};
    if (!v[key].is_string()) wrong_shape(l.file, fmt::format("{}.{} must be a string", field, key));
    return v[key].get<std::string>();
  };
  const auto list = [](const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
  };
  p.unit = word("unit");
  if (p.unit.empty() && base) p.unit = base->unit;
  if (p.unit.empty())
    wrong_shape(l.file, fmt::format("{}.unit is missing; it is one of: {}", field, list(parameter_units())));
  if (std::find(parameter_units().begin(), parameter_units().end(), p.unit) == parameter_units().end())
    wrong_shape(l.file, fmt::format("{}.unit is '{}'{}; it is one of: {}", field, p.unit.substr(0, 32),
                                    did_you_mean(p.unit, parameter_units()), list(parameter_units())));
  const std::string basis = word("basis");
  if (basis.empty())
    wrong_shape(l.file, fmt::format("{}.basis is missing; it is one of: {} (default: a value chosen by the pack, not "
                                    "by a source)",
                                    field, list(basis_words())));
  const auto found = std::find(basis_words().begin(), basis_words().end(), basis);
  if (found == basis_words().end())
    wrong_shape(l.file, fmt::format("{}.basis is '{}'{}; it is one of: {}", field, basis.substr(0, 32),
                                    did_you_mean(basis, basis_words()), list(basis_words())));
  p.basis = static_cast<pack::basis>(1 + (found - basis_words().begin()));
  if (v.contains("note")) p.note = note_from(v["note"], l.file, field + ".note");
  if (v.contains("references")) p.references = resolve_references(meta, v["references"], l.file, field + ".references");
  return p;
}

// The shape of one layer, before anything is merged: every key known, every value of its type.
void check_layer(const manifest_layer& l) {
  const json& m = l.meta;
  refuse_unknown_keys(l.file, "", m, pack_keys());
  if (m.contains("name")) localized_from(l.file, "name", m["name"]);
  if (m.contains("description")) localized_from(l.file, "description", m["description"]);
  if (m.contains("version") && !m["version"].is_string()) wrong_shape(l.file, "version must be a string");
  if (m.contains("sources")) string_list(l.file, "sources", m["sources"]);
  if (m.contains("disable")) string_list(l.file, "disable", m["disable"]);
  if (m.contains("in_force_from")) {
    const json& from = m["in_force_from"];
    if (!from.is_string() || !date::parse(from.get<std::string>()))
      wrong_shape(l.file, "in_force_from must be a date (\"YYYY-MM-DD\")");
  }
  if (m.contains("rungs")) {
    if (!is_table(m["rungs"])) wrong_shape(l.file, "rungs must map stage names to lists of rungs");
    for (auto it = m["rungs"].begin(); it != m["rungs"].end(); ++it) {
      if (!cases::parse_stage(it.key())) wrong_shape(l.file, fmt::format("rungs: '{}' is not a stage", it.key()));
      string_list(l.file, "rungs." + it.key(), *it);
    }
  }
  if (m.contains("parameters") && !is_table(m["parameters"]))
    wrong_shape(l.file, "parameters must be a table of named values");
  for (const auto& key : declaration_keys()) {
    if (!m.contains(key)) continue;
    const json& d = m[key];
    if (!is_table(d)) wrong_shape(l.file, fmt::format("{} must be a table of named entries {{ ja = …, en = … }}", key));
    for (auto it = d.begin(); it != d.end(); ++it) {
      if (!it->is_object())
        wrong_shape(l.file, fmt::format("{}.{} must be {{ ja = \"…\", en = \"…\" }}", key, it.key()));
      refuse_unknown_keys(l.file, fmt::format("{}.{}: ", key, it.key()), *it, declaration_entry_keys());
      for (auto text = it->begin(); text != it->end(); ++text)  // a name the CLI prints: text, nothing else
        if (!text->is_string()) wrong_shape(l.file, fmt::format("{}.{}.{} must be a string", key, it.key(), text.key()));
    }
  }
}

}  // namespace

std::vector<manifest_layer> read_chain(lua::state& st, const fs::path& rules_root, const std::string& region) {
  const std::string root_name = rules_root.filename().string();
  std::vector<manifest_layer> chain;
  std::set<std::string> seen;
  std::string current = region;
  while (!current.empty()) {
    const fs::path file = rules_root / current / "pack.lua";
    const std::string shown = fmt::format("{}/{}/pack.lua", root_name, current);
    std::error_code ec;
    const bool present = current != shared_lib_folder && fs::exists(file, ec);
    if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory)
      throw script_error(codes::load, shown, fmt::format("cannot read the file ({})", ec.message()), "");
    if (!present) {
      std::string known;
      for (const auto& r : list_regions(rules_root)) known += (known.empty() ? "" : ", ") + r;
      const std::string what = current == shared_lib_folder
                                   ? fmt::format("'{}' is the folder of shared modules under {}, not a pack", current,
                                                 rules_root.string())
                                   : fmt::format("no rule pack '{}' under {}", current, rules_root.string());
      if (chain.empty()) {
        const auto available = known.empty() ? message::term("word.none") : message_arg{known};
        if (current == shared_lib_folder)
          throw input_error("region", message("error.lib_not_pack", current, rules_root.string(), available));
        throw input_error("region", message("error.unknown_region_under", current, rules_root.string(), available));
      }
      throw script_error(codes::load, chain.back().file,
                         fmt::format("extends '{}', which is not a pack: {} (available: {})", current, what, known), "");
    }
    if (!seen.insert(current).second) {
      std::string cycle;
      for (const auto& l : chain) cycle += l.region + " → ";
      throw script_error(codes::load, shown, fmt::format("extends cycle: {}{}", cycle, current), "");
    }
    const int ref = st.load_chunk(read_pack_file(file, shown), shown);
    json meta;
    std::string returned;  // the Lua type name when the chunk returned no table
    st.protect(shown, [&](lua_State* L) {
      lua_rawgeti(L, LUA_REGISTRYINDEX, ref);  // [pack]
      luaL_unref(L, LUA_REGISTRYINDEX, ref);
      if (!lua_istable(L, -1))
        returned = luaL_typename(L, -1);
      else
        meta = lua::to_json(L, -1, "pack");
      lua_pop(L, 1);  // []
    });
    if (!returned.empty()) wrong_shape(shown, fmt::format("must return a table, not {}", returned));
    // An empty table converts as an empty list; a list with entries has no named fields to read.
    if (meta.is_array() && !meta.empty()) wrong_shape(shown, "must return a table of named fields (name = …), not a list");
    if (!is_table(meta)) wrong_shape(shown, "must return a table");
    if (meta.is_array()) meta = json::object();
    std::string next;
    if (meta.contains("extends")) {
      if (!meta["extends"].is_string()) wrong_shape(shown, "extends must be a region name (string)");
      next = meta["extends"].get<std::string>();
      if (!cases::is_region_name(next))
        throw script_error(codes::load, shown,
                           fmt::format("extends '{}', which is not a region name (lowercase letters, digits, "
                                       "'-' and '_'; a folder beside this one, not a path)", next),
                           "");
    }
    chain.push_back({current, shown, std::move(meta)});
    current = next;
  }
  return chain;
}

void merge_manifest(const std::vector<manifest_layer>& chain, summary& out) {
  for (const auto& l : chain) check_layer(l);
  for (const auto& l : chain) out.chain.push_back(l.region);
  const manifest_layer& own = chain.front();
  if (own.meta.contains("name")) out.name = localized_from(own.file, "name", own.meta["name"]);
  if (own.meta.contains("description")) out.description = localized_from(own.file, "description", own.meta["description"]);
  out.version = own.meta.value("version", std::string());
  if (own.meta.contains("disable")) {
    std::set<std::string> ids;  // sorted, once each
    for (auto& id : string_list(own.file, "disable", own.meta["disable"])) ids.insert(std::move(id));
    out.disabled.assign(ids.begin(), ids.end());
  }
  std::map<std::string, parameter> parameters;
  // Base first, so a region's values override its base's.
  for (auto layer = chain.rbegin(); layer != chain.rend(); ++layer) {
    const json& m = layer->meta;
    if (m.contains("sources"))
      for (auto& s : string_list(layer->file, "sources", m["sources"])) {
        if (!out.document_named(s)) {
          std::vector<std::string> ids;
          for (const auto& d : out.bibliography) ids.push_back(d.id);
          wrong_shape(layer->file, fmt::format("sources: '{}' is not a document id of the bibliography ({}){}",
                                               s.substr(0, 64), bibliography_file, did_you_mean(s, ids)));
        }
        if (std::find(out.sources.begin(), out.sources.end(), s) == out.sources.end()) out.sources.push_back(std::move(s));
      }
    if (m.contains("in_force_from")) out.in_force_from = m["in_force_from"].get<std::string>();
    if (m.contains("rungs"))
      for (auto it = m["rungs"].begin(); it != m["rungs"].end(); ++it)
        out.ladder.rungs[*cases::parse_stage(it.key())] = string_list(layer->file, "rungs." + it.key(), *it);
    for (const auto& key : declaration_keys()) {
      if (!m.contains(key) || m[key].empty()) continue;
      // Declarations merge by first-level key, the region's over its base's.
      json& merged = out.declarations[key];
      if (merged.is_object())
        merged.update(m[key]);
      else
        merged = m[key];
    }
    if (m.contains("parameters")) {
      for (auto it = m["parameters"].begin(); it != m["parameters"].end(); ++it) {
        const auto base = parameters.find(it.key());
        parameters[it.key()] = parameter_from(*layer, it.key(), *it, out, base == parameters.end() ? nullptr : &base->second);
      }
    }
  }
  for (auto& [_, p] : parameters) out.parameters.push_back(std::move(p));  // sorted by name
}

}  // namespace hashigo::pack
