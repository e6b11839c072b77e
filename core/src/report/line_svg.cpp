#include "line_svg.hpp"

#include "html.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace hashigo::report {

namespace {

constexpr double k_width = 520, k_height = 190, k_left = 44, k_right = 26, k_top = 12, k_bottom = 34;

// A round top for the y axis: 1, 2 or 5 times a power of ten, at least the largest value; a count
// axis stays whole at its middle tick (2 rather than 1).
double nice_top(double max, bool whole) {
  if (max <= 0) return whole ? 2 : 1;
  const double p = std::pow(10.0, std::floor(std::log10(max)));
  double top = 10 * p;
  for (const double m : {1.0, 2.0, 5.0, 10.0})
    if (m * p >= max) {
      top = m * p;
      break;
    }
  return whole && std::floor(top / 2) != top / 2 ? top * 2 : top;
}

std::string number(double v, bool percent) {
  if (percent) return std::fabs(v) < 0.1 && v != 0 ? fmt::format("{:.1f}%", v * 100) : fmt::format("{:.0f}%", v * 100);
  if (std::floor(v) == v) return fmt::format("{:.0f}", v);
  return std::fabs(v) >= 10 ? fmt::format("{:.1f}", v) : fmt::format("{:.2f}", v);
}

}  // namespace

std::string line_chart(const std::vector<std::string>& labels, const std::vector<std::optional<double>>& values, const std::string& title,
                       bool percent) {
  double max = 0;
  bool whole = !percent;
  for (const auto& v : values)
    if (v) {
      max = std::max(max, *v);
      whole = whole && std::floor(*v) == *v;
    }
  const double top = nice_top(max, whole);
  const double plot_w = k_width - k_left - k_right, plot_h = k_height - k_top - k_bottom;
  const std::size_t n = values.size();
  const auto x = [&](std::size_t i) { return k_left + (n <= 1 ? plot_w / 2 : plot_w * static_cast<double>(i) / static_cast<double>(n - 1)); };
  const auto y = [&](double v) { return k_top + plot_h * (1 - v / top); };

  std::string out = fmt::format(R"(<svg class="trend" viewBox="0 0 {} {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">)",
                                k_width, k_height, title);
  for (const double f : {0.0, 0.5, 1.0}) {  // gridlines with their values
    out += fmt::format(R"(<line class="grid-y" x1="{:.1f}" x2="{:.1f}" y1="{:.1f}" y2="{:.1f}"/><text class="tick" x="{:.1f}" y="{:.1f}">{}</text>)",
                       k_left, k_width - k_right, y(top * f), y(top * f), k_left - 4, y(top * f) + 4, number(top * f, percent));
  }
  // Month labels: every one when few, else about eight, always the first and last.
  const std::size_t every = std::max<std::size_t>(1, (n + 7) / 8);
  for (std::size_t i = 0; i < n; ++i)
    if ((i % every == 0 && i + every / 2 + 1 < n) || i + 1 == n)  // the last label, and none crowding it
      out += fmt::format(R"(<text class="tick-x" x="{:.1f}" y="{:.1f}">{}</text>)", x(i), k_height - k_bottom + 16, html::escape(labels[i]));
  // The line, broken where a value is missing.
  std::string path;
  bool pen_down = false;
  for (std::size_t i = 0; i < n; ++i) {
    if (!values[i]) {
      pen_down = false;
      continue;
    }
    path += fmt::format("{}{:.1f},{:.1f} ", pen_down ? "L" : "M", x(i), y(*values[i]));
    pen_down = true;
  }
  if (!path.empty()) out += R"(<path class="series" d=")" + path + R"("/>)";
  for (std::size_t i = 0; i < n; ++i)
    if (values[i])
      out += fmt::format(R"(<circle class="point" cx="{:.1f}" cy="{:.1f}" r="3"><title>{} {}</title></circle>)", x(i), y(*values[i]),
                         html::escape(labels[i]), number(*values[i], percent));
  return out + "</svg>";
}

}  // namespace hashigo::report
