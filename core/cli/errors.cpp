#include "errors.hpp"

#include <fmt/format.h>

#include <string_view>

namespace hashigo::cli {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// The quoted name in `no case 'x' …` / `no rule pack 'x' …`, after `prefix`.
std::string quoted_after(std::string_view detail, std::string_view prefix) {
  const auto rest = detail.substr(prefix.size());
  const auto end = rest.find('\'');
  return std::string(end == std::string_view::npos ? rest : rest.substr(0, end));
}

// A JSON type as the format reader names it ("a string"), in the output language.
std::string json_type(context& ctx, std::string_view english) {
  for (const char* t : {"null", "a boolean", "a string", "an array", "an object", "a number", "a whole number",
                        "an array of strings", "true or false"})
    if (english == t) {
      std::string id = "json_type." + std::string(t);
      for (auto& c : id)
        if (c == ' ') c = '_';
      return ctx.msg(id);
    }
  return std::string(english);
}

// Japanese for a core input error, matched by the stable English shape its throw site gives; empty
// when there is none (the English text is shown).
std::string japanese_detail(context& ctx, std::string_view detail) {
  if (detail == "unknown field") return ctx.msg("error.unknown_field_here");
  if (detail == "is required") return ctx.msg("error.required");
  if (detail == "must be a finite number") return ctx.msg("error.finite");
  if (starts_with(detail, "must be >= ")) return ctx.msg("error.at_least", detail.substr(11));
  if (starts_with(detail, "must be ") && detail.find(", not ") != std::string_view::npos) {
    const auto comma = detail.find(", not ");
    return ctx.msg("error.wrong_type", json_type(ctx, detail.substr(8, comma - 8)), json_type(ctx, detail.substr(comma + 6)));
  }
  if (starts_with(detail, "'") && detail.find("' is not one of: ") != std::string_view::npos) {
    const auto end = detail.find("' is not one of: ");
    return ctx.msg("error.not_one_of", detail.substr(1, end - 1), detail.substr(end + 17));
  }
  if (starts_with(detail, "invalid JSON: ")) return ctx.msg("error.bad_json", detail.substr(14));
  if (starts_with(detail, "no case '")) return ctx.msg("error.unknown_case", quoted_after(detail, "no case '"));
  if (starts_with(detail, "no rule pack '")) {
    const auto available = detail.find("(available: ");
    std::string list = available == std::string_view::npos ? "" : std::string(detail.substr(available + 12));
    if (!list.empty() && list.back() == ')') list.pop_back();
    return ctx.msg("error.unknown_region", quoted_after(detail, "no rule pack '"), list);
  }
  if (const auto pos = detail.find("' is not a date (expected YYYY-MM-DD)"); starts_with(detail, "'") && pos != std::string_view::npos)
    return ctx.msg("error.bad_date", detail.substr(1, pos - 1));
  if (detail == "cannot read the file (No such file or directory)") return ctx.msg("error.file_not_found");
  return {};
}

}  // namespace

std::string error_text(context& ctx, const error& e) {
  std::string message = e.what();
  if (ctx.language() == "ja") {
    if (const auto* input = dynamic_cast<const input_error*>(&e)) {
      if (const std::string ja = japanese_detail(ctx, input->detail()); !ja.empty())
        message = input->where().empty() ? ja : input->where() + ": " + ja;
    }
  }
  if (starts_with(message, e.code() + " ") || starts_with(message, e.code() + ":")) return message;
  return fmt::format("{}: {}", e.code(), message);
}

}  // namespace hashigo::cli
