#include <hashigo/csv.hpp>

namespace hashigo::csv {

void append_row(std::string& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (const auto v : fields) {
    if (!first) out += ',';
    first = false;
    if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
      out += v;
      continue;
    }
    out += '"';
    for (const char c : v) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += "\r\n";
}

}  // namespace hashigo::csv
