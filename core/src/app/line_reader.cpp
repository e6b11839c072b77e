#include "app/line_reader.hpp"

#include <cstring>

namespace hashigo::app {

line_reader::line_reader(std::istream& in, std::size_t max_line_bytes)
    : in_(in), cap_(max_line_bytes), buf_(std::size_t{1} << 16) {}

bool line_reader::fill() {
  if (eof_) return false;
  pos_ = 0;
  end_ = static_cast<std::size_t>(in_.rdbuf()->sgetn(buf_.data(), static_cast<std::streamsize>(buf_.size())));
  if (end_ == 0) eof_ = true;
  return end_ > 0;
}

bool line_reader::next(std::string& line, std::size_t& length) {
  line.clear();
  length = 0;
  bool any = false;
  for (;;) {
    if (pos_ == end_ && !fill()) break;
    any = true;
    const char* start = buf_.data() + pos_;
    const auto* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
    const std::size_t n = nl ? static_cast<std::size_t>(nl - start) : end_ - pos_;
    if (line.size() < cap_) line.append(start, std::min(n, cap_ - line.size()));
    length += n;
    pos_ += n;
    consumed_ += n;
    if (nl) {
      ++pos_;
      ++consumed_;
      break;
    }
  }
  if (!any) return false;
  if (length > 0 && length <= cap_ && line.back() == '\r') {  // a file written on Windows
    line.pop_back();
    --length;
  }
  return true;
}

}  // namespace hashigo::app
