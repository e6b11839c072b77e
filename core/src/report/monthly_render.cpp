#include <hashigo/csv.hpp>
#include <hashigo/report/monthly.hpp>
#include <hashigo/text/messages.hpp>

#include "html.hpp"
#include "line_svg.hpp"

#include <fmt/format.h>

#include <cmath>

namespace hashigo::report {

namespace {

using nlohmann::json;
using stats::figure;
using stats::monthly_report;

std::string code_name(const code_namer& names, const figure& f, const std::string& lang) {
  const std::string found = names ? names(f.kind, f.code, lang) : std::string();
  return found.empty() ? f.code : found;
}

std::string label(const code_namer& names, const figure& f, const std::string& lang) {
  if (f.group.empty()) return text::msg("stats." + f.id, lang);
  return text::msg("stats." + f.group, lang) + ": " + code_name(names, f, lang);
}

bool whole(const std::string& unit) { return unit == "count" || unit == "people" || unit == "minutes"; }

// The value as a person reads it: whole numbers, rates to one decimal, ratios as percentages.
std::string shown(const figure& f) {
  if (!f.value) return "—";
  if (whole(f.unit)) return fmt::format("{}", std::llround(*f.value));
  if (f.unit == "ratio") return fmt::format("{:.1f}%", *f.value * 100.0);
  return fmt::format("{:.1f}", *f.value);
}

// "9 / 20" beside a rate, so the reader sees what it is made of.
std::string parts(const figure& f) {
  if (!f.numerator) return "";
  const auto n = [](double x) { return std::floor(x) == x ? fmt::format("{}", std::llround(x)) : fmt::format("{:.1f}", x); };
  return fmt::format("{} / {}", n(*f.numerator), f.denominator ? n(*f.denominator) : "—");
}

std::string number(std::optional<double> v) {
  if (!v) return "";
  if (std::floor(*v) == *v && std::fabs(*v) < 1e15) return fmt::format("{}", std::llround(*v));
  return fmt::format("{:.6g}", *v);
}

json localized(const std::function<std::string(const std::string&)>& in) { return {{"ja", in("ja")}, {"en", in("en")}}; }

// A count as a JSON integer, anything else as a number; null when missing.
json number_json(std::optional<double> v) {
  if (!v) return json();
  if (std::floor(*v) == *v && std::fabs(*v) < 9e15) return json(static_cast<std::int64_t>(*v));
  return json(*v);
}

// A cell of a Markdown table: a code written by a pack may hold `|` or markup.
std::string md_cell(const std::string& s) {
  std::string out;
  for (const char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

// Rates per 100,000 of one municipality (nullopt when its population is not known).
std::optional<double> per_100k(std::int64_t count, std::optional<std::int64_t> population) {
  if (!population || *population <= 0) return std::nullopt;
  return static_cast<double>(count) / static_cast<double>(*population) * 100000.0;
}

std::string municipality_name(const stats::municipality_row& m, const std::string& lang) {
  return m.code.empty() ? text::msg("stats.municipality_unknown", lang) : m.code;
}

std::string rate_text(std::optional<double> v) { return v ? fmt::format("{:.1f}", *v) : "—"; }

// The lines above the tables: what was read, and what the rates are per.
std::vector<std::string> preamble(const monthly_report& r, const std::string& lang) {
  std::vector<std::string> out{text::msg("stats.cases_read", lang, r.cases_read, r.month.name())};
  out.push_back(r.population ? text::msg("stats.population", lang, *r.population) : text::msg("stats.no_population", lang));
  return out;
}

}  // namespace

json monthly_json(const monthly_report& r, const code_namer& names) {
  json sections = json::array();
  for (const auto& s : r.sections) {
    json figures = json::array();
    for (const auto& f : s.figures) {
      json j{{"id", f.id}, {"unit", f.unit}, {"value", number_json(f.value)}};
      if (!f.group.empty()) j.update({{"group", f.group}, {"kind", f.kind}, {"code", f.code}});
      if (f.numerator) j.update({{"numerator", number_json(f.numerator)}, {"denominator", number_json(f.denominator)}});
      j["label"] = localized([&](const std::string& lang) { return label(names, f, lang); });
      figures.push_back(std::move(j));
    }
    sections.push_back({{"id", s.id},
                        {"label", localized([&](const std::string& lang) { return text::msg("stats.section." + s.id, lang); })},
                        {"figures", std::move(figures)}});
  }
  json places = json::array();
  for (const auto& m : r.municipalities) {
    json j{{"code", m.code.empty() ? json() : json(m.code)},
           {"population", m.population ? json(*m.population) : json()},
           {"new_consultations", m.new_consultations},
           {"plans", m.plans},
           {"employment_targets", m.employment_targets}};
    const auto rate = [&](std::int64_t n) { const auto v = per_100k(n, m.population); return v ? json(*v) : json(); };
    j["per_100k"] = {{"new_consultations", rate(m.new_consultations)}, {"plans", rate(m.plans)}, {"employment_targets", rate(m.employment_targets)}};
    places.push_back(std::move(j));
  }
  return {{"format", "hashigo.monthly-stats/1"},
          {"month", r.month.name()},
          {"first_day", r.month.first_day.to_string()},
          {"last_day", r.month.last_day.to_string()},
          {"cases_read", r.cases_read},
          {"population", r.population ? json(*r.population) : json()},
          {"sections", std::move(sections)},
          {"municipalities", std::move(places)}};
}

namespace {

constexpr std::string_view k_csv_header = "month,section,id,label,value,unit,numerator,denominator\r\n";

std::string csv_rows(const monthly_report& r, const code_namer& names, const std::string& lang) {
  std::string out;
  for (const auto& s : r.sections)
    for (const auto& f : s.figures)
      csv::append_row(out, {r.month.name(), s.id, f.id, label(names, f, lang), number(f.value), f.unit, number(f.numerator), number(f.denominator)});
  return out;
}

}  // namespace

std::string monthly_csv(const monthly_report& r, const code_namer& names, const std::string& lang) {
  return std::string(csv::bom) + std::string(k_csv_header) + csv_rows(r, names, lang);
}

nlohmann::json trend_json(const std::vector<monthly_report>& months, const code_namer& names) {
  json all = json::array();
  for (const auto& r : months) all.push_back(monthly_json(r, names));
  return {{"format", "hashigo.monthly-trend/1"},
          {"from", months.empty() ? json() : json(months.front().month.name())},
          {"to", months.empty() ? json() : json(months.back().month.name())},
          {"months", std::move(all)}};
}

std::string trend_csv(const std::vector<monthly_report>& months, const code_namer& names, const std::string& lang) {
  std::string out = std::string(csv::bom) + std::string(k_csv_header);
  for (const auto& r : months) out += csv_rows(r, names, lang);
  return out;
}

namespace {

// The figures that are not breakdowns, in report order, with each month's value.
struct series {
  const stats::figure* first = nullptr;
  std::vector<const stats::figure*> by_month;
};

std::vector<series> headline(const std::vector<monthly_report>& months) {
  std::vector<series> out;
  if (months.empty()) return out;
  for (std::size_t si = 0; si < months.front().sections.size(); ++si)
    for (std::size_t fi = 0; fi < months.front().sections[si].figures.size(); ++fi) {
      const auto& f = months.front().sections[si].figures[fi];
      if (!f.group.empty()) continue;
      series s{&f, {}};
      for (const auto& r : months) {  // the plain figures stand at the same place every month
        const stats::figure* same = nullptr;
        for (const auto& g : r.sections[si].figures)
          if (g.id == f.id) same = &g;
        s.by_month.push_back(same);
      }
      out.push_back(std::move(s));
    }
  return out;
}

std::string trend_table_md(const std::vector<monthly_report>& months, const std::string& lang) {
  std::string out = "| " + text::msg("stats.item", lang) + " |";
  std::string rule = "|---|";
  for (const auto& r : months) {
    out += " " + r.month.name() + " |";
    rule += "---:|";
  }
  out += "\n" + rule + "\n";
  for (const auto& s : headline(months)) {
    out += "| " + text::msg("stats." + s.first->id, lang) + " |";
    for (const auto* f : s.by_month) out += " " + (f ? shown(*f) : std::string("—")) + " |";
    out += "\n";
  }
  return out;
}

}  // namespace

std::string trend_markdown(const std::vector<monthly_report>& months, const std::string& lang) {
  if (months.empty()) return "";
  std::string out = "# " + text::msg("stats.trend_title", lang, months.front().month.name(), months.back().month.name()) + "\n\n";
  for (const auto& line : preamble(months.back(), lang)) out += line + "  \n";
  return out + "\n" + trend_table_md(months, lang) + "\n" + text::msg("stats.definitions", lang) + "\n";
}

std::string trend_html(const std::vector<monthly_report>& months, const code_namer& names, const std::string& lang) {
  using html::both;
  using html::escape;
  using html::message;
  (void)names;
  if (months.empty()) return "";
  const auto title = [&](const std::string& l) { return text::msg("stats.trend_title", l, months.front().month.name(), months.back().month.name()); };
  std::string out = html::page_start(lang, title(lang));
  out += "<header>\n<h1>" + both(title) + "</h1>\n";
  for (std::size_t i = 0; i < 2; ++i)
    out += "<p class=\"meta\">" + both([&](const std::string& l) { return preamble(months.back(), l)[i]; }) + "</p>\n";
  out += "</header>\n<h2>" + message("stats.charts") + "</h2>\n<div class=\"charts\">\n";
  std::vector<std::string> labels;
  for (const auto& r : months) labels.push_back(r.month.name());
  static const char* const charted[] = {"intake.new",          "plans.new",          "plans.employment_targets", "employment.employed",
                                        "caseload.open_at_end", "ladder.step_ups",    "kpi.new_per_100k",         "kpi.step_up_rate"};
  const auto all = headline(months);
  for (const char* id : charted)
    for (const auto& s : all)
      if (s.first->id == id) {
        std::vector<std::optional<double>> values;
        for (const auto* f : s.by_month) values.push_back(f ? f->value : std::nullopt);
        if (std::none_of(values.begin(), values.end(), [](const auto& v) { return v.has_value(); })) continue;  // no population: no rate
        out += "<figure class=\"trend\" id=\"chart-" + escape(s.first->id) + "\"><figcaption>" + message("stats." + s.first->id) +
               "</figcaption>" + line_chart(labels, values, escape(text::msg("stats." + s.first->id, lang)), s.first->unit == "ratio") +
               "</figure>\n";
      }
  out += "</div>\n<h2>" + message("stats.section.table") + "</h2>\n<div class=\"wide\"><table class=\"stats\"><thead><tr><th>" +
         message("stats.item") + "</th>";
  for (const auto& l : labels) out += "<th class=\"num\">" + escape(l) + "</th>";
  out += "</tr></thead><tbody>\n";
  for (const auto& s : all) {
    out += "<tr id=\"" + escape(s.first->id) + "\"><td>" + message("stats." + s.first->id) + "</td>";
    for (const auto* f : s.by_month) out += "<td class=\"num\">" + escape(f ? shown(*f) : std::string("—")) + "</td>";
    out += "</tr>\n";
  }
  out += "</tbody></table></div>\n<footer>" + message("stats.definitions") + "</footer>\n";
  return out + html::page_end();
}

std::string monthly_markdown(const monthly_report& r, const code_namer& names, const std::string& lang) {
  std::string out = "# " + text::msg("stats.title", lang, r.month.name()) + "\n\n";
  for (const auto& line : preamble(r, lang)) out += line + "  \n";
  for (const auto& s : r.sections) {
    out += fmt::format("\n## {}\n\n| {} | {} | |\n|---|---:|---:|\n", text::msg("stats.section." + s.id, lang), text::msg("stats.item", lang),
                       text::msg("stats.value", lang));
    std::string group;
    for (const auto& f : s.figures) {
      if (!f.group.empty() && f.group != group) out += fmt::format("| {} | | |\n", text::msg("stats." + f.group, lang));
      group = f.group;
      const std::string name = f.group.empty() ? text::msg("stats." + f.id, lang) : "　" + md_cell(code_name(names, f, lang));
      out += fmt::format("| {} | {} | {} |\n", name, shown(f), parts(f));
    }
  }
  if (!r.municipalities.empty()) {
    out += fmt::format("\n## {}\n\n| {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---:|\n", text::msg("stats.by_municipality", lang),
                       text::msg("stats.municipality", lang), text::msg("stats.population_column", lang),
                       text::msg("stats.kpi.new_per_100k", lang), text::msg("stats.kpi.plans_per_100k", lang), text::msg("stats.kpi.targets_per_100k", lang));
    for (const auto& m : r.municipalities)
      out += fmt::format("| {} | {} | {} ({}) | {} ({}) | {} ({}) |\n", municipality_name(m, lang),
                         m.population ? fmt::format("{}", *m.population) : r.population ? text::msg("stats.not_in_population", lang) : std::string("—"),
                         rate_text(per_100k(m.new_consultations, m.population)), m.new_consultations, rate_text(per_100k(m.plans, m.population)), m.plans,
                         rate_text(per_100k(m.employment_targets, m.population)), m.employment_targets);
  }
  return out + "\n" + text::msg("stats.definitions", lang) + "\n";
}

std::string monthly_html(const monthly_report& r, const code_namer& names, const std::string& lang) {
  using html::both;
  using html::escape;
  using html::message;
  std::string out = html::page_start(lang, text::msg("stats.title", lang, r.month.name()));
  out += "<header>\n<h1>" + both([&](const std::string& l) { return text::msg("stats.title", l, r.month.name()); }) + "</h1>\n";
  for (std::size_t i = 0; i < 2; ++i)
    out += "<p class=\"meta\">" + both([&](const std::string& l) { return preamble(r, l)[i]; }) + "</p>\n";
  out += "</header>\n";
  for (const auto& s : r.sections) {
    out += "<h2>" + message("stats.section." + s.id) + "</h2>\n<table class=\"stats\"><tbody>\n";
    std::string group;
    for (const auto& f : s.figures) {
      if (!f.group.empty() && f.group != group) out += "<tr><td colspan=\"3\">" + message("stats." + f.group) + "</td></tr>\n";
      group = f.group;
      const std::string name = f.group.empty() ? message("stats." + f.id) : both([&](const std::string& l) { return code_name(names, f, l); });
      const bool zero = !f.value || *f.value == 0;
      out += fmt::format("<tr id=\"{}\" class=\"{}{}\"><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n", escape(f.id),
                         f.group.empty() ? "" : "sub", zero ? " zero" : "", name, escape(shown(f)), escape(parts(f)));
    }
    out += "</tbody></table>\n";
  }
  if (!r.municipalities.empty()) {
    out += "<h2>" + message("stats.by_municipality") + "</h2>\n<table class=\"stats\"><thead><tr><th>" + message("stats.municipality") +
           "</th><th class=\"num\">" + message("stats.population_column") + "</th><th class=\"num\">" + message("stats.kpi.new_per_100k") +
           "</th><th class=\"num\">" + message("stats.kpi.plans_per_100k") + "</th><th class=\"num\">" + message("stats.kpi.targets_per_100k") +
           "</th></tr></thead><tbody>\n";
    for (const auto& m : r.municipalities) {
      const auto cell = [&](std::int64_t n) { return fmt::format("{} ({})", rate_text(per_100k(n, m.population)), n); };
      out += "<tr><td>" + both([&](const std::string& l) { return municipality_name(m, l); }) + "</td><td class=\"num\">" +
             (m.population ? fmt::format("{}", *m.population) : r.population ? message("stats.not_in_population") : std::string("—")) + "</td><td class=\"num\">" +
             cell(m.new_consultations) + "</td><td class=\"num\">" + cell(m.plans) + "</td><td class=\"num\">" + cell(m.employment_targets) +
             "</td></tr>\n";
    }
    out += "</tbody></table>\n";
  }
  out += "<footer>" + message("stats.definitions") + "</footer>\n";
  return out + html::page_end();
}

}  // namespace hashigo::report
