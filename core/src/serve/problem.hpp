#pragma once
// Errors as RFC 9457 problem details (application/problem+json), with hashigo's stable code.
#include <hashigo/error.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace hashigo::serve {

/// A failure the HTTP layer itself reports (not found, unauthorized …), as a hashigo::error.
class http_error : public error {
 public:
  http_error(int status, std::string code, message m)
      : error(error_kind::invalid_input, std::move(code), std::move(m)), status_(status) {}
  int status() const noexcept { return status_; }

 private:
  int status_;
};

/// The HTTP status for `e`: 400 usage, 404 an unknown case or receipt, 409 a conflict, 422 invalid
/// input, 503 a busy store, 500 a rule or storage failure.
int status_for(const error& e) noexcept;

/// The problem document for `e`: type, title, status, detail (in `lang`), code, where, request_id.
nlohmann::json problem(const error& e, int status, const std::string& lang, const std::string& request_id,
                       const std::string& instance);

/// The reason phrase of a status ("Not Found").
const char* status_title(int status) noexcept;

}  // namespace hashigo::serve
