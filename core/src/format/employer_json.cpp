// The employer record (`hashigo.employer/1`), declared once like the household record: the reader
// asks for fields only through the declared types, and `hashigo schema employer` prints the same.
#include <hashigo/case/codes.hpp>
#include <hashigo/case/validate.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/employer_json.hpp>

#include "format/case_file_schema.hpp"
#include "format/reader.hpp"

#include <fmt/format.h>

#include <cmath>

namespace hashigo::format {
namespace {

using nlohmann::json;
using schema::field;
using schema::kind;
using schema::object_type;
namespace codes = cases::codes;

schema::document build() {
  std::vector<object_type> types{
      object_type{"EmployerFile", "事業所の記録：会社と、そこで切り出した作業（しごと情報）",
                  "An employer record: the company and the tasks carved out of its work (しごと情報).",
                  {text_field("format", true, "形式", "the format", employer_file_tag),
                   text_field("id", false, "事業所の ID（英数字・`-`・`_`・`.`）", "employer id: letters, digits, -, _, ."),
                   text_field("name", false, "事業所の名前", "the employer's name"),
                   field{.name = "since", .type = kind::date, .optional = false, .ja = "この版の記録が有効になる日（同じ ID の新しい版は後の日）",
                         .en = "the day this version takes effect (a newer version of the same id takes a later day)"},
                   field{.name = "recruited_on", .type = kind::date, .optional = true, .ja = "協力事業所になった日（新規開拓。なければ最初の版の日）",
                         .en = "the day the employer joined the network (recruited); the first version's day when left out"},
                   text_field("industry", true, "業種（例：介護・農業・製造）", "industry (e.g. care, farming, manufacturing)"),
                   text_field("legal_form", true, "法人格", "legal form", codes::legal_forms),
                   text_field("municipality", true, "所在地の全国地方公共団体コード（6桁）", "the municipality code (6 digits) where it is"),
                   field{.name = "kunren_certified", .type = kind::boolean, .optional = true, .ja = "認定就労訓練事業所", .en = "a certified work-training provider (認定就労訓練事業所)", .fallback = "false"},
                   field{.name = "tasks", .type = kind::array, .optional = false, .of = "CarvedTask", .ja = "切り出した作業（しごと情報、各 ID 1回）",
                         .en = "the carved tasks (しごと情報), each id once"},
                   text_field("note", true, "メモ", "a note")},
                  {}, {}},
      object_type{"CarvedTask", "切り出した作業（しごと情報）：いつ・どこで・どう働き、何を求め何があるか、何人受け入れられるか",
                  "A carved task (しごと情報): when, where and how it is worked, what it asks and gives, how many it can take.",
                  {text_field("id", false, "作業の ID（英数字・`-`・`_`・`.`）", "task id: letters, digits, -, _, ."),
                   field{.name = "title", .type = kind::object, .optional = false, .of = "Text", .ja = "作業の名前", .en = "the task's name"},
                   text_field("job", true, "切り出し元の業務（業務名）", "the job it was carved from"),
                   text_field("place", true, "働く場所", "where it is worked"),
                   field{.name = "breakdown", .type = kind::array, .optional = true, .of = "BreakdownRow", .ja = "業務分解シートの行",
                         .en = "the rows of the job breakdown sheet (業務分解)"},
                   field{.name = "days_per_week", .type = kind::number, .optional = false, .ja = "週あたりの日数", .en = "days a week"},
                   field{.name = "hours_per_day", .type = kind::number, .optional = false, .ja = "1日あたりの時間", .en = "hours a day"},
                   list_field("wage_forms", "働き方（無償・有償コミューター、最賃保障、一般 … 1つ以上）",
                              "how it can be worked (unpaid or paid commuter, minimum wage, general …; at least one)", codes::placement_kinds),
                   list_field("fields", "仕事の分野（コード。興味と比べる）", "fields of work (codes, compared with interests)"),
                   list_field("skills", "使う技能（コード。強みと比べる）", "skills it uses (codes, compared with strengths)"),
                   text_field("qualification", true, "必要な資格（★。コード）", "the qualification it requires (★; a code)"),
                   list_field("supports", "職場にある支援", "the support the workplace gives", codes::work_supports),
                   list_field("conditions", "職場の条件（静かな場所・電話なし …）", "what the workplace offers (a quiet place, no phone, …)", codes::work_conditions),
                   field{.name = "openings", .type = kind::integer, .optional = true, .ja = "同時に受け入れられる人数", .en = "people it can take at once", .fallback = "1"},
                   field{.name = "offered_on", .type = kind::date, .optional = true, .ja = "受け入れを始める日（なければ版の日）", .en = "first day offered (the version's day when left out)"},
                   field{.name = "withdrawn_on", .type = kind::date, .optional = true, .ja = "受け入れの最後の日", .en = "last day offered"},
                   text_field("note", true, "メモ", "a note")},
                  {}, {}},
      object_type{"BreakdownRow", "業務分解シートの1行：時刻・業務名・しごと内容・所要時間・★（資格が必要）",
                  "One row of a job breakdown sheet: time, job, work content, minutes, ★ (qualified staff only).",
                  {text_field("time", true, "時刻（HH:MM）", "time of day (HH:MM)"),
                   text_field("work", false, "業務名", "the job"),
                   text_field("content", true, "しごと内容", "the work content"),
                   field{.name = "minutes", .type = kind::integer, .optional = true, .ja = "所要時間（分）", .en = "minutes it takes"},
                   field{.name = "qualified_only", .type = kind::boolean, .optional = true, .ja = "資格のある人だけ（★）", .en = "qualified staff only (★)", .fallback = "false"}},
                  {}, {}},
      object_type{"Text", "日本語と英語の文", "Words in Japanese and English.",
                  {text_field("ja", true, "日本語", "Japanese"), text_field("en", true, "英語", "English")},
                  {}, {}},
  };
  return schema::document{"https://hashigo.dev/schema/employer.schema.json",
                          "hashigo employer record (hashigo.employer/1)",
                          "事業所の記録（hashigo.employer/1）。`hashigo schema employer` で生成。読み込みは未知のフィールドを拒む",
                          "An employer record (hashigo.employer/1). Generated by `hashigo schema employer`; the reader refuses unknown fields.",
                          "EmployerFile",
                          true,
                          std::move(types)};
}

const object_type& employer_type(std::string_view name) { return employer_file_schema().type(name); }

void positive_at_most(double v, double most, const std::string& where) {
  if (!std::isfinite(v) || v <= 0) throw input_error(where, message("error.greater_than", 0));
  if (v > most) throw input_error(where, message("error.at_most", most));
}

std::vector<std::string> code_list(reader& r, const char* key, std::string_view allowed) {
  auto list = r.texts(key);
  cases::require_code_list(list, allowed, r.path(key));
  return list;
}

bool is_clock_time(const std::string& t) {
  if (t.size() != 5 || t[2] != ':') return false;
  for (std::size_t i : {0u, 1u, 3u, 4u})
    if (t[i] < '0' || t[i] > '9') return false;
  return (t[0] - '0') * 10 + (t[1] - '0') <= 23 && (t[3] - '0') * 10 + (t[4] - '0') <= 59;
}

cases::carved_task read_task(const json& j, const std::string& where, date since) {
  reader r(j, where, employer_type("CarvedTask"));
  cases::carved_task t;
  t.id = r.text("id");
  if (!cases::is_record_id(t.id)) throw input_error(r.path("id"), message("error.case_id_chars", t.id));
  const auto* title = r.raw("title");
  if (!title) throw input_error(r.path("title"), message("error.required"));
  if (title->is_string()) {
    t.title_ja = t.title_en = title->get<std::string>();
  } else {
    reader tr(*title, r.path("title"), employer_type("Text"));
    t.title_ja = tr.text_or("ja", "");
    t.title_en = tr.text_or("en", "");
    tr.finish();
    if (t.title_ja.empty() && t.title_en.empty()) throw input_error(r.path("title"), message("error.required"));
    if (t.title_ja.empty()) t.title_ja = t.title_en;
    if (t.title_en.empty()) t.title_en = t.title_ja;
  }
  t.job = r.text_or("job", "");
  t.place = r.text_or("place", "");
  if (const auto* rows = r.raw("breakdown")) {
    if (!rows->is_array()) throw input_error(r.path("breakdown"), message("error.wrong_type", message::term("json_type.an_array"), describe(*rows)));
    for (std::size_t i = 0; i < rows->size(); ++i) {
      reader br((*rows)[i], fmt::format("{}[{}]", r.path("breakdown"), i), employer_type("BreakdownRow"));
      cases::breakdown_row row;
      row.time = br.text_or("time", "");
      if (!row.time.empty() && !is_clock_time(row.time)) throw input_error(br.path("time"), message("error.clock_time", row.time));
      row.work = br.text("work");
      row.content = br.text_or("content", "");
      row.minutes = br.maybe_small_integer("minutes");
      if (row.minutes && (*row.minutes <= 0 || *row.minutes > 24 * 60)) throw input_error(br.path("minutes"), message("error.between", 1, 24 * 60, *row.minutes));
      row.qualified_only = br.boolean_or("qualified_only", false);
      br.finish();
      t.breakdown.push_back(std::move(row));
    }
  }
  t.days_per_week = r.number("days_per_week");
  positive_at_most(t.days_per_week, 7, r.path("days_per_week"));
  t.hours_per_day = r.number("hours_per_day");
  positive_at_most(t.hours_per_day, 24, r.path("hours_per_day"));
  t.wage_forms = code_list(r, "wage_forms", codes::placement_kinds);
  if (t.wage_forms.empty()) throw input_error(r.path("wage_forms"), message("error.required"));
  t.fields = code_list(r, "fields", {});
  t.skills = code_list(r, "skills", {});
  t.qualification = r.text_or("qualification", "");
  if (!t.qualification.empty() && !cases::is_tag(t.qualification))
    throw input_error(r.path("qualification"), message("error.tag_chars", t.qualification));
  t.supports = code_list(r, "supports", codes::work_supports);
  t.conditions = code_list(r, "conditions", codes::work_conditions);
  t.openings = r.small_integer_or("openings", 1);
  if (t.openings < 1) throw input_error(r.path("openings"), message("error.at_least", 1));
  t.offered_on = r.maybe_day("offered_on");
  t.withdrawn_on = r.maybe_day("withdrawn_on");
  if (t.withdrawn_on && *t.withdrawn_on < t.offered_on.value_or(since))
    throw input_error(r.path("withdrawn_on"), message("error.withdrawn_before_offered", t.withdrawn_on->to_string(),
                                                      t.offered_on.value_or(since).to_string()));
  t.note = r.text_or("note", "");
  r.finish();
  return t;
}

}  // namespace

const schema::document& employer_file_schema() {
  static const schema::document doc = build();
  return doc;
}

cases::employer_record employer_record_from_json(const json& doc) {
  cases::employer_record e;
  reader r = open_record(doc, employer_type("EmployerFile"), employer_file_tag, "error.employer_not_object", e.id);
  e.name = r.text("name");
  if (e.name.empty()) throw input_error("name", message("error.required"));
  e.since = r.day("since");
  e.recruited_on = r.maybe_day("recruited_on");
  e.industry = r.text_or("industry", "");
  e.legal_form = r.text_or("legal_form", "");
  if (!e.legal_form.empty()) require_one_of("legal_form", e.legal_form, codes::legal_forms);
  e.municipality = r.text_or("municipality", "");
  e.kunren_certified = r.boolean_or("kunren_certified", false);
  e.note = r.text_or("note", "");
  const auto* list = r.raw("tasks");
  if (!list) throw input_error("tasks", message("error.required"));
  if (!list->is_array()) throw input_error("tasks", message("error.wrong_type", message::term("json_type.an_array"), describe(*list)));
  for (std::size_t i = 0; i < list->size(); ++i) {
    auto t = read_task((*list)[i], fmt::format("tasks[{}]", i), e.since);
    for (std::size_t j = 0; j < e.tasks.size(); ++j)
      if (e.tasks[j].id == t.id) throw input_error(fmt::format("tasks[{}].id", i), message("error.task_twice", t.id, j));
    e.tasks.push_back(std::move(t));
  }
  r.finish();
  return e;
}

json to_json(const cases::employer_record& e) {
  json j = {{"format", std::string(employer_file_tag)}, {"id", e.id}, {"name", e.name}, {"since", e.since.to_string()}};
  if (e.recruited_on) j["recruited_on"] = e.recruited_on->to_string();
  if (!e.industry.empty()) j["industry"] = e.industry;
  if (!e.legal_form.empty()) j["legal_form"] = e.legal_form;
  if (!e.municipality.empty()) j["municipality"] = e.municipality;
  if (e.kunren_certified) j["kunren_certified"] = true;
  j["tasks"] = json::array();
  for (const auto& t : e.tasks) {
    json tj = {{"id", t.id}, {"title", {{"ja", t.title_ja}, {"en", t.title_en}}}};
    if (!t.job.empty()) tj["job"] = t.job;
    if (!t.place.empty()) tj["place"] = t.place;
    if (!t.breakdown.empty()) {
      tj["breakdown"] = json::array();
      for (const auto& row : t.breakdown) {
        json rj = json::object();
        if (!row.time.empty()) rj["time"] = row.time;
        rj["work"] = row.work;
        if (!row.content.empty()) rj["content"] = row.content;
        if (row.minutes) rj["minutes"] = *row.minutes;
        if (row.qualified_only) rj["qualified_only"] = true;
        tj["breakdown"].push_back(std::move(rj));
      }
    }
    tj["days_per_week"] = t.days_per_week;
    tj["hours_per_day"] = t.hours_per_day;
    tj["wage_forms"] = t.wage_forms;
    if (!t.fields.empty()) tj["fields"] = t.fields;
    if (!t.skills.empty()) tj["skills"] = t.skills;
    if (!t.qualification.empty()) tj["qualification"] = t.qualification;
    if (!t.supports.empty()) tj["supports"] = t.supports;
    if (!t.conditions.empty()) tj["conditions"] = t.conditions;
    tj["openings"] = t.openings;
    if (t.offered_on) tj["offered_on"] = t.offered_on->to_string();
    if (t.withdrawn_on) tj["withdrawn_on"] = t.withdrawn_on->to_string();
    if (!t.note.empty()) tj["note"] = t.note;
    j["tasks"].push_back(std::move(tj));
  }
  if (!e.note.empty()) j["note"] = e.note;
  return j;
}

}  // namespace hashigo::format
