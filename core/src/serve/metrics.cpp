#include "metrics.hpp"

#include <fmt/format.h>

namespace hashigo::serve {

void metrics::request(const std::string& route, const std::string& method, int status, double seconds) {
  std::lock_guard lock(mu_);
  ++requests_[{route, method, status}];
  auto& h = latency_[route];
  for (std::size_t i = 0; i < bounds.size(); ++i)
    if (seconds <= bounds[i]) {
      ++h.buckets[i];
      break;
    }
  ++h.count;
  h.sum += seconds;
}

void metrics::decision(const std::string& status) {
  std::lock_guard lock(mu_);
  ++decisions_[status];
}

void metrics::reload(const std::string& result) {
  std::lock_guard lock(mu_);
  ++reloads_[result];
}

void metrics::in_flight(int delta) {
  std::lock_guard lock(mu_);
  in_flight_ += delta;
}

std::string metrics::text() const {
  std::lock_guard lock(mu_);
  std::string out;
  out += "# HELP hashigo_http_requests_total HTTP requests answered, by route template, method and status.\n";
  out += "# TYPE hashigo_http_requests_total counter\n";
  for (const auto& [key, n] : requests_)
    out += fmt::format("hashigo_http_requests_total{{route=\"{}\",method=\"{}\",status=\"{}\"}} {}\n", std::get<0>(key),
                       std::get<1>(key), std::get<2>(key), n);
  out += "# HELP hashigo_http_request_duration_seconds Time from a request read to its answer written.\n";
  out += "# TYPE hashigo_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < bounds.size(); ++i) {
      cumulative += h.buckets[i];
      out += fmt::format("hashigo_http_request_duration_seconds_bucket{{route=\"{}\",le=\"{}\"}} {}\n", route, bounds[i], cumulative);
    }
    out += fmt::format("hashigo_http_request_duration_seconds_bucket{{route=\"{}\",le=\"+Inf\"}} {}\n", route, h.count);
    out += fmt::format("hashigo_http_request_duration_seconds_sum{{route=\"{}\"}} {}\n", route, h.sum);
    out += fmt::format("hashigo_http_request_duration_seconds_count{{route=\"{}\"}} {}\n", route, h.count);
  }
  out += "# HELP hashigo_decisions_total Decisions made, by status.\n# TYPE hashigo_decisions_total counter\n";
  for (const char* s : {"ok", "error"}) {
    const auto it = decisions_.find(s);
    out += fmt::format("hashigo_decisions_total{{status=\"{}\"}} {}\n", s, it == decisions_.end() ? 0 : it->second);
  }
  out += "# HELP hashigo_pack_reloads_total Packs looked at by a reload, by outcome.\n# TYPE hashigo_pack_reloads_total counter\n";
  for (const char* r : {"swapped", "kept", "unchanged"}) {
    const auto it = reloads_.find(r);
    out += fmt::format("hashigo_pack_reloads_total{{result=\"{}\"}} {}\n", r, it == reloads_.end() ? 0 : it->second);
  }
  out += "# HELP hashigo_http_requests_in_flight Requests being answered.\n# TYPE hashigo_http_requests_in_flight gauge\n";
  out += fmt::format("hashigo_http_requests_in_flight {}\n", in_flight_);
  return out;
}

}  // namespace hashigo::serve
