#include <hashigo/serve/server.hpp>

#include "problem.hpp"
#include "routes.hpp"

#include <hashigo/error.hpp>
#include <hashigo/sha256.hpp>

#include <fmt/format.h>

#include <atomic>
#include <cmath>
#include <chrono>
#include <ctime>
#include <random>
#include <regex>

namespace hashigo::serve {

namespace {

using clock_type = std::chrono::steady_clock;

// What the access log and the metrics need of the request this thread answers: set before
// routing, read once the answer is written (httplib calls both on the thread that serves).
struct request_info {
  bool active = false;
  clock_type::time_point start;
  std::string id;
  std::string route;
  std::string case_id;
};
thread_local request_info this_request;

// A client's id is kept when it is short and plain; otherwise one is made.
bool acceptable_id(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  for (const unsigned char ch : id)
    if (!(std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.')) return false;
  return true;
}

std::string random_hex(std::size_t bytes) {
  std::random_device rd;  // ids and log keys only: no decision reads it
  std::string out;
  for (std::size_t i = 0; i < bytes; ++i) out += fmt::format("{:02x}", rd() & 0xff);
  return out;
}

// Equal tokens, compared in time that does not depend on where they differ.
bool same_token(const std::string& given, const std::string& expected) {
  const std::string a = sha256::of(given), b = sha256::of(expected);
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

std::string language_of(const httplib::Request& req) {
  if (req.has_param("lang")) {
    const auto l = req.get_param_value("lang");
    if (l == "ja" || l == "en") return l;
  }
  return req.get_header_value("Accept-Language").rfind("ja", 0) == 0 ? "ja" : "en";
}

std::string utc_now() {
  const auto now = std::chrono::system_clock::now();  // the log's timestamp, never a decision's
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                     tm.tm_min, tm.tm_sec, ms);
}

// "/v1/cases/{id}" → ^/v1/cases/([^/]+)$
std::string pattern_of(const std::string& path) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '{') {
      i = path.find('}', i);
      out += "([^/]+)";
    } else if (path[i] == '.') {
      out += "\\.";
    } else {
      out += path[i];
    }
  }
  return out;
}

}  // namespace

bool is_loopback(std::string_view host) noexcept {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

struct server::impl {
  shared_state st;
  httplib::Server http;
  int port = 0;
  std::string log_key;
  std::string id_prefix = random_hex(4);
  std::atomic<std::uint64_t> next_id{1};

  explicit impl(server_options options)
      : st{options, workbenches(options.workers, options.engine, options.db_path), {}, {}} {}

  std::string pseudonym(const std::string& case_id) const {
    return case_id.empty() ? std::string() : sha256::of(log_key + '\n' + case_id).substr(0, 16);
  }

  void send_problem(const httplib::Request& req, httplib::Response& res, const error& e, int status) {
    auto body = problem(e, status, language_of(req), this_request.id, req.path);
    res.status = status;
    if (status == 503) res.set_header("Retry-After", "1");
    if (status == 401) res.set_header("WWW-Authenticate", "Bearer");
    res.set_content(body.dump(), "application/problem+json");
  }

  void start_request(const httplib::Request& req, httplib::Response& res) {
    this_request.active = true;
    this_request.start = clock_type::now();
    const auto given = req.get_header_value("X-Request-Id");
    this_request.id = acceptable_id(given) ? given : fmt::format("{}-{:x}", id_prefix, next_id.fetch_add(1));
    this_request.route = "unmatched";
    this_request.case_id.clear();
    res.set_header("X-Request-Id", this_request.id);
    st.stats.in_flight(1);
  }

  void finish_request(const httplib::Request& req, const httplib::Response& res) {
    if (!this_request.active) {  // refused before it was routed (a bad request line)
      this_request.start = clock_type::now();
      this_request.id = fmt::format("{}-{:x}", id_prefix, next_id.fetch_add(1));
      this_request.route = "unmatched";
      this_request.case_id.clear();
    } else {
      st.stats.in_flight(-1);
    }
    this_request.active = false;
    const double seconds = std::chrono::duration<double>(clock_type::now() - this_request.start).count();
    st.stats.request(this_request.route, req.method, res.status, seconds);
    if (!st.options.access_log) return;
    nlohmann::json line = {{"ts", utc_now()},
                           {"request_id", this_request.id},
                           {"method", req.method},
                           {"route", this_request.route},
                           {"case", this_request.case_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(pseudonym(this_request.case_id))},
                           {"status", res.status},
                           {"ms", std::round(seconds * 1e6) / 1e3},
                           {"bytes_in", req.body.size()},
                           {"bytes_out", res.body.size()},
                           {"remote", req.remote_addr}};
    st.options.access_log(line.dump());
  }

  void add_route(const route& r) {
    auto handler = [this, &r](const httplib::Request& req, httplib::Response& res) {
      this_request.route = r.path;
      call c{req, res, st, language_of(req), {}};
      try {
        r.handle(c);
      } catch (const error& e) {
        send_problem(req, res, e, status_for(e));
      } catch (const std::exception& e) {
        send_problem(req, res, error(error_kind::storage, "E_INTERNAL", message("error.internal", e.what())), 500);
      }
      this_request.case_id = c.case_id;
    };
    const std::string pattern = pattern_of(r.path);
    if (r.method == "GET")
      http.Get(pattern, handler);
    else
      http.Post(pattern, handler);
  }

  void configure() {
    const auto& o = st.options;
    log_key = o.log_key.empty() ? random_hex(16) : o.log_key;
    const unsigned workers = o.workers;
    http.new_task_queue = [workers] { return new httplib::ThreadPool(workers); };
    http.set_payload_max_length(o.body_limit);
    http.set_read_timeout(o.read_timeout);
    http.set_write_timeout(o.write_timeout);
    http.set_keep_alive_timeout(o.keep_alive_timeout.count());
    http.set_keep_alive_max_count(1000);
    http.set_tcp_nodelay(true);
    // SO_REUSEADDR only: httplib's default adds SO_REUSEPORT, with which a second server on a
    // busy port starts quietly and takes half the connections instead of failing to bind.
    http.set_socket_options([](socket_t sock) {
      int yes = 1;
      ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, reinterpret_cast<const void*>(&yes), sizeof(yes));
    });  // an answer goes out whole at once: no 40 ms wait on a delayed ACK
    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      start_request(req, res);
      if (st.options.token.empty() || req.path == "/healthz") return httplib::Server::HandlerResponse::Unhandled;
      const auto auth = req.get_header_value("Authorization");
      if (auth.rfind("Bearer ", 0) == 0 && same_token(auth.substr(7), st.options.token))
        return httplib::Server::HandlerResponse::Unhandled;
      send_problem(req, res, http_error(401, "E_UNAUTHORIZED", message("error.api_unauthorized")), 401);
      return httplib::Server::HandlerResponse::Handled;
    });
    // Answers httplib makes itself (no route, too large, bad request) as problem details too.
    http.set_error_handler(httplib::Server::HandlerWithResponse([this](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;  // ours already
      const int status = res.status;
      if (status == 404)
        send_problem(req, res, http_error(404, "E_NOT_FOUND", message("error.api_no_route", req.method, req.path)), 404);
      else if (status == 413)
        send_problem(req, res, http_error(413, "E_TOO_LARGE", message("error.api_too_large", st.options.body_limit)), 413);
      else if (status == 400)  // httplib could not read it: no length on a POST, a bad request line
        send_problem(req, res, http_error(400, "E_BAD_REQUEST", message("error.api_unreadable")), 400);
      else
        send_problem(req, res, http_error(status, "E_HTTP", message("error.api_http", status)), status);
      return httplib::Server::HandlerResponse::Handled;
    }));
    http.set_logger([this](const httplib::Request& req, const httplib::Response& res) { finish_request(req, res); });
    for (const auto& r : routes()) add_route(r);
  }
};

server::server(server_options options) {
  if (!is_loopback(options.host) && options.token.empty())
    throw usage_error(message("error.serve_token_needed", options.host));
  if (options.workers == 0) options.workers = 1;
  impl_ = std::make_unique<impl>(std::move(options));
  impl_->configure();
  // Every pack loaded by every worker now: the first requests do not pay for it, and a reload
  // has a serving version of each to keep when the new one is broken.
  impl_->st.benches.each([](workbench& b) {
    for (const auto& region : b.eng.regions()) {
      try {
        (void)b.eng.pack(region);
      } catch (const error&) {
        // GET /v1/packs says why; a request for it gets the error.
      }
    }
  });
  const auto& o = impl_->st.options;
  impl_->port = o.port == 0 ? impl_->http.bind_to_any_port(o.host) : (impl_->http.bind_to_port(o.host, o.port) ? o.port : -1);
  if (impl_->port < 0) throw usage_error(message("error.serve_bind", o.host, o.port));
}

server::~server() = default;

int server::port() const noexcept { return impl_->port; }

void server::run() { impl_->http.listen_after_bind(); }

void server::stop() { impl_->http.stop(); }

}  // namespace hashigo::serve
