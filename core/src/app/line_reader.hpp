#pragma once
// Reads a stream line by line with a cap on what one line may hold: a line over the cap is kept
// only up to it (and flagged with its true length), so one runaway line cannot exhaust memory.
#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace hashigo::app {

class line_reader {
 public:
  line_reader(std::istream& in, std::size_t max_line_bytes);

  /// The next line without its "\n" (and "\r" before it); false at the end of the stream.
  /// `length` is the line's true length, more than line.size() when the line was cut at the cap.
  bool next(std::string& line, std::size_t& length);
  /// Bytes consumed so far, newlines included.
  std::uint64_t bytes_read() const noexcept { return consumed_; }

 private:
  bool fill();

  std::istream& in_;
  std::size_t cap_;
  std::vector<char> buf_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  std::uint64_t consumed_ = 0;
  bool eof_ = false;
};

}  // namespace hashigo::app
