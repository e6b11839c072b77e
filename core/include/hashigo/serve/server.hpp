#pragma once
/// @file The HTTP JSON API (`hashigo serve`): /v1 routes over hashigo::app, problem+json errors,
/// Prometheus metrics, a bearer token, one engine (and one database connection) per worker.
#include <hashigo/engine/decision.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/format/case_json.hpp>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace hashigo::serve {

/// Renders a decision as text for a reader (`audience` staff|person, `lang` ja|en, with the checks
/// when `explain`): the server adds it as `text` when a request asks for an audience or a language.
using text_renderer = std::function<std::string(const engine::decision& d, const engine::pack_summary& pack,
                                                std::string_view audience, std::string_view lang, bool explain)>;

/// How the server listens and works.
struct server_options {
  std::string host = "127.0.0.1";  ///< a non-loopback address needs a token
  int port = 8080;                 ///< 0: any free port (port() says which)
  std::string db_path;             ///< empty: no store; the store routes answer 503 E_NO_STORE
  engine::engine_options engine;   ///< every worker makes its own engine from these
  unsigned workers = 2;            ///< request threads, each with its own engine and connection
  std::string token;               ///< bearer token every route but /healthz needs (empty: none)
  std::size_t body_limit = std::size_t{8} << 20;  ///< larger request bodies are refused (413)
  std::chrono::seconds read_timeout{10};
  std::chrono::seconds write_timeout{10};
  std::chrono::seconds keep_alive_timeout{5};
  format::json_limits json_limits;  ///< nesting bound for request bodies
  /// Where each access-log line (one JSON object) goes; empty: nowhere.
  std::function<void(const std::string&)> access_log;
  /// Key of the pseudonyms that stand for case ids in the access log (empty: a random one per start).
  std::string log_key;
  /// Budget of the check a changed pack passes before a reload swaps it in (zero: none).
  std::chrono::milliseconds reload_check_budget{60'000};
  /// Text for an audience (empty: requests asking for one get the JSON only).
  text_renderer render_text;
};

/// One running server. Binds in the constructor; serves in run() until stop().
class server {
 public:
  /// Opens the store (when db_path is set), loads every pack in every worker's engine and binds.
  /// Throws usage_error for a non-loopback address without a token or an address it cannot bind,
  /// storage_error for a database that cannot be opened.
  explicit server(server_options options);
  ~server();
  server(const server&) = delete;
  server& operator=(const server&) = delete;

  /// The port bound (the free one chosen for port 0).
  int port() const noexcept;
  /// Serves until stop(); returns once the requests in flight have been answered.
  void run();
  /// Stops accepting; run() returns after the requests in flight. Safe from any thread (not a
  /// signal handler).
  void stop();

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

/// The OpenAPI 3.1 document of the routes, built from the same table the server routes by.
nlohmann::json openapi_document();

/// A JSON document as YAML (block style; strings JSON-quoted where plain YAML would misread them).
std::string to_yaml(const nlohmann::json& doc);

/// True for a loopback address (127.0.0.0/8, ::1, localhost).
bool is_loopback(std::string_view host) noexcept;

}  // namespace hashigo::serve
