#pragma once
/// @file Field tables that declare a JSON shape once (the case file, the case view rules read),
/// and the documents generated from them: JSON Schema, LuaLS annotations and Markdown tables.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hashigo::format::schema {

/// The kind of a field's value.
enum class kind : unsigned char {
  string,   ///< text; `values` may list the allowed codes
  integer,  ///< a whole number
  number,   ///< any number
  boolean,  ///< true or false
  date,     ///< `YYYY-MM-DD`
  text,     ///< words in both languages: `{ja, en}` (a case file also takes one string)
  object,   ///< an object of the type named by `of`
  array,    ///< an array of `of` (a type name, or a scalar kind: "string", "integer", …)
  map,      ///< an object with free keys (codes, names), each value an `of`
};

/// One field: its name, its value, whether it may be missing, and its meaning in both languages.
struct field {
  std::string_view name;      ///< the JSON key and Lua field name
  kind type;                  ///< the value's kind
  bool optional;              ///< a view field may be nil/null; a file field may be left out (or null)
  std::string_view of{};      ///< object/array/map: the element type; string: an alias name for LuaLS
  std::string_view ja;        ///< meaning in Japanese
  std::string_view en;        ///< meaning in English
  std::string_view values{};  ///< allowed codes for a string, separated by `|`; empty for open vocabularies
  std::string_view fallback{};///< a file field left out reads as this (JSON text), when it is not the kind's zero
  bool unset_as_empty = false;///< a string with `values` may also be "" (not recorded)
};

/// A named object type: its fields in order, or a union of other types (`one_of`).
struct object_type {
  std::string_view name;                ///< the type's name ("Household"); LuaLS prefixes `hashigo.`
  std::string_view ja;                  ///< what it is, in Japanese
  std::string_view en;                  ///< what it is, in English
  std::vector<field> fields;            ///< fields in the order documents list them
  std::vector<std::string_view> one_of; ///< a union: exactly one of these types (fields then empty)
  std::vector<std::string_view> any_of; ///< optional fields of which at least one must be given

  /// The field called `field_name`, or nullptr.
  const field* find(std::string_view field_name) const noexcept;
};

/// A set of types with a root, as one document describes them.
struct document {
  std::string_view id;         ///< JSON Schema `$id`
  std::string_view title;      ///< document title
  std::string_view ja;         ///< description in Japanese
  std::string_view en;         ///< description in English
  std::string_view root;       ///< the root type's name
  bool text_accepts_string;    ///< a `text` field may also be one string, used for both languages (a file)
  std::vector<object_type> types;

  /// The type called `type_name`; throws hashigo::error (E_SCHEMA) when there is none.
  const object_type& type(std::string_view type_name) const;
};

/// JSON Schema (draft 2020-12) of the document: one `$defs` entry per type, additional
/// properties refused, as the readers refuse unknown fields.
nlohmann::json to_json_schema(const document& doc);

/// LuaLS annotations (`---@class hashigo.X`, `---@field …`) for every type, root first.
std::string to_luals(const document& doc);

/// Markdown: one table per type (field | type | 意味 | meaning), root first.
std::string to_markdown(const document& doc);

/// Replaces the text between the lines holding `BEGIN generated: <tag>` and `END generated: <tag>`
/// in `file_text` with `block`; throws hashigo::input_error naming `file` when a marker is missing.
std::string splice(const std::string& file_text, const std::string& file, std::string_view tag, const std::string& block);

}  // namespace hashigo::format::schema
