#pragma once
/// @file The one exception family of hashigo; every error carries a stable code and an exit status.
#include <stdexcept>
#include <string>
#include <string_view>

namespace hashigo {

/// Stable error classes; the numeric value is the CLI exit status.
enum class error_kind : int {
  usage = 2,          ///< bad command line
  invalid_input = 3,  ///< malformed or impossible data (JSON, events, dates)
  rule = 4,           ///< a rule pack failed to load, check or run
  storage = 5,        ///< the database could not be opened, migrated, read or written
};

/// Base of every exception hashigo throws; `code()` is a stable, greppable identifier.
class error : public std::runtime_error {
 public:
  error(error_kind kind, std::string code, const std::string& message)
      : std::runtime_error(message), kind_(kind), code_(std::move(code)) {}
  /// The class of failure, which decides the exit status.
  error_kind kind() const noexcept { return kind_; }
  /// A stable identifier such as "E_INPUT" or "RULE002".
  const std::string& code() const noexcept { return code_; }
  /// The process exit status for this error.
  int exit_status() const noexcept { return static_cast<int>(kind_); }

 private:
  error_kind kind_;
  std::string code_;
};

/// Impossible or malformed input; `where` names the place (file, JSON path or field).
class input_error : public error {
 public:
  input_error(std::string where, const std::string& message)
      : error(error_kind::invalid_input, "E_INPUT",
              where.empty() ? message : where + ": " + message),
        where_(std::move(where)), detail_(message) {}
  /// The place the error refers to, e.g. `events[3].hours_per_week`.
  const std::string& where() const noexcept { return where_; }
  /// The message without the place.
  const std::string& detail() const noexcept { return detail_; }

 private:
  std::string where_;
  std::string detail_;
};

/// A rule pack failed to load, check or evaluate.
class rule_error : public error {
 public:
  rule_error(std::string code, const std::string& message)
      : error(error_kind::rule, std::move(code), message) {}
};

/// The store could not complete an operation; nothing partial was written.
class storage_error : public error {
 public:
  explicit storage_error(const std::string& message, std::string code = "E_STORE")
      : error(error_kind::storage, std::move(code), message) {}
};

/// The command line (or an API call's arguments) was wrong.
class usage_error : public error {
 public:
  explicit usage_error(const std::string& message) : error(error_kind::usage, "E_USAGE", message) {}
};

}  // namespace hashigo
