#include "format/reader.hpp"

#include <hashigo/case/validate.hpp>

#include <fmt/format.h>

#include <cmath>
#include <cstdint>
#include <limits>

namespace hashigo::format {

message_arg describe(const nlohmann::json& v) {
  switch (v.type()) {
    case nlohmann::json::value_t::null: return message::term("json_type.null");
    case nlohmann::json::value_t::boolean: return message::term("json_type.a_boolean");
    case nlohmann::json::value_t::string: return message::term("json_type.a_string");
    case nlohmann::json::value_t::array: return message::term("json_type.an_array");
    case nlohmann::json::value_t::object: return message::term("json_type.an_object");
    default: return message::term("json_type.a_number");
  }
}

reader::reader(const nlohmann::json& obj, std::string where) : obj_(obj), where_(std::move(where)) {
  if (!obj_.is_object()) throw input_error(where_, message("error.wrong_type", message::term("json_type.an_object"), describe(obj_)));
}

bool reader::has(const char* key) const { return obj_.contains(key) && !obj_.at(key).is_null(); }

reader::reader(const nlohmann::json& obj, std::string where, const schema::object_type& declared)
    : reader(obj, std::move(where)) {
  declared_ = &declared;
}

const nlohmann::json* reader::take(const char* key) {
  if (declared_ && !declared_->find(key))
    throw error(error_kind::invalid_input, "E_SCHEMA", fmt::format("{} reads field {}, which its declaration does not list", declared_->name, key));
  seen_.insert(key);
  auto it = obj_.find(key);
  if (it == obj_.end() || it->is_null()) return nullptr;
  return &*it;
}

const nlohmann::json* reader::raw(const char* key) { return take(key); }

void reader::wrong_type(const char* key, const char* expected_type, const nlohmann::json& got) const {
  throw input_error(path(key), message("error.wrong_type", message::term(std::string("json_type.") + expected_type), describe(got)));
}

std::string reader::text(const char* key) {
  const auto* v = take(key);
  if (!v) throw input_error(path(key), message("error.required"));
  if (!v->is_string()) wrong_type(key, "a_string", *v);
  return v->get<std::string>();
}

std::string reader::text_or(const char* key, const std::string& fallback) {
  return has(key) ? text(key) : (take(key), fallback);
}

date reader::day(const char* key) { return date::parse_or_throw(text(key), path(key)); }

std::optional<date> reader::maybe_day(const char* key) {
  if (!has(key)) {
    take(key);
    return std::nullopt;
  }
  return day(key);
}

double reader::number(const char* key) {
  const auto* v = take(key);
  if (!v) throw input_error(path(key), message("error.required"));
  if (!v->is_number()) wrong_type(key, "a_number", *v);
  const double d = v->get<double>();
  if (!std::isfinite(d)) throw input_error(path(key), message("error.finite"));
  return d;
}

std::optional<double> reader::maybe_number(const char* key) {
  if (!has(key)) {
    take(key);
    return std::nullopt;
  }
  return number(key);
}

double reader::number_or(const char* key, double fallback) { return maybe_number(key).value_or(fallback); }

std::int64_t reader::integer(const char* key) {
  const auto* v = take(key);
  if (!v) throw input_error(path(key), message("error.required"));
  if (v->is_number_unsigned() && v->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
    throw input_error(path(key), message("error.too_large_number"));
  if (v->is_number_integer()) return v->get<std::int64_t>();
  if (v->is_number_float()) {
    const double d = v->get<double>();
    if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9e15) return static_cast<std::int64_t>(d);
  }
  wrong_type(key, "a_whole_number", *v);
}

std::optional<std::int64_t> reader::maybe_integer(const char* key) {
  if (!has(key)) {
    take(key);
    return std::nullopt;
  }
  return integer(key);
}

std::int64_t reader::integer_or(const char* key, std::int64_t fallback) {
  return maybe_integer(key).value_or(fallback);
}

int reader::small_integer(const char* key) {
  const std::int64_t v = integer(key);
  if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
    throw input_error(path(key), message("error.out_of_range", v));
  return static_cast<int>(v);
}

std::optional<int> reader::maybe_small_integer(const char* key) {
  if (!has(key)) {
    take(key);
    return std::nullopt;
  }
  return small_integer(key);
}

int reader::small_integer_or(const char* key, int fallback) { return maybe_small_integer(key).value_or(fallback); }

bool reader::boolean_or(const char* key, bool fallback) { return maybe_boolean(key).value_or(fallback); }

std::optional<bool> reader::maybe_boolean(const char* key) {
  const auto* v = take(key);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) wrong_type(key, "true_or_false", *v);
  return v->get<bool>();
}

std::vector<std::string> reader::texts(const char* key) {
  std::vector<std::string> out;
  const auto* v = take(key);
  if (!v) return out;
  if (!v->is_array()) wrong_type(key, "an_array_of_strings", *v);
  for (std::size_t i = 0; i < v->size(); ++i) {
    if (!(*v)[i].is_string())
      throw input_error(fmt::format("{}[{}]", path(key), i), message("error.wrong_type", message::term("json_type.a_string"), describe((*v)[i])));
    out.push_back((*v)[i].get<std::string>());
  }
  return out;
}

void reader::finish() const {
  for (auto it = obj_.begin(); it != obj_.end(); ++it)
    if (!seen_.count(it.key())) throw input_error(path(it.key()), message("error.unknown_field_here"));
}

reader open_record(const nlohmann::json& doc, const schema::object_type& type, std::string_view tag, const char* not_object,
                   std::string& id) {
  if (!doc.is_object()) throw input_error("", message(not_object, describe(doc)));
  reader r(doc, "", type);
  if (r.has("format") && r.text("format") != tag) throw input_error("format", message("error.expected_value", tag));
  id = r.text("id");
  if (!cases::is_record_id(id)) throw input_error("id", message("error.case_id_chars", id));
  return r;
}

}  // namespace hashigo::format
