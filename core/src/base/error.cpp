// Errors keep their message as a catalogue id with values, so a surface shows it in the reader's
// language; what() stays English for logs, tests and callers that never choose a language.
#include <hashigo/error.hpp>
#include <hashigo/text/messages.hpp>

#include <fmt/args.h>

namespace hashigo {

message message::with(std::string id, std::vector<message_arg> args) {
  message m;
  m.id_ = std::move(id);
  m.args_ = std::move(args);
  return m;
}

message message::verbatim(std::string text) {
  message m;
  m.args_.push_back({std::move(text), false});
  return m;
}

message_arg message::code(std::string_view kind, std::string_view code) {
  auto ja = text::label(kind, code, "ja");
  return both(ja ? *ja : std::string(code), std::string(code));
}

message_arg message::nested(message m) {
  message_arg a;
  a.value = m.render("en");
  a.inner = std::make_shared<const message>(std::move(m));
  return a;
}

std::string message::render(std::string_view lang) const {
  if (id_.empty()) return args_.empty() ? std::string() : args_.front().value;
  const std::string_view pattern = text::raw(id_, lang);
  if (args_.empty()) return std::string(pattern);
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& a : args_) {
    if (a.inner)
      store.push_back(a.inner->render(lang));
    else if (a.term)
      store.push_back(std::string(text::raw(a.value, lang)));
    else
      store.push_back(lang == "ja" && !a.ja.empty() ? a.ja : a.value);
  }
  try {
    return fmt::vformat(fmt::string_view(pattern.data(), pattern.size()), store);
  } catch (const fmt::format_error&) {  // placeholders that do not fit (the catalogue test catches these)
    std::string out = id_;
    for (const auto& a : args_) out += " " + a.value;
    return out;
  }
}

error::error(error_kind kind, std::string code, message m)
    : error(kind, std::move(code), m, m.render("en")) {}

error::error(error_kind kind, std::string code, const std::string& text)
    : error(kind, std::move(code), message::verbatim(text), text) {}

error::error(error_kind kind, std::string code, message m, const std::string& english)
    : std::runtime_error(english), kind_(kind), code_(std::move(code)), message_(std::move(m)) {}

std::string error::text(std::string_view lang) const {
  return lang == "en" ? std::string(what()) : placed_message().render(lang);
}

namespace {
std::string placed(const std::string& where, const std::string& text) { return where.empty() ? text : where + ": " + text; }
}  // namespace

input_error::input_error(std::string where, message m)
    : error(error_kind::invalid_input, "E_INPUT", m, placed(where, m.render("en"))), where_(std::move(where)) {}

message input_error::placed_message() const {
  return where_.empty() ? what_message() : message("error.placed", where_, message::nested(what_message()));
}

}  // namespace hashigo
