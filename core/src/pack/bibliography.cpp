#include "pack/bibliography.hpp"

#include "pack/keys.hpp"

#include "lua/convert.hpp"

#include <hashigo/case/validate.hpp>
#include <hashigo/date.hpp>

#include <fmt/format.h>
#include <lua.hpp>

#include <algorithm>
#include <map>

namespace hashigo::pack {

using nlohmann::json;
using lua::script_error;
namespace codes = lua::codes;

namespace {

[[noreturn]] void wrong_shape(const std::string& location, const std::string& message) {
  throw script_error(codes::contract, location, message, "");
}

std::string text_field(const json& entry, const char* key, const std::string& file, const std::string& where) {
  const auto it = entry.find(key);
  if (it == entry.end()) return {};
  if (!it->is_string()) wrong_shape(file, fmt::format("{}.{} must be a string", where, key));
  return it->get<std::string>();
}

// A date as far as it is known: a year, a month or a day.
bool partial_date(const std::string& s) {
  const auto digits = [&](std::size_t from, std::size_t n) {
    return s.size() >= from + n && std::all_of(s.begin() + static_cast<long>(from), s.begin() + static_cast<long>(from + n),
                                               [](char c) { return c >= '0' && c <= '9'; });
  };
  if (s.size() == 4) return digits(0, 4);
  if (s.size() == 7) return digits(0, 4) && s[4] == '-' && digits(5, 2) && s[5] <= '1';
  return date::parse(s).has_value();
}

// stack: [] -> []   (runs the chunk of `shown` and converts what it returns)
json run_data_file(lua::state& st, const std::string& bytes, const std::string& shown) {
  const int ref = st.load_chunk(bytes, shown);
  json data;
  std::string returned;
  st.protect(shown, [&](lua_State* L) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);  // [data]
    luaL_unref(L, LUA_REGISTRYINDEX, ref);
    if (!lua_istable(L, -1))
      returned = luaL_typename(L, -1);
    else
      data = lua::to_json(L, -1, "references");
    lua_pop(L, 1);  // []
  });
  if (!returned.empty()) wrong_shape(shown, fmt::format("must return a table of documents by id, not {}", returned));
  if (data.is_array() && data.empty()) data = json::object();
  if (!data.is_object()) wrong_shape(shown, "must return a table of documents by id (jiritsu_ho = { … }), not a list");
  return data;
}

document document_from(const std::string& shown, const std::string& id, const json& entry, const std::string& defined_in) {
  if (!cases::is_region_name(id) || id.find('-') != std::string::npos)
    wrong_shape(shown, fmt::format("'{}' is not a document id (lowercase letters, digits and '_')", id.substr(0, 64)));
  if (!entry.is_object()) wrong_shape(shown, fmt::format("{} must be a table {{ title = …, kind = …, … }}", id));
  if (const std::string* key = first_unknown_key(entry, document_keys()))
    wrong_shape(shown, fmt::format("{}: {}", id, unknown_key_message(*key, document_keys())));
  document d;
  d.id = id;
  d.defined_in = defined_in;
  const auto title = entry.find("title");
  if (title == entry.end()) wrong_shape(shown, fmt::format("{}.title is missing ({{ ja = \"…\", en = \"…\" }})", id));
  d.title = note_from(*title, shown, id + ".title");
  if (d.title.ja.empty() || d.title.en.empty()) wrong_shape(shown, fmt::format("{}.title needs both ja and en", id));
  d.kind = text_field(entry, "kind", shown, id);
  if (std::find(document_kinds().begin(), document_kinds().end(), d.kind) == document_kinds().end()) {
    std::string kinds;
    for (const auto& k : document_kinds()) kinds += (kinds.empty() ? "" : ", ") + k;
    wrong_shape(shown, fmt::format("{}.kind is '{}'; it must be one of: {}", id, d.kind, kinds));
  }
  d.publisher = text_field(entry, "publisher", shown, id);
  if (d.publisher.empty()) wrong_shape(shown, fmt::format("{}.publisher is missing (who issued the document)", id));
  d.url = text_field(entry, "url", shown, id);
  if (!d.url.empty() && d.url.rfind("https://", 0) != 0 && d.url.rfind("http://", 0) != 0)
    wrong_shape(shown, fmt::format("{}.url must start with https:// or http://", id));
  d.date = text_field(entry, "date", shown, id);
  if (!d.date.empty() && !partial_date(d.date))
    wrong_shape(shown, fmt::format("{}.date is '{}'; write YYYY, YYYY-MM or YYYY-MM-DD", id, d.date.substr(0, 32)));
  d.note = text_field(entry, "note", shown, id);
  for (const auto* s : {&d.publisher, &d.url, &d.date, &d.note})
    if (!lua::valid_utf8(*s)) wrong_shape(shown, fmt::format("{}: a field is not valid UTF-8 text", id));
  return d;
}

}  // namespace

cases::localized note_from(const json& j, const std::string& location, const std::string& field) {
  cases::localized out;
  if (j.is_string()) {
    out.ja = out.en = j.get<std::string>();
  } else if (j.is_object()) {
    if (const std::string* key = first_unknown_key(j, localized_keys()))
      wrong_shape(location, fmt::format("{}: {}", field, unknown_key_message(*key, localized_keys())));
    for (const auto& [lang, text] : j.items())
      if (!text.is_string()) wrong_shape(location, fmt::format("{}.{} must be a string", field, lang));
    out.ja = j.value("ja", std::string());
    out.en = j.value("en", std::string());
  } else {
    wrong_shape(location, fmt::format("{} must be a string or {{ ja = \"…\", en = \"…\" }}", field));
  }
  if (!lua::valid_utf8(out.ja) || !lua::valid_utf8(out.en))
    wrong_shape(location, fmt::format("{} is not valid UTF-8 text", field));
  return out;
}

void load_bibliography(lua::state& st, const std::string& root_name, const std::vector<std::string>& regions,
                       const pack_files& files, summary& out) {
  std::map<std::string, document> by_id;
  auto add = [&](const std::string& shown, const std::string& defined_in) {
    const auto bytes = files.bytes.find(shown);
    if (bytes == files.bytes.end()) return;
    const json data = run_data_file(st, bytes->second, shown);
    for (auto it = data.begin(); it != data.end(); ++it) {
      document d = document_from(shown, it.key(), *it, defined_in);
      if (const auto same = by_id.find(d.id); same != by_id.end())
        wrong_shape(shown, fmt::format("document id '{}' is already defined by {} (ids are shared by every pack: "
                                       "choose another)",
                                       d.id, same->second.defined_in == "rules" ? root_name + "/" + bibliography_file
                                                                                 : fmt::format("{}/{}/{}", root_name,
                                                                                               same->second.defined_in,
                                                                                               bibliography_file)));
      by_id.emplace(d.id, std::move(d));
    }
  };
  add(fmt::format("{}/{}", root_name, bibliography_file), "rules");
  for (auto region = regions.rbegin(); region != regions.rend(); ++region)
    add(fmt::format("{}/{}/{}", root_name, *region, bibliography_file), *region);
  out.bibliography.clear();
  for (auto& [_, d] : by_id) out.bibliography.push_back(std::move(d));  // sorted by id
}

std::vector<reference> resolve_references(const summary& meta, const json& list, const std::string& location,
                                          const std::string& field) {
  const auto shape = [&] {
    wrong_shape(location, fmt::format("{} must be a list of citations {{ {{ id = \"jiritsu_ho\", section = \"第3条\" }}, … }}",
                                      field));
  };
  if (!list.is_array()) shape();
  std::vector<reference> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const json& c = list[i];
    const std::string at = fmt::format("{}[{}]", field, i + 1);
    if (!c.is_object()) shape();
    if (const std::string* key = first_unknown_key(c, reference_keys()))
      wrong_shape(location, fmt::format("{}: {}", at, unknown_key_message(*key, reference_keys())));
    for (const auto& [key, v] : c.items())
      if (!v.is_string() || !lua::valid_utf8(v.get_ref<const std::string&>()))
        wrong_shape(location, fmt::format("{}.{} must be a string (UTF-8 text)", at, key));
    reference r;
    r.id = c.value("id", std::string());
    if (r.id.empty()) wrong_shape(location, fmt::format("{}.id is missing (a document id of the bibliography)", at));
    const document* d = meta.document_named(r.id);
    if (d == nullptr) {
      std::vector<std::string> ids;
      for (const auto& doc : meta.bibliography) ids.push_back(doc.id);
      wrong_shape(location, fmt::format("{}: '{}' is not in the bibliography ({}){}", at, r.id.substr(0, 64), bibliography_file,
                                        did_you_mean(r.id, ids)));
    }
    r.section = c.value("section", std::string());
    r.quote = c.value("quote", std::string());
    r.title = d->title;
    r.kind = d->kind;
    r.publisher = d->publisher;
    r.url = d->url;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace hashigo::pack
