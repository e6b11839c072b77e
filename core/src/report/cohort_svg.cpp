#include "cohort_svg.hpp"

#include "html.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace hashigo::report {

namespace {

constexpr double k_width = 640, k_height = 260, k_left = 48, k_right = 150, k_top = 14, k_bottom = 34;
constexpr double k_plot_w = k_width - k_left - k_right, k_plot_h = k_height - k_top - k_bottom;

// Colours told apart by people with the common colour-vision deficiencies (Okabe–Ito).
constexpr const char* k_colours[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999", "#000000"};
const char* colour(std::size_t i) { return k_colours[i % std::size(k_colours)]; }

std::string percent(double v) {
  return std::fabs(v) < 0.1 && v != 0 ? fmt::format("{:.1f}%", v * 100) : fmt::format("{:.0f}%", v * 100);
}

// The SVG element and its month labels along the bottom.
std::string frame(const std::vector<std::string>& labels, const std::string& title, const std::string& css) {
  std::string out = fmt::format(R"(<svg class="{}" viewBox="0 0 {} {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">)", css,
                                k_width, k_height, title);
  const std::size_t n = labels.size();
  const std::size_t every = std::max<std::size_t>(1, (n + 9) / 10);
  for (std::size_t i = 0; i < n; ++i)
    if ((i % every == 0 && i + every / 2 + 1 < n) || i + 1 == n) {
      const double x = k_left + (n <= 1 ? k_plot_w / 2 : k_plot_w * static_cast<double>(i) / static_cast<double>(n - 1));
      out += fmt::format(R"(<text class="tick-x" x="{:.1f}" y="{:.1f}">{}</text>)", x, k_height - k_bottom + 16, html::escape(labels[i]));
    }
  return out;
}

double x_of(std::size_t i, std::size_t n) {
  return k_left + (n <= 1 ? k_plot_w / 2 : k_plot_w * static_cast<double>(i) / static_cast<double>(n - 1));
}

std::string legend(std::size_t i, const std::string& name, const char* fill) {
  const double y = k_top + 8 + 18 * static_cast<double>(i);
  return fmt::format(R"(<rect class="key" x="{:.1f}" y="{:.1f}" width="12" height="12" fill="{}"/><text class="legend" x="{:.1f}" y="{:.1f}">{}</text>)",
                     k_width - k_right + 12, y - 10, fill, k_width - k_right + 30, y, name);
}

std::string y_gridline(double y, const std::string& text) {
  return fmt::format(R"(<line class="grid-y" x1="{:.1f}" x2="{:.1f}" y1="{:.1f}" y2="{:.1f}"/><text class="tick" x="{:.1f}" y="{:.1f}">{}</text>)",
                     k_left, k_left + k_plot_w, y, y, k_left - 4, y + 4, text);
}

}  // namespace

std::string stack_chart(const std::vector<std::string>& labels, const std::vector<band_series>& layers, const std::string& title) {
  const std::size_t n = labels.size();
  const auto y = [](double share) { return k_top + k_plot_h * (1 - std::clamp(share, 0.0, 1.0)); };
  std::string out = frame(labels, title, "stack");
  for (const double f : {0.0, 0.25, 0.5, 0.75, 1.0}) out += y_gridline(y(f), percent(f));
  std::vector<double> below(n, 0.0);
  std::size_t shown = 0;  // legend rows: only the layers drawn
  for (std::size_t k = 0; k < layers.size(); ++k) {
    const auto& layer = layers[k];
    if (std::all_of(layer.mean.begin(), layer.mean.end(), [](double v) { return v <= 0; })) continue;
    std::string d;
    for (std::size_t i = 0; i < n; ++i) d += fmt::format("{}{:.1f},{:.1f} ", i == 0 ? "M" : "L", x_of(i, n), y(below[i] + layer.mean[i]));
    for (std::size_t i = n; i-- > 0;) d += fmt::format("L{:.1f},{:.1f} ", x_of(i, n), y(below[i]));
    out += fmt::format(R"(<path class="layer" fill="{}" d="{}Z"><title>{}</title></path>)", colour(k), d, layer.name);
    for (std::size_t i = 0; i < n; ++i) below[i] += layer.mean[i];
    out += legend(shown++, layer.name, colour(k));
  }
  return out + "</svg>";
}

std::string band_chart(const std::vector<std::string>& labels, const std::vector<band_series>& series, const std::string& title, bool zero) {
  const std::size_t n = labels.size();
  // a share cannot fall below 0: an interval reaching under it is drawn to 0
  const auto floor_of = [&](double v) { return zero ? v : std::max(0.0, v); };
  double top = 0.0, bottom = 0.0;
  for (const auto& s : series)
    for (std::size_t i = 0; i < n; ++i) {
      top = std::max({top, s.mean[i], s.hi[i].value_or(s.mean[i])});
      bottom = std::min({bottom, floor_of(s.mean[i]), floor_of(s.lo[i].value_or(s.mean[i]))});
    }
  // gridlines every round step (1, 2, 2.5 or 5 times a power of ten), at most six of them
  double step = 0.01;
  for (const double c : {0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25})
    if ((top - bottom) / c <= 6) {
      step = c;
      break;
    } else {
      step = c;
    }
  top = std::max(step, std::ceil(top / step - 1e-9) * step);
  bottom = std::floor(bottom / step + 1e-9) * step;
  const auto y = [&](double v) { return k_top + k_plot_h * (top - v) / (top - bottom); };
  std::string out = frame(labels, title, "band");
  // a difference of shares is in percentage points
  const auto label = [&](double v) {
    v = std::fabs(v) < 1e-9 ? 0.0 : v;
    return zero ? fmt::format("{:+.1f} pp", v * 100) : percent(v);
  };
  for (double f = bottom; f <= top + step / 2; f += step) out += y_gridline(y(f), label(f));
  if (zero && bottom < 0) out += fmt::format(R"(<line class="zero" x1="{:.1f}" x2="{:.1f}" y1="{:.1f}" y2="{:.1f}"/>)", k_left, k_left + k_plot_w, y(0), y(0));
  for (std::size_t k = 0; k < series.size(); ++k) {
    const auto& s = series[k];
    std::string band;
    bool have_band = true;
    for (std::size_t i = 0; i < n; ++i) have_band = have_band && s.hi[i] && s.lo[i];
    if (have_band && n > 0) {
      for (std::size_t i = 0; i < n; ++i) band += fmt::format("{}{:.1f},{:.1f} ", i == 0 ? "M" : "L", x_of(i, n), y(*s.hi[i]));
      for (std::size_t i = n; i-- > 0;) band += fmt::format("L{:.1f},{:.1f} ", x_of(i, n), y(floor_of(*s.lo[i])));
      out += fmt::format(R"(<path class="ci" fill="{}" d="{}Z"/>)", colour(k), band);
    }
    std::string line;
    for (std::size_t i = 0; i < n; ++i) line += fmt::format("{}{:.1f},{:.1f} ", i == 0 ? "M" : "L", x_of(i, n), y(s.mean[i]));
    out += fmt::format(R"(<path class="series" stroke="{}" d="{}"/>)", colour(k), line);
    for (std::size_t i = 0; i < n; ++i)
      out += fmt::format(R"(<circle class="point" fill="{}" cx="{:.1f}" cy="{:.1f}" r="2.5"><title>{} {} {}{}</title></circle>)", colour(k),
                         x_of(i, n), y(s.mean[i]), s.name, html::escape(labels[i]), label(s.mean[i]),
                         s.lo[i] && s.hi[i] ? fmt::format(" [{}, {}]", label(*s.lo[i]), label(*s.hi[i])) : std::string());
    out += legend(k, s.name, colour(k));
  }
  return out + "</svg>";
}

std::string interval_chart(const std::vector<interval_row>& rows, const std::string& title, const std::string& unit) {
  constexpr double left = 230, right = 30, row_h = 22, top_pad = 10, bottom_pad = 26;
  const double height = top_pad + bottom_pad + row_h * static_cast<double>(std::max<std::size_t>(1, rows.size()));
  double extent = 0;
  for (const auto& r : rows) extent = std::max({extent, std::fabs(r.mean), std::fabs(r.lo.value_or(r.mean)), std::fabs(r.hi.value_or(r.mean))});
  if (extent <= 0) extent = 1;
  const double p = std::pow(10.0, std::floor(std::log10(extent)));
  for (const double m : {1.0, 2.0, 5.0, 10.0})
    if (m * p >= extent) {
      extent = m * p;
      break;
    }
  const double plot_w = k_width - left - right;
  const auto x = [&](double v) { return left + plot_w * (v + extent) / (2 * extent); };
  std::string out = fmt::format(R"(<svg class="intervals" viewBox="0 0 {} {:.0f}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">)",
                                k_width, height, title);
  const double axis_y = height - bottom_pad;
  for (const double v : {-extent, 0.0, extent})
    out += fmt::format(R"(<line class="{}" x1="{:.1f}" x2="{:.1f}" y1="{:.1f}" y2="{:.1f}"/><text class="tick-x" x="{:.1f}" y="{:.1f}">{:+g}{}</text>)",
                       v == 0 ? "zero" : "grid-x", x(v), x(v), top_pad, axis_y, x(v), axis_y + 16, v, unit);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const double cy = top_pad + row_h * (static_cast<double>(i) + 0.5);
    out += fmt::format(R"(<text class="row-name" x="{:.1f}" y="{:.1f}">{}</text>)", left - 8, cy + 4, r.name);
    if (r.lo && r.hi)
      out += fmt::format(R"(<line class="bar" x1="{:.1f}" x2="{:.1f}" y1="{:.1f}" y2="{:.1f}"/>)", x(*r.lo), x(*r.hi), cy, cy);
    out += fmt::format(R"(<circle class="point" cx="{:.1f}" cy="{:.1f}" r="4"><title>{} {:+.3g}{}{}</title></circle>)", x(r.mean), cy, r.name,
                       r.mean, unit, r.lo && r.hi ? fmt::format(" [{:+.3g}, {:+.3g}]", *r.lo, *r.hi) : std::string());
  }
  return out + "</svg>";
}

}  // namespace hashigo::report
