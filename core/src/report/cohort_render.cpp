// A cohort run's summary for people: the terminal, a spreadsheet, and a page of charts.
#include <hashigo/csv.hpp>
#include <hashigo/report/cohort.hpp>
#include <hashigo/text/messages.hpp>

#include "cohort_svg.hpp"
#include "html.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <set>

namespace hashigo::report {

using nlohmann::json;

namespace {

// Places in the order they stack, lowest first (the ladder upwards, then those who left it).
const char* const k_places[] = {"life", "social", "employment", "intermediate", "general", "suspended", "closed", "error"};

std::optional<double> opt(const json& v) { return v.is_number() ? std::optional<double>(v.get<double>()) : std::nullopt; }

std::string place_name(const std::string& place, const code_namer& names, const std::string& lang) {
  if (place == "suspended" || place == "closed" || place == "error") return text::msg("cohort.place." + place, lang);
  const std::string found = names ? names("stage", place, lang) : std::string();
  return found.empty() ? text::msg("stage." + place, lang) : found;
}

std::string code_name(std::string_view kind, const std::string& code, const code_namer& names, const std::string& lang) {
  const std::string found = names ? names(kind, code, lang) : std::string();
  return found.empty() || found == code ? code : lang == "ja" ? found : fmt::format("{} ({})", found, code);
}

// The months of the horizon at which the share reaching 一般就労 is a headline: 12, 24 and the last.
std::vector<int> headline_months(int months) {
  std::vector<int> out;
  for (const int m : {12, 24})
    if (m < months) out.push_back(m);
  out.push_back(months);
  return out;
}

std::vector<std::string> month_labels(int months) {
  std::vector<std::string> out;
  for (int m = 1; m <= months; ++m) out.push_back(std::to_string(m));
  return out;
}

// A share as a percentage with its interval, kept within 0 … 100% (a t interval over few
// replicates can reach past either end); a difference of shares in percentage points.
std::string pct(const json& e, bool difference) {
  const auto shown = [&](double v) { return difference ? v * 100 : std::clamp(v, 0.0, 1.0) * 100; };
  std::string out = difference ? fmt::format("{:+.1f} pp", shown(e.value("mean", 0.0))) : fmt::format("{:.1f}%", shown(e.value("mean", 0.0)));
  if (opt(e.value("lo", json())) && opt(e.value("hi", json())))
    out += fmt::format(" [{:.1f}, {:.1f}]", shown(e["lo"].get<double>()), shown(e["hi"].get<double>()));
  return out;
}

std::string num(const json& e) {
  std::string out = fmt::format("{:.2f}", e.value("mean", 0.0));
  if (opt(e.value("lo", json())) && opt(e.value("hi", json()))) out += fmt::format(" [{:.2f}, {:.2f}]", e["lo"].get<double>(), e["hi"].get<double>());
  return out;
}

// The columns the summary has: each region, then the difference when there are two.
std::vector<std::pair<std::string, std::string>> columns(const json& doc) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& r : doc["regions"]) out.emplace_back(r.get<std::string>(), r.get<std::string>());
  if (doc["summary"].contains("difference"))
    out.emplace_back("difference", fmt::format("{} − {}", doc["regions"][1].get<std::string>(), doc["regions"][0].get<std::string>()));
  return out;
}

std::string title_of(const json& doc, const std::string& lang) {
  const json& spec = doc["spec"];
  const json& t = spec.value("title", json());
  const std::string name = t.is_object() ? t.value(lang, t.value("en", std::string())) : spec.value("id", json()).is_string() ? spec["id"].get<std::string>() : spec.value("path", std::string());
  return text::msg("cohort.title", lang, name);
}

std::string meta_of(const json& doc, const std::string& lang) {
  const json& spec = doc["spec"];
  return text::msg("cohort.meta", lang, spec.value("people", std::int64_t{0}), spec.value("months", 0), doc.value("replicates", 0), doc.value("seed", std::uint64_t{0}),
                   spec.value("start", std::string()));
}

std::string packs_of(const json& doc) {
  std::string out;
  for (auto it = doc["packs"].begin(); it != doc["packs"].end(); ++it)
    out += (out.empty() ? "" : ", ") + fmt::format("{} {} ({})", it.key(), it->value("version", std::string()), it->value("digest", std::string()).substr(0, 12));
  return out;
}

}  // namespace

std::string cohort_text(const json& doc, const code_namer& names, const std::string& lang) {
  (void)names;
  const int months = doc["spec"].value("months", 0);
  const auto cols = columns(doc);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> head{text::msg("cohort.item", lang)};
  for (const auto& c : cols) head.push_back(c.second);
  rows.push_back(head);
  for (const int m : headline_months(months)) {
    std::vector<std::string> row{text::msg("cohort.reached_by", lang, m)};
    for (const auto& c : cols) row.push_back(pct(doc["summary"][c.first]["reached_general"][static_cast<std::size_t>(m - 1)], c.first == "difference"));
    rows.push_back(row);
  }
  std::vector<std::string> at_end{text::msg("cohort.in_general_at", lang, months)};
  for (const auto& c : cols) at_end.push_back(pct(doc["summary"][c.first]["occupancy"]["general"][static_cast<std::size_t>(months - 1)], c.first == "difference"));
  rows.push_back(at_end);
  std::vector<std::string> km{text::msg("cohort.reached_km", lang, months)};
  for (const auto& c : cols) km.push_back(pct(doc["summary"][c.first]["reached_general_km"][static_cast<std::size_t>(months - 1)], c.first == "difference"));
  rows.push_back(km);
  for (const char* rate : {"step_up_rate", "step_down_rate"}) {
    std::vector<std::string> row{text::msg(std::string("cohort.") + rate, lang)};
    for (const auto& c : cols) row.push_back(num(doc["summary"][c.first][rate]));
    rows.push_back(row);
  }
  std::vector<std::size_t> width(head.size(), 0);
  const auto display = [](const std::string& s) {  // columns in a terminal: CJK text takes two
    std::size_t w = 0;
    for (std::size_t i = 0; i < s.size();) {
      const auto c = static_cast<unsigned char>(s[i]);
      const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      w += len >= 3 && !(c == 0xE2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x88) ? 2 : 1;  // − is narrow
      i += len;
    }
    return w;
  };
  for (const auto& r : rows)
    for (std::size_t i = 0; i < r.size(); ++i) width[i] = std::max(width[i], display(r[i]));
  std::string out = title_of(doc, lang) + "\n" + meta_of(doc, lang) + "\n" + text::msg("cohort.packs", lang, packs_of(doc)) + "\n\n";
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i) line += r[i] + std::string(width[i] - display(r[i]) + 2, ' ');
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  out += "\n" + text::msg("cohort.interval_note", lang) + "\n";
  for (const auto& r : doc["regions"])
    if (doc["summary"][r.get<std::string>()].value("errors", 0) > 0)
      out += text::msg("cohort.errors", lang, r.get<std::string>(), doc["summary"][r.get<std::string>()]["errors"].get<std::int64_t>(),
                       doc["summary"][r.get<std::string>()].value("first_error", std::string())) + "\n";
  return out;
}

std::string cohort_csv(const json& doc, const code_namer& names, const std::string& lang) {
  std::string out(csv::bom);
  csv::append_row(out, {"section", "key", "label", "month", "region", "unit", "mean", "lo", "hi"});
  const auto cell = [](const json& v) { return v.is_number() ? fmt::format("{}", v.get<double>()) : std::string(); };
  // the unit of each section: shares are 0 … 1 (a difference of shares too), rates per 100
  const auto unit_of = [](const std::string& section) -> std::string {
    if (section == "rates") return "per_100_open_person_months";
    if (section == "alerts" || section == "suggested" || section == "referred") return "per_100_people";
    if (section == "rules") return "percent_of_case_months";
    return "share";
  };
  const auto row = [&](const std::string& section, const std::string& key, const std::string& label, const std::string& month,
                       const std::string& region, const json& e) {
    csv::append_row(out, {section, key, label, month, region, unit_of(section), cell(e.value("mean", json())), cell(e.value("lo", json())),
                          cell(e.value("hi", json()))});
  };
  for (const auto& [col, shown] : columns(doc)) {
    const json& s = doc["summary"][col];
    for (const char* place : k_places)
      for (std::size_t m = 0; m < s["occupancy"][place].size(); ++m)
        row("occupancy", place, place_name(place, names, lang), std::to_string(m + 1), shown, s["occupancy"][place][m]);
    for (auto it = s["rungs"].begin(); it != s["rungs"].end(); ++it)
      for (std::size_t m = 0; m < it->size(); ++m) {
        const std::string rung = it.key().substr(it.key().find('/') + 1);
        row("rungs", it.key(), code_name("rung", rung, names, lang), std::to_string(m + 1), shown, (*it)[m]);
      }
    for (std::size_t m = 0; m < s["reached_general"].size(); ++m)
      row("reached_general", "general", text::msg("cohort.reached_by", lang, m + 1), std::to_string(m + 1), shown, s["reached_general"][m]);
    for (std::size_t m = 0; m < s["reached_general_km"].size(); ++m)
      row("reached_general_km", "general", text::msg("cohort.reached_km", lang, m + 1), std::to_string(m + 1), shown, s["reached_general_km"][m]);
    for (const char* rate : {"step_up_rate", "step_down_rate"}) row("rates", rate, text::msg(std::string("cohort.") + rate, lang), "", shown, s[rate]);
    for (const auto& [section, kind] : {std::pair{"alerts", "alert"}, {"suggested", "referral"}, {"referred", "referral"}, {"rules", ""}})
      for (auto it = s[section].begin(); it != s[section].end(); ++it)
        row(section, it.key(), *kind ? code_name(kind, it.key(), names, lang) : it.key(), "", shown, *it);
  }
  return out;
}

std::string cohort_html(const json& doc, const code_namer& names, const std::string& lang) {
  using html::both;
  using html::escape;
  using html::message;
  const int months = doc["spec"].value("months", 0);
  const auto labels = month_labels(months);
  const auto regions = doc["regions"].get<std::vector<std::string>>();
  const json& sum = doc["summary"];
  const auto series_of = [&](const json& list, const std::string& name) {
    band_series s;
    s.name = name;
    for (const auto& e : list) {
      s.mean.push_back(e.value("mean", 0.0));
      s.lo.push_back(opt(e.value("lo", json())));
      s.hi.push_back(opt(e.value("hi", json())));
    }
    return s;
  };
  const auto in_both = [&](const std::function<std::string(const std::string&)>& f) { return both(f); };

  std::string out = html::page_start(lang, title_of(doc, lang));
  out += "<header>\n<h1>" + in_both([&](const std::string& l) { return title_of(doc, l); }) + "</h1>\n";
  out += "<p class=\"meta\">" + in_both([&](const std::string& l) { return meta_of(doc, l); }) + "</p>\n";
  out += "<p class=\"meta\">" + in_both([&](const std::string& l) { return text::msg("cohort.packs", l, packs_of(doc)); }) + "</p>\n</header>\n";

  // time to 一般就労: one curve per region with its band
  out += "<h2>" + message("cohort.reached") + "</h2>\n<div class=\"cohort-charts\">\n<figure class=\"cohort\" id=\"chart-reached\"><figcaption>" +
         message("cohort.reached_caption") + "</figcaption>";
  {
    std::vector<band_series> lines;
    for (const auto& r : regions) lines.push_back(series_of(sum[r]["reached_general"], escape(r)));
    out += band_chart(labels, lines, escape(text::msg("cohort.reached", lang)), false);
  }
  out += "</figure>\n";
  if (sum.contains("difference")) {
    const std::string of = escape(regions[1]) + " − " + escape(regions[0]);
    out += "<figure class=\"cohort\" id=\"chart-difference\"><figcaption>" +
           in_both([&](const std::string& l) { return text::msg("cohort.difference_reached", l, regions[1], regions[0]); }) + "</figcaption>";
    out += band_chart(labels, {series_of(sum["difference"]["reached_general"], of)}, escape(text::msg("cohort.difference_reached", lang, regions[1], regions[0])), true);
    out += "</figure>\n<figure class=\"cohort\" id=\"chart-paired\"><figcaption>" +
           in_both([&](const std::string& l) { return text::msg("cohort.difference_rates", l, regions[1], regions[0]); }) + "</figcaption>";
    std::vector<interval_row> rows;
    const json& d = sum["difference"];
    for (const int m : headline_months(months)) {
      const json& e = d["reached_general"][static_cast<std::size_t>(m - 1)];
      rows.push_back({escape(text::msg("cohort.reached_by", lang, m)) + " (pp)", e["mean"].get<double>() * 100,
                      opt(e["lo"]) ? std::optional<double>(*opt(e["lo"]) * 100) : std::nullopt,
                      opt(e["hi"]) ? std::optional<double>(*opt(e["hi"]) * 100) : std::nullopt});
    }
    for (const char* rate : {"step_up_rate", "step_down_rate"})
      rows.push_back({escape(text::msg(std::string("cohort.") + rate, lang)), d[rate]["mean"].get<double>(), opt(d[rate]["lo"]), opt(d[rate]["hi"])});
    out += interval_chart(rows, escape(text::msg("cohort.difference_rates", lang, regions[1], regions[0])), "") + "</figure>\n";
  }
  out += "</div>\n";

  // occupancy: a stack per region
  out += "<h2>" + message("cohort.occupancy") + "</h2>\n<div class=\"cohort-charts\">\n";
  for (const auto& r : regions) {
    std::vector<band_series> layers;
    for (const char* place : k_places) layers.push_back(series_of(sum[r]["occupancy"][place], escape(place_name(place, names, lang))));
    out += "<figure class=\"cohort\" id=\"chart-occupancy-" + escape(r) + "\"><figcaption>" +
           in_both([&](const std::string& l) { return text::msg("cohort.occupancy_of", l, r); }) + "</figcaption>" +
           stack_chart(labels, layers, escape(text::msg("cohort.occupancy_of", lang, r))) + "</figure>\n";
  }
  out += "</div>\n";

  // the tables: headline figures, then what the rules did
  const auto cols = columns(doc);
  const auto table_head = [&] {
    std::string h = "<div class=\"wide\"><table class=\"stats\"><thead><tr><th>" + message("cohort.item") + "</th>";
    for (const auto& c : cols) h += "<th class=\"num\">" + escape(c.second) + "</th>";
    return h + "</tr></thead><tbody>\n";
  };
  out += "<h2>" + message("cohort.headline") + "</h2>\n" + table_head();
  for (const int m : headline_months(months)) {
    out += "<tr><td>" + in_both([&](const std::string& l) { return text::msg("cohort.reached_by", l, m); }) + "</td>";
    for (const auto& c : cols)
      out += "<td class=\"num\">" + escape(pct(sum[c.first]["reached_general"][static_cast<std::size_t>(m - 1)], c.first == "difference")) + "</td>";
    out += "</tr>\n";
  }
  out += "<tr><td>" + in_both([&](const std::string& l) { return text::msg("cohort.reached_km", l, months); }) + "</td>";
  for (const auto& c : cols)
    out += "<td class=\"num\">" + escape(pct(sum[c.first]["reached_general_km"][static_cast<std::size_t>(months - 1)], c.first == "difference")) + "</td>";
  out += "</tr>\n";
  for (const char* rate : {"step_up_rate", "step_down_rate"}) {
    out += "<tr><td>" + message(std::string("cohort.") + rate) + "</td>";
    for (const auto& c : cols) out += "<td class=\"num\">" + escape(num(sum[c.first][rate])) + "</td>";
    out += "</tr>\n";
  }
  out += "</tbody></table></div>\n";
  for (const auto& [section, kind] : {std::pair{"alerts", "alert"}, {"suggested", "referral"}, {"referred", "referral"}, {"rules", ""}}) {
    std::set<std::string> keys;
    for (const auto& c : cols)
      for (auto it = sum[c.first][section].begin(); it != sum[c.first][section].end(); ++it) keys.insert(it.key());
    if (keys.empty()) continue;
    out += "<h2>" + message(std::string("cohort.") + section) + "</h2>\n" + table_head();
    for (const auto& k : keys) {
      out += "<tr><td>" + in_both([&](const std::string& l) { return *kind ? code_name(kind, k, names, l) : k; }) + "</td>";
      for (const auto& c : cols)
        out += "<td class=\"num\">" + escape(sum[c.first][section].contains(k) ? num(sum[c.first][section][k]) : std::string("—")) + "</td>";
      out += "</tr>\n";
    }
    out += "</tbody></table></div>\n";
  }
  for (const auto& r : regions)
    if (sum[r].value("errors", 0) > 0)
      out += "<p class=\"warning\">" +
             in_both([&](const std::string& l) { return text::msg("cohort.errors", l, r, sum[r]["errors"].get<std::int64_t>(), sum[r].value("first_error", std::string())); }) +
             "</p>\n";
  out += "<footer>" + message("cohort.interval_note") + "</footer>\n";
  return out + html::page_end();
}

}  // namespace hashigo::report
