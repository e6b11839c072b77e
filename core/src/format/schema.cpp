// The three documents generated from one field table. Each reads the same `field` rows, so a
// field's name, kind, optionality and meaning are written once, where the code that reads or
// writes it lives.
#include <hashigo/case/codes.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/schema.hpp>

#include <fmt/format.h>

namespace hashigo::format::schema {

using nlohmann::json;

namespace {

std::string both(std::string_view en, std::string_view ja) {
  if (ja.empty()) return std::string(en);
  if (en.empty()) return std::string(ja);
  return fmt::format("{} / {}", en, ja);
}

// The kind named by an array's or a map's `of`, when it is a scalar rather than a type.
std::optional<kind> scalar_kind(std::string_view of) {
  if (of == "string") return kind::string;
  if (of == "integer") return kind::integer;
  if (of == "number") return kind::number;
  if (of == "boolean") return kind::boolean;
  if (of == "date") return kind::date;
  return std::nullopt;
}

json ref(std::string_view type) { return json{{"$ref", fmt::format("#/$defs/{}", type)}}; }

json scalar_schema(kind k) {
  switch (k) {
    case kind::string: return json{{"type", "string"}};
    case kind::integer: return json{{"type", "integer"}};
    case kind::number: return json{{"type", "number"}};
    case kind::boolean: return json{{"type", "boolean"}};
    case kind::date: return json{{"type", "string"}, {"format", "date"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
    default: return json::object();
  }
}

json element_schema(std::string_view of) {
  if (const auto k = scalar_kind(of)) return scalar_schema(*k);
  return ref(of);
}

json value_schema(const document& doc, const field& f) {
  switch (f.type) {
    case kind::object: return ref(f.of);
    case kind::array: {
      json items = element_schema(f.of);
      if (f.of == "string" && !f.values.empty()) {  // a list of codes: each one of them
        items["enum"] = json::array();
        for (auto v : cases::codes::split(f.values)) items["enum"].push_back(std::string(v));
      }
      return json{{"type", "array"}, {"items", std::move(items)}};
    }
    case kind::map: return json{{"type", "object"}, {"additionalProperties", element_schema(f.of)}};
    case kind::text:
      if (doc.text_accepts_string) return json{{"anyOf", json::array({json{{"type", "string"}}, ref("Text")})}};
      return ref("Text");
    case kind::string: {
      json s = scalar_schema(kind::string);
      if (!f.values.empty()) {
        s["enum"] = json::array();
        if (f.unset_as_empty) s["enum"].push_back("");
        for (auto v : cases::codes::split(f.values)) s["enum"].push_back(std::string(v));
      }
      return s;
    }
    default: return scalar_schema(f.type);
  }
}

json field_schema(const document& doc, const field& f) {
  json s = value_schema(doc, f);
  if (f.optional) s = json{{"anyOf", json::array({std::move(s), json{{"type", "null"}}})}};
  s["description"] = both(f.en, f.ja);
  if (!f.fallback.empty()) s["default"] = json::parse(f.fallback);
  return s;
}

std::string lua_element(std::string_view of) {
  if (of == "date") return "hashigo.Date";
  if (scalar_kind(of)) return std::string(of);
  return fmt::format("hashigo.{}", of);
}

std::string lua_type(const field& f) {
  switch (f.type) {
    case kind::string: {
      if (!f.of.empty()) return fmt::format("hashigo.{}", f.of);
      if (f.values.empty()) return "string";
      std::string out = f.unset_as_empty ? "\"\"" : "";
      for (auto v : cases::codes::split(f.values)) out += fmt::format("{}\"{}\"", out.empty() ? "" : "|", v);
      return out;
    }
    case kind::integer: return "integer";
    case kind::number: return "number";
    case kind::boolean: return "boolean";
    case kind::date: return "hashigo.Date";
    case kind::text: return "hashigo.Text";
    case kind::object: return fmt::format("hashigo.{}", f.of);
    case kind::array: return lua_element(f.of) + "[]";
    case kind::map: return fmt::format("table<string, {}>", lua_element(f.of));
  }
  return "any";
}

// The type as the Markdown table shows it: the LuaLS type without the `hashigo.` prefix, and
// codes left to the meaning column.
std::string plain_type(const field& f) {
  std::string t = f.type == kind::string && f.of.empty() ? "string" : lua_type(f);
  for (std::size_t at; (at = t.find("hashigo.")) != std::string::npos;) t.erase(at, 8);
  return f.optional ? t + "?" : t;
}

std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

std::string codes(std::string_view values, std::string_view separator) {
  std::string out;
  for (auto v : cases::codes::split(values)) out += fmt::format("{}`{}`", out.empty() ? "" : separator, v);
  return out;
}

// Root first, then the others in table order: a reader meets the whole before its parts.
std::vector<const object_type*> in_reading_order(const document& doc) {
  std::vector<const object_type*> out{&doc.type(doc.root)};
  for (const auto& t : doc.types)
    if (t.name != doc.root) out.push_back(&t);
  return out;
}

}  // namespace

const field* object_type::find(std::string_view field_name) const noexcept {
  for (const auto& f : fields)
    if (f.name == field_name) return &f;
  return nullptr;
}

const object_type& document::type(std::string_view type_name) const {
  for (const auto& t : types)
    if (t.name == type_name) return t;
  throw error(error_kind::invalid_input, "E_SCHEMA", fmt::format("{} declares no type {}", title, type_name));
}

json to_json_schema(const document& doc) {
  json defs = json::object();
  for (const auto& t : doc.types) {
    json d{{"description", both(t.en, t.ja)}};
    if (!t.one_of.empty()) {
      d["oneOf"] = json::array();
      for (auto name : t.one_of) d["oneOf"].push_back(ref(doc.type(name).name));
    } else {
      d["type"] = "object";
      d["properties"] = json::object();
      json required = json::array();
      for (const auto& f : t.fields) {
        if (f.type == kind::object || f.type == kind::array || f.type == kind::map) {
          if (!scalar_kind(f.of)) (void)doc.type(f.of);  // a dangling name fails here, not in a reader's hands
        }
        d["properties"][std::string(f.name)] = field_schema(doc, f);
        if (!f.optional) required.push_back(std::string(f.name));
      }
      if (!required.empty()) d["required"] = std::move(required);
      if (!t.any_of.empty()) {
        d["anyOf"] = json::array();
        for (auto name : t.any_of) d["anyOf"].push_back(json{{"required", json::array({std::string(name)})}});
      }
      d["additionalProperties"] = false;
    }
    defs[std::string(t.name)] = std::move(d);
  }
  json out{{"$schema", "https://json-schema.org/draft/2020-12/schema"},
           {"$id", std::string(doc.id)},
           {"title", std::string(doc.title)},
           {"description", both(doc.en, doc.ja)},
           {"$ref", fmt::format("#/$defs/{}", doc.root)},
           {"$defs", std::move(defs)}};
  return out;
}

std::string to_luals(const document& doc) {
  std::string out;
  for (const auto* t : in_reading_order(doc)) {
    if (!out.empty()) out += '\n';
    out += fmt::format("---{}\n---{}\n", t->en, t->ja);
    if (!t->one_of.empty()) {
      std::string members;
      for (auto name : t->one_of) members += fmt::format("{}hashigo.{}", members.empty() ? "" : "|", name);
      out += fmt::format("---@alias hashigo.{} {}\n", t->name, members);
      continue;
    }
    out += fmt::format("---@class hashigo.{}\n", t->name);
    for (const auto& f : t->fields)
      out += fmt::format("---@field {}{} {} {}\n", f.name, f.optional ? "?" : "", lua_type(f), both(f.en, f.ja));
  }
  return out;
}

std::string to_markdown(const document& doc) {
  std::string out;
  for (const auto* t : in_reading_order(doc)) {
    if (!out.empty()) out += '\n';
    out += fmt::format("**`{}`** — {} / {}\n\n", t->name, t->ja, t->en);
    if (!t->one_of.empty()) {
      std::string members;
      for (auto name : t->one_of) members += fmt::format("{}`{}`", members.empty() ? "" : ", ", name);
      out += fmt::format("いずれか1つ / one of: {}\n", members);
      continue;
    }
    out += "| field | type | 意味 | meaning |\n|---|---|---|---|\n";
    for (const auto& f : t->fields) {
      std::string ja = cell(f.ja), en = cell(f.en);
      if (!f.values.empty()) {
        ja += "：" + codes(f.values, "・") + (f.unset_as_empty ? "（記録がなければ `\"\"`）" : "");
        en += ": " + codes(f.values, ", ") + (f.unset_as_empty ? " (`\"\"` when not recorded)" : "");
      }
      out += fmt::format("| `{}` | {} | {} | {} |\n", f.name, cell(plain_type(f)), ja, en);
    }
    if (!t->any_of.empty()) {
      std::string names;
      for (auto name : t->any_of) names += fmt::format("{}`{}`", names.empty() ? "" : ", ", name);
      out += fmt::format("\n少なくとも1つ / at least one of: {}\n", names);
    }
  }
  return out;
}

std::string splice(const std::string& file_text, const std::string& file, std::string_view tag, const std::string& block) {
  const std::string begin = fmt::format("BEGIN generated: {}", tag), end = fmt::format("END generated: {}", tag);
  const auto b = file_text.find(begin);
  const auto e = file_text.find(end);
  if (b == std::string::npos || e == std::string::npos || e < b)
    throw input_error(file, fmt::format("no \"{}\" … \"{}\" lines to replace", begin, end));
  const auto body_start = file_text.find('\n', b);
  const auto end_line = file_text.rfind('\n', e);
  if (body_start == std::string::npos || end_line == std::string::npos || end_line < body_start)
    throw input_error(file, fmt::format("\"{}\" and \"{}\" must be on lines of their own", begin, end));
  std::string out = file_text.substr(0, body_start + 1);
  out += block;
  if (!block.empty() && block.back() != '\n') out += '\n';
  out += file_text.substr(end_line + 1);
  return out;
}

}  // namespace hashigo::format::schema
