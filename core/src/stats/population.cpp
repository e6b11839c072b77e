#include <hashigo/error.hpp>
#include <hashigo/stats/monthly.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <string_view>

namespace hashigo::stats {

namespace {

// One line of a simple CSV (no quoted commas: codes and numbers only), cells trimmed.
std::vector<std::string> cells_of(std::string_view line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const auto comma = line.find(',', start);
    std::string_view cell = line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    while (!cell.empty() && (cell.front() == ' ' || cell.front() == '"')) cell.remove_prefix(1);
    while (!cell.empty() && (cell.back() == ' ' || cell.back() == '"' || cell.back() == '\r')) cell.remove_suffix(1);
    out.emplace_back(cell);
    if (comma == std::string_view::npos) return out;
    start = comma + 1;
  }
}

}  // namespace

population_table parse_population(const std::string& path, const std::string& text) {
  std::string_view rest(text);
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);  // Excel's UTF-8 BOM
  population_table table;
  std::size_t line_no = 0, code_col = 0, people_col = 0;
  bool header_seen = false;
  while (!rest.empty()) {
    const auto nl = rest.find('\n');
    const std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_no;
    const auto cells = cells_of(line);
    if (cells.size() == 1 && cells[0].empty()) continue;  // a blank line
    const std::string where = fmt::format("{}:{}", path, line_no);
    if (!header_seen) {
      const auto col = [&](const char* name) {
        const auto it = std::find(cells.begin(), cells.end(), name);
        if (it == cells.end()) throw input_error(where, message("error.population_header", name));
        return static_cast<std::size_t>(it - cells.begin());
      };
      code_col = col("municipality");
      people_col = col("population");
      header_seen = true;
      continue;
    }
    if (cells.size() <= std::max(code_col, people_col)) throw input_error(where, message("error.population_columns"));
    const std::string& code = cells[code_col];
    if (code.size() != 6 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
      throw input_error(where + " municipality", message("error.population_code", code));
    std::int64_t people = 0;
    const std::string& n = cells[people_col];
    const auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), people);
    if (ec != std::errc() || end != n.data() + n.size() || people <= 0)
      throw input_error(where + " population", message("error.population_number", n));
    if (!table.by_municipality.emplace(code, people).second)
      throw input_error(where + " municipality", message("error.population_twice", code));
  }
  if (!header_seen) throw input_error(path, message("error.population_header", "municipality"));
  return table;
}

}  // namespace hashigo::stats
