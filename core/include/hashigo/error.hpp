#pragma once
/// @file The one exception family of hashigo; every error carries a stable code, an exit status and
/// a catalogued message that can be shown in Japanese or English.
#include <fmt/format.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hashigo {

/// Stable error classes; the numeric value is the CLI exit status.
enum class error_kind : int {
  usage = 2,          ///< bad command line
  invalid_input = 3,  ///< malformed or impossible data (JSON, events, dates)
  rule = 4,           ///< a rule pack failed to load, check or run
  storage = 5,        ///< the database could not be opened, migrated, read or written
};

class message;

/// A value for a message placeholder: shown as it is, looked up in the catalogue (a term), given
/// in both languages (a name such as a prefecture's), or a whole message of its own (a reason).
struct message_arg {
  std::string value;     ///< the value (English where `ja` is set), or the catalogue id of a term
  bool term = false;     ///< true when `value` is a catalogue id to show in the reader's language
  std::string ja = {};   ///< the value in Japanese, when it has its own
  std::shared_ptr<const message> inner = {};  ///< a message shown in the reader's language
};

/// A catalogued message: an id of the message catalogue (core/src/text) and its placeholder values.
/// A message with an empty id is verbatim text from outside (a Lua or SQLite message).
class message {
 public:
  /// The message `id` with its placeholders filled by `args` (each formatted with `{}`).
  template <typename... Args>
  explicit message(std::string id, const Args&... args) : id_(std::move(id)), args_{to_arg(args)...} {}
  /// The message `id` with placeholder values gathered at run time (as many as `id` has).
  static message with(std::string id, std::vector<message_arg> args);
  /// Text that is not in the catalogue, shown as it is in every language.
  static message verbatim(std::string text);
  /// A placeholder value that is itself a catalogue id (a type name, a field label …).
  static message_arg term(std::string id) { return {std::move(id), true}; }
  /// A placeholder value with its own Japanese (a prefecture's name).
  static message_arg both(std::string ja, std::string en) { return {std::move(en), false, std::move(ja)}; }
  /// A code of one kind ("status", "closure" …): the code itself in English, its catalogue name
  /// (`<kind>.<code>`) in Japanese.
  static message_arg code(std::string_view kind, std::string_view code);
  /// A placeholder value that is a message of its own (a reason inside a framing sentence).
  static message_arg nested(message m);

  /// The catalogue id (empty for verbatim text).
  const std::string& id() const noexcept { return id_; }
  /// The placeholder values in order.
  const std::vector<message_arg>& args() const noexcept { return args_; }
  /// The text in `lang` ("ja"; anything else is English).
  std::string render(std::string_view lang) const;

 private:
  message() = default;
  static message_arg to_arg(const message_arg& a) { return a; }
  template <typename T>
  static message_arg to_arg(const T& v) { return {fmt::format("{}", v), false}; }

  std::string id_;
  std::vector<message_arg> args_;
};

/// Base of every exception hashigo throws; `code()` is a stable, greppable identifier.
class error : public std::runtime_error {
 public:
  /// An error whose text is the catalogued `m` (what() is its English).
  error(error_kind kind, std::string code, message m);
  /// An error whose text comes from outside the catalogue (shown as it is in every language).
  error(error_kind kind, std::string code, const std::string& text);
  error(const error&) = default;
  error& operator=(const error&) = default;
  ~error() override = default;

  /// The class of failure, which decides the exit status.
  error_kind kind() const noexcept { return kind_; }
  /// A stable identifier such as "E_INPUT" or "RULE002".
  const std::string& code() const noexcept { return code_; }
  /// The process exit status for this error.
  int exit_status() const noexcept { return static_cast<int>(kind_); }
  /// The catalogued message (verbatim for text from outside).
  const message& what_message() const noexcept { return message_; }
  /// The whole message, with the place in front where the error has one.
  virtual message placed_message() const { return message_; }
  /// The message in `lang`, without the code (what() is text("en")).
  std::string text(std::string_view lang) const;

 protected:
  error(error_kind kind, std::string code, message m, const std::string& english);

 private:
  error_kind kind_;
  std::string code_;
  message message_;
};

/// Impossible or malformed input; `where` names the place (file, JSON path or field).
class input_error : public error {
 public:
  /// The input at `where` is wrong as `m` says.
  input_error(std::string where, message m);
  /// The same, with text from outside the catalogue.
  input_error(std::string where, const std::string& text) : input_error(std::move(where), message::verbatim(text)) {}
  /// The error `from` reported at another place (a file name or JSON path in front of its own).
  input_error(std::string where, const input_error& from) : input_error(std::move(where), from.what_message()) {}
  /// The place the error refers to, e.g. `events[3].hours_per_week`.
  const std::string& where() const noexcept { return where_; }
  /// The message without the place, in English.
  std::string detail() const { return what_message().render("en"); }
  message placed_message() const override;

 private:
  std::string where_;
};

/// A rule pack failed to load, check or evaluate.
class rule_error : public error {
 public:
  rule_error(std::string code, message m) : error(error_kind::rule, std::move(code), std::move(m)) {}
  rule_error(std::string code, const std::string& text) : error(error_kind::rule, std::move(code), text) {}
};

/// The store could not complete an operation; nothing partial was written.
class storage_error : public error {
 public:
  explicit storage_error(message m, std::string code = "E_STORE")
      : error(error_kind::storage, std::move(code), std::move(m)) {}
  explicit storage_error(const std::string& text, std::string code = "E_STORE")
      : error(error_kind::storage, std::move(code), text) {}
};

/// The command line (or an API call's arguments) was wrong.
class usage_error : public error {
 public:
  explicit usage_error(message m) : error(error_kind::usage, "E_USAGE", std::move(m)) {}
  explicit usage_error(const std::string& text) : error(error_kind::usage, "E_USAGE", text) {}
};

}  // namespace hashigo
