#include "problem.hpp"

namespace hashigo::serve {

int status_for(const error& e) noexcept {
  if (const auto* h = dynamic_cast<const http_error*>(&e)) return h->status();
  const std::string& code = e.code();
  if (code == "E_CONFLICT" || code == "E_EXISTS") return 409;
  if (code == "E_LOCKED") return 503;
  if (code == "E_UNREADABLE_CASE") return 409;  // the stored case needs a correction first
  const std::string& id = e.what_message().id();
  // the case the path names is not stored: 404; a body naming a case not stored is a bad body (422)
  const auto* in = dynamic_cast<const input_error*>(&e);
  if ((id == "error.unknown_case" && in && in->where() == "case") || id == "error.no_receipt") return 404;
  if (id == "error.case_exists") return 409;
  switch (e.kind()) {
    case error_kind::usage: return 400;
    case error_kind::invalid_input: return 422;
    case error_kind::rule:
    case error_kind::storage: return 500;
  }
  return 500;
}

const char* status_title(int status) noexcept {
  switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return status < 500 ? "Client Error" : "Server Error";
  }
}

nlohmann::json problem(const error& e, int status, const std::string& lang, const std::string& request_id,
                       const std::string& instance) {
  nlohmann::json p = {{"type", "urn:hashigo:error:" + e.code()}, {"title", status_title(status)}, {"status", status},
                      {"detail", e.text(lang)}, {"code", e.code()}, {"instance", instance}, {"request_id", request_id}};
  if (const auto* in = dynamic_cast<const input_error*>(&e); in && !in->where().empty()) p["where"] = in->where();
  return p;
}

}  // namespace hashigo::serve
