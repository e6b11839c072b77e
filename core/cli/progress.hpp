#pragma once
// A one-line progress bar on a terminal's stderr: count, rate and, when the total is known, a
// bar and the time left. Draws at most ten times a second; nothing when stderr is no terminal.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace hashigo::cli {

class progress_bar {
 public:
  /// `total_bytes`: the input's size when it is a file; `unit`: what is counted ("cases").
  progress_bar(std::optional<std::uint64_t> total_bytes, std::string unit, bool enabled);
  progress_bar(const progress_bar&) = delete;
  progress_bar& operator=(const progress_bar&) = delete;
  ~progress_bar();

  /// Redraws (when a tenth of a second has passed) with `done` items and `bytes` of input read.
  void update(std::uint64_t done, std::uint64_t bytes);
  /// Clears the line, so that what follows starts on a clean line.
  void finish() noexcept;
  /// Seconds since the bar was made.
  double elapsed() const;

  /// True when standard error is a terminal (and TERM is not "dumb").
  static bool stderr_is_terminal();

 private:
  std::optional<std::uint64_t> total_;
  std::string unit_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

/// "1:05" or "1:02:03".
std::string clock_text(double seconds);

}  // namespace hashigo::cli
