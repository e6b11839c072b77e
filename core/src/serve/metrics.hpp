#pragma once
// Counters and a latency histogram in Prometheus' text exposition format (version 0.0.4).
#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace hashigo::serve {

class metrics {
 public:
  /// One answered request: its route template ("/v1/cases/{id}"), method, status and duration.
  void request(const std::string& route, const std::string& method, int status, double seconds);
  /// One decision made, by status ("ok" | "error").
  void decision(const std::string& status);
  /// One region's reload outcome ("swapped" | "kept" | "unchanged").
  void reload(const std::string& result);
  /// Requests being answered now.
  void in_flight(int delta);
  /// Everything, as /metrics answers it.
  std::string text() const;

 private:
  static constexpr std::array<double, 12> bounds{0.0005, 0.001, 0.002, 0.005, 0.01, 0.02,
                                                 0.05,   0.1,   0.25,  0.5,   1.0,  5.0};
  struct histogram {
    std::array<std::uint64_t, bounds.size()> buckets{};  // non-cumulative; summed when written
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  std::map<std::string, histogram> latency_;
  std::map<std::string, std::uint64_t> decisions_;
  std::map<std::string, std::uint64_t> reloads_;
  std::int64_t in_flight_ = 0;
};

}  // namespace hashigo::serve
