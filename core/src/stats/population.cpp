#include <hashigo/case/place.hpp>
#include <hashigo/error.hpp>
#include <hashigo/stats/monthly.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <string_view>

namespace hashigo::stats {

namespace {

// One line of CSV (RFC 4180: a quoted cell may hold commas and doubled quotes), cells trimmed of
// spaces. Throws for a quote left open, naming `where`.
std::vector<std::string> cells_of(std::string_view line, const std::string& where) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c != '"') out.back() += c;
      else if (i + 1 < line.size() && line[i + 1] == '"') out.back() += line[++i];
      else quoted = false;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  if (quoted) throw input_error(where, message("error.population_quote"));
  for (auto& cell : out) {
    const auto first = cell.find_first_not_of(' '), last = cell.find_last_not_of(' ');
    cell = first == std::string::npos ? std::string() : cell.substr(first, last - first + 1);
  }
  return out;
}

// "970000" or, as spreadsheets write it, "970,000"; nullopt for anything else.
std::optional<std::int64_t> people_of(const std::string& text) {
  std::string digits;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',' && i > 0 && (text.size() - i - 1) % 4 == 3) continue;  // a separator before each group of three
    digits += text[i];
  }
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() || n <= 0) return std::nullopt;
  return n;
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
    const std::string where = fmt::format("{}:{}", path, line_no);
    const auto cells = cells_of(line, where);
    if (cells.size() == 1 && cells[0].empty()) continue;  // a blank line
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
    const bool digits = code.size() == 6 && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || cases::municipality_check_digit(std::string_view(code).substr(0, 5)) != code[5])
      throw input_error(where + " municipality", message("error.population_code", code));
    const auto people = people_of(cells[people_col]);
    if (!people) throw input_error(where + " population", message("error.population_number", cells[people_col]));
    if (!table.by_municipality.emplace(code, *people).second)
      throw input_error(where + " municipality", message("error.population_twice", code));
  }
  if (!header_seen) throw input_error(path, message("error.population_header", "municipality"));
  return table;
}

}  // namespace hashigo::stats
