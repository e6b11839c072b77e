#include "progress.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <unistd.h>

namespace hashigo::cli {

progress_bar::progress_bar(std::optional<std::uint64_t> total_bytes, std::string unit, bool enabled)
    : total_(total_bytes), unit_(std::move(unit)), enabled_(enabled), start_(std::chrono::steady_clock::now()) {
  if (total_ && *total_ == 0) total_.reset();
}

progress_bar::~progress_bar() { finish(); }

bool progress_bar::stderr_is_terminal() {
  const char* term = std::getenv("TERM");
  return ::isatty(STDERR_FILENO) == 1 && !(term && std::strcmp(term, "dumb") == 0);
}

double progress_bar::elapsed() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

std::string clock_text(double seconds) {
  const auto s = static_cast<long long>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

void progress_bar::update(std::uint64_t done, std::uint64_t bytes) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  drawn_ = true;
  const double secs = elapsed();
  const double rate = secs > 0 ? static_cast<double>(done) / secs : 0;
  std::string line;
  if (total_) {
    constexpr int width = 24;
    const double part = std::min(1.0, static_cast<double>(bytes) / static_cast<double>(*total_));
    const int filled = static_cast<int>(part * width);
    const double left = part > 0 ? secs * (1 - part) / part : 0;
    line = fmt::format("[{}{}] {:3.0f}%  {} {}  {:.0f}/s  ETA {}", std::string(filled, '#'),
                       std::string(width - filled, '.'), part * 100, done, unit_, rate, clock_text(left));
  } else {
    line = fmt::format("{} {}  {:.0f}/s  {}", done, unit_, rate, clock_text(secs));
  }
  std::fprintf(stderr, "\r%s\x1b[K", line.c_str());
  std::fflush(stderr);
}

void progress_bar::finish() noexcept {
  if (!enabled_ || !drawn_) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace hashigo::cli
