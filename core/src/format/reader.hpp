#pragma once
// A strict reader over one JSON object: typed getters that name the field on error, and a
// final check that refuses unknown fields (a misspelt field must not be silently ignored).
#include <hashigo/date.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/schema.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace hashigo::format {

class reader {
 public:
  reader(const nlohmann::json& obj, std::string where);
  /// A reader of a declared type: asking for a field `declared` does not list is an error
  /// (E_SCHEMA), so the schema generated from the declaration is the one the reader applies.
  reader(const nlohmann::json& obj, std::string where, const schema::object_type& declared);
  /// From now on, read as `declared` (an event, once its `type` is known).
  void declare(const schema::object_type& declared) { declared_ = &declared; }

  std::string path(const std::string& key) const { return where_.empty() ? key : where_ + "." + key; }
  bool has(const char* key) const;
  const nlohmann::json* raw(const char* key);

  std::string text(const char* key);
  std::string text_or(const char* key, const std::string& fallback);
  date day(const char* key);
  std::optional<date> maybe_day(const char* key);
  double number(const char* key);
  std::optional<double> maybe_number(const char* key);
  double number_or(const char* key, double fallback);
  std::int64_t integer(const char* key);
  std::optional<std::int64_t> maybe_integer(const char* key);
  std::int64_t integer_or(const char* key, std::int64_t fallback);
  /// A whole number that must also fit an int (levels, counts, minutes): no silent truncation.
  int small_integer(const char* key);
  std::optional<int> maybe_small_integer(const char* key);
  int small_integer_or(const char* key, int fallback);
  bool boolean_or(const char* key, bool fallback);
  std::optional<bool> maybe_boolean(const char* key);
  std::vector<std::string> texts(const char* key);

  /// Throws when the object had a key nobody asked for.
  void finish() const;

 private:
  const nlohmann::json* take(const char* key);
  // `expected_type` is the catalogue's `json_type.` suffix ("a_string").
  [[noreturn]] void wrong_type(const char* key, const char* expected_type, const nlohmann::json& got) const;

  const nlohmann::json& obj_;
  std::string where_;
  std::set<std::string> seen_;
  const schema::object_type* declared_ = nullptr;
};

/// Opens a record file of `type` tagged `tag` (a meeting, household or employer record): refuses a
/// value that is not an object (catalogue message `not_object`, given what it is), another
/// `format`, and an `id` that is no record id; sets `id`. The reader goes on with the other fields.
reader open_record(const nlohmann::json& doc, const schema::object_type& type, std::string_view tag, const char* not_object,
                   std::string& id);

/// A JSON value's type as a catalogue term ("a string"), for messages.
message_arg describe(const nlohmann::json& v);

}  // namespace hashigo::format
