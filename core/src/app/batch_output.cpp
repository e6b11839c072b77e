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

}  // namespace

std::string batch_csv_header() {
  std::string out;
  append_row(out, {"line", "case_id", "status", "region", "as_of", "position", "stage_from", "rung_from", "step",
                   "stage_to", "rung_to", "accepted", "eligible", "referrals", "alerts", "error_code", "error_where",
                   "error_message"});
  return out;
}

void append_jsonl(std::string& out, const line_outcome& o, engine::json_detail detail) {
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
  if (!o.result) {
    append_row(out, {line, o.case_id, "error", "", "", "", "", "", "", "", "", "", "", "", "", o.code, o.where,
                     lang == "ja" ? o.message.ja : o.message.en});
    return;
  }
  const auto& d = o.result->decision;
  const auto& s = d.step;
  std::string programmes;  // the eligible ones only
  for (const auto& e : d.eligibility)
    if (e.eligible) programmes += (programmes.empty() ? "" : ";") + e.program;
  const std::string referrals = joined(d.referrals, [](const auto& r) { return r.target; });
  const std::string alerts = joined(d.alerts, [](const auto& a) { return a.code; });
  std::string code, where, text;
  if (d.error) {
    code = d.error->code;
    where = d.error->where;
    text = d.error->message;
  }
  append_row(out, {line, d.case_id, d.status(), d.region, d.as_of, to_string(o.result->position),
                   cases::to_string(s.from.at), s.from.rung, s.step, s.to ? cases::to_string(s.to->at) : "",
                   s.to ? std::string_view(s.to->rung) : "", s.accepted ? "true" : "false", programmes, referrals,
                   alerts, code, where, text});
}

}  // namespace hashigo::app
