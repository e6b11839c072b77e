#include "app/batch_output.hpp"

#include <hashigo/case/ladder_types.hpp>
#include <hashigo/csv.hpp>

#include <fmt/format.h>

#include <initializer_list>
#include <string_view>

namespace hashigo::app {

namespace {

using nlohmann::json;

using csv::append_row;

// Codes joined with ";" (a spreadsheet splits them with one formula).
template <class List, class Get>
std::string joined(const List& items, Get get) {
  std::string s;
  for (const auto& i : items) {
    if (!s.empty()) s += ';';
    s += get(i);
  }
  return s;
}

// One decision's row, from either kind of decision (their lists differ in type, not in meaning).
template <class Eligibility, class Referrals, class Alerts>
void row_of(std::string& out, const std::string& line, std::string_view case_id, std::string_view status,
            std::string_view region, std::string_view as_of, position_source position, const cases::position& from,
            std::string_view step, const cases::position* to, bool accepted, const Eligibility& eligibility,
            const Referrals& referrals, const Alerts& alerts, const std::optional<engine::failure>& error) {
  std::string programmes;  // the eligible ones only
  for (const auto& e : eligibility)
    if (e.eligible) programmes += (programmes.empty() ? "" : ";") + std::string(e.program);
  const std::string targets = joined(referrals, [](const auto& r) { return std::string(r.target); });
  const std::string codes = joined(alerts, [](const auto& a) { return std::string(a.code); });
  append_row(out, {line, case_id, status, region, as_of, to_string(position), cases::to_string(from.at), from.rung, step,
                   to ? cases::to_string(to->at) : "", to ? std::string_view(to->rung) : "", accepted ? "true" : "false",
                   programmes, targets, codes, error ? std::string_view(error->code) : "",
                   error ? std::string_view(error->where) : "", error ? std::string_view(error->message) : ""});
}

}  // namespace

std::string batch_csv_header() {
  std::string out;
  append_row(out, {"line", "case_id", "status", "region", "as_of", "position", "stage_from", "rung_from", "step",
                   "stage_to", "rung_to", "accepted", "eligible", "referrals", "alerts", "error_code", "error_where",
                   "error_message"});
  return out;
}

void append_jsonl(std::string& out, const line_outcome& o, engine::json_detail detail) {
  if (o.lean) {
    const std::string line = std::to_string(o.line);
    const engine::json_member member{"line", line};
    write_json(*o.lean, out, {&member, 1});
    out += '\n';
    return;
  }
  json j;
  if (o.result) {
    j = to_json(*o.result, detail);
  } else {
    j = {{"status", "error"},
         {"error", {{"code", o.code}, {"where", o.where}, {"message", {{"ja", o.message.ja}, {"en", o.message.en}}}}}};
    if (!o.case_id.empty()) j["case_id"] = o.case_id;
  }
  j["line"] = o.line;
  out += j.dump(-1, ' ', false, json::error_handler_t::replace);
  out += '\n';
}

void append_csv(std::string& out, const line_outcome& o, const std::string& lang) {
  const std::string line = std::to_string(o.line);
  if (!decided(o)) {
    append_row(out, {line, o.case_id, "error", "", "", "", "", "", "", "", "", "", "", "", "", o.code, o.where,
                     lang == "ja" ? o.message.ja : o.message.en});
    return;
  }
  if (o.lean) {
    const auto& d = o.lean->decision;
    date::text_buffer day;
    row_of(out, line, d.case_id, d.ok() ? "ok" : "error", d.region, std::string_view(day.data(), d.as_of.to_chars(day)),
           o.lean->position, d.from, d.step, d.moves ? &d.to : nullptr, d.accepted, d.eligibility, d.referrals, d.alerts,
           d.error);
    return;
  }
  const auto& d = o.result->decision;
  const auto& s = d.step;
  row_of(out, line, d.case_id, d.status(), d.region, d.as_of, o.result->position, s.from, s.step,
         s.to ? &*s.to : nullptr, s.accepted, d.eligibility, d.referrals, d.alerts, d.error);
}

}  // namespace hashigo::app
