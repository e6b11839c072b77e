#include "ladder_svg.hpp"

#include "html.hpp"

#include <hashigo/text/messages.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace hashigo::report {

namespace {

// The chart's geometry in CSS pixels; the SVG scales down to the page (and to A4) from these.
constexpr int k_label_width = 190;
constexpr int k_top = 46;  // month labels, decision points and alerts above the rows
constexpr int k_column = 46;
constexpr int k_row = 26;
constexpr int k_right = 16;
constexpr int k_bottom = 12;
constexpr double k_branch_spread = 5.0;  // how far apart overlapping branches' lines sit

// Every position any branch's ladder has, plus any a journey visited, lowest first.
std::vector<cases::position> rows_of(const timeline& t) {
  std::vector<cases::position> rows;
  auto add = [&rows](const cases::position& p) {
    if (std::find(rows.begin(), rows.end(), p) == rows.end()) rows.push_back(p);
  };
  for (const auto s : cases::all_stages) {
    bool rungless = false;
    for (const auto& b : t.branches) {
      const auto it = b.ladder.rungs.find(s);
      rungless = rungless || it == b.ladder.rungs.end() || it->second.empty();
    }
    if (rungless) add({s, ""});
    for (const auto& b : t.branches)
      if (const auto it = b.ladder.rungs.find(s); it != b.ladder.rungs.end())
        for (const auto& rung : it->second) add({s, rung});
    for (const auto& b : t.branches)
      for (const auto& m : b.run->months)
        for (const auto* p : {&m.state.position, &position_after(m)})
          if (p->at == s) add(*p);
  }
  // A visited position added after its stage's rungs still sorts inside its stage.
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
  return rows;
}

std::string bilingual_text(double x, double y, const std::string& cls, const std::function<std::string(const std::string&)>& in) {
  const std::string ja = in("ja"), en = in("en");
  if (ja == en) return fmt::format(R"(<text x="{}" y="{}" class="{}">{}</text>)", x, y, cls, html::escape(ja));
  return fmt::format(R"(<text x="{0}" y="{1}" class="{2} ja">{3}</text><text x="{0}" y="{1}" class="{2} en">{4}</text>)", x, y, cls,
                     html::escape(ja), html::escape(en));
}

// A mark's shape: a triangle for a step taken, a circle otherwise (hollow while suspended or closed).
std::string mark_shape(const sim::scenario_month& m, double x, double y, const std::string& colour) {
  const auto& s = m.decision.step;
  const bool moved = s.accepted && m.committed && s.step != "stay";
  if (moved && s.step == "up")
    return fmt::format(R"(<path d="M{} {} l6 10 h-12 z" fill="{}"/>)", x, y - 6, colour);
  if (moved && s.step == "down")
    return fmt::format(R"(<path d="M{} {} l6 -10 h-12 z" fill="{}"/>)", x, y + 6, colour);
  const bool paused = m.state.status == cases::process_status::closed || m.state.status == cases::process_status::suspended;
  if (!m.decision.ok()) return fmt::format(R"(<path d="M{} {} l10 10 m0 -10 l-10 10" stroke="#b00020" stroke-width="2.5"/>)", x - 5, y - 5);
  return fmt::format(R"(<circle cx="{}" cy="{}" r="5" fill="{}" stroke="{}" stroke-width="2"/>)", x, y, paused ? "#fff" : colour, colour);
}

}  // namespace

const cases::position& position_after(const sim::scenario_month& m) {
  const auto& s = m.decision.step;
  return s.accepted && m.committed && s.to ? *s.to : m.state.position;
}

const std::string& branch_colour(std::size_t index) {
  static const std::array<std::string, 6> colours = {"#1f5fbf", "#d9661f", "#2a8f57", "#8e44ad", "#b8860b", "#c0392b"};
  return colours[index % colours.size()];
}

std::string ladder_svg(const timeline& t, const naming& names) {
  const auto rows = rows_of(t);
  std::size_t months = 0;
  for (const auto& b : t.branches) months = std::max(months, b.run->months.size());
  const int width = k_label_width + static_cast<int>(months) * k_column + k_right;
  const int height = k_top + static_cast<int>(rows.size()) * k_row + k_bottom;
  auto row_y = [&](const cases::position& p) {
    const auto at = std::find(rows.begin(), rows.end(), p) - rows.begin();
    return k_top + (static_cast<int>(rows.size()) - 1 - static_cast<int>(at)) * k_row + k_row / 2;
  };
  auto column_x = [](std::size_t month_index) { return k_label_width + static_cast<int>(month_index) * k_column + k_column / 2; };

  std::string out = fmt::format(
      R"(<svg class="ladder" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {0} {1}" width="{0}" height="{1}" role="img" aria-labelledby="ladder-title">)",
      width, height);
  out += R"(<title id="ladder-title">)" + html::escape(text::msg("report.chart_title", "ja")) + " / " +
         html::escape(text::msg("report.chart_title", "en")) + "</title>";

  // Rows: stages in alternating bands, each rung named.
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& p = rows[i];
    const int y = row_y(p) - k_row / 2;
    const bool odd = static_cast<int>(p.at) % 2 == 1;
    out += fmt::format(R"(<rect x="0" y="{}" width="{}" height="{}" class="band{}"/>)", y, width, k_row, odd ? " odd" : "");
    const bool first_of_stage = i == 0 || rows[i - 1].at != p.at;
    const std::string stage_code{cases::to_string(p.at)};
    if (p.rung.empty() || first_of_stage)
      out += bilingual_text(6, y + k_row / 2.0 + 4, "stage", [&](const std::string& lang) { return names.name("stage", stage_code, lang); });
    if (!p.rung.empty())
      out += bilingual_text(96, y + k_row / 2.0 + 4, "rung",
                            [&](const std::string& lang) { return names.name("rung", p.rung, lang); });
  }
  // Month columns: the month number, and its year-month under it.
  const auto& first = *t.branches.front().run;
  for (std::size_t i = 0; i < months; ++i) {
    const int x = column_x(i);
    out += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" class="grid"/>)", x, k_top, height - k_bottom);
    out += fmt::format(R"(<a href="#m{0}"><text x="{1}" y="14" class="month">{0}</text></a>)", i + 1, x);
    if (i < first.months.size())
      out += fmt::format(R"(<text x="{}" y="26" class="ym">{}</text>)", x, first.months[i].last_day.year_month().substr(2));
  }
  // Above the rows: a diamond where a decision point was, a flag where an alert was raised.
  for (std::size_t i = 0; i < months; ++i) {
    bool choice = false, alert = false;
    for (const auto& b : t.branches)
      if (i < b.run->months.size()) {
        choice = choice || !b.run->months[i].choices.empty();
        alert = alert || !b.run->months[i].decision.alerts.empty();
      }
    const int x = column_x(i);
    if (choice) out += fmt::format(R"(<path class="choice-mark" d="M{} 30 l6 6 l-6 6 l-6 -6 z"/>)", x - 7);
    if (alert) out += fmt::format(R"(<path class="alert-mark" d="M{} 31 l5 10 h-10 z"/>)", x + 7);
  }
  // Where each pair of branches first parts.
  for (const auto& d : t.differences) {
    if (!d.first_difference) continue;
    const int x = column_x(d.first_difference->index) - k_column / 2 + 2;
    out += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" class="diverge"><title>{3} ≠ {4}</title></line>)", x, k_top, height - k_bottom,
                       html::escape(t.branches[d.a].label), html::escape(t.branches[d.b].label));
  }
  // The journeys: a line through the month-end positions, then one mark per month.
  const double centre = (static_cast<double>(t.branches.size()) - 1) / 2;
  for (std::size_t bi = 0; bi < t.branches.size(); ++bi) {
    const auto& run = *t.branches[bi].run;
    const std::string& colour = branch_colour(bi);
    const double dy = (static_cast<double>(bi) - centre) * k_branch_spread;
    std::string points;
    for (std::size_t i = 0; i < run.months.size(); ++i)
      points += fmt::format("{}{},{}", points.empty() ? "" : " ", column_x(i), row_y(position_after(run.months[i])) + dy);
    out += fmt::format(R"(<polyline class="journey" points="{}" stroke="{}"/>)", points, colour);
    for (std::size_t i = 0; i < run.months.size(); ++i) {
      const auto& m = run.months[i];
      const double x = column_x(i), y = row_y(position_after(m)) + dy;
      const auto& s = m.decision.step;
      std::string tip = fmt::format("{} · {} · {} · {}", t.branches[bi].label, m.month, m.last_day.to_string(), cases::to_string(position_after(m)));
      if (s.step != "stay" && s.to) tip += fmt::format(" · {} {}", s.step, s.accepted ? (m.committed ? "taken" : "accepted") : "refused");
      for (const auto& r : s.reasons) tip += " " + r.rule_id;
      out += fmt::format(R"(<a href="#m{}"><g class="mark" data-branch="{}" data-month="{}"><title>{}</title>{}</g></a>)", m.month, bi, m.month,
                         html::escape(tip), mark_shape(m, x, y, colour));
    }
  }
  return out + "</svg>";
}

}  // namespace hashigo::report
