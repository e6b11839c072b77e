// The case file (`hashigo.case/1`), declared once. The readers of case_json.cpp and
// event_json.cpp ask for a field only through a format::reader that holds the type declared
// here, and a field they ask for that is not declared is an error (E_SCHEMA), so the readers and
// this table cannot drift apart; `hashigo schema case` prints it as docs/schema/case.schema.json.
#include <hashigo/case/codes.hpp>
#include <hashigo/case/event.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>

#include "format/case_file_schema.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

namespace hashigo::format {
namespace {

using schema::field;
using schema::kind;
using schema::object_type;
namespace codes = cases::codes;

// Every event has these three, then its own fields.
object_type event_type(std::string_view name, std::string_view type, std::string_view ja, std::string_view en, std::vector<field> own,
                       std::vector<std::string_view> any_of = {}) {
  std::vector<field> fields{
      {.name = "type", .type = kind::string, .optional = false, .ja = "記録の種類", .en = "the kind of event", .values = type},
      {.name = "date", .type = kind::date, .optional = false, .ja = "起きた日", .en = "the day it happened"},
      {.name = "note", .type = kind::string, .optional = true, .ja = "メモ（ルールは読まない）", .en = "a note (no rule reads it)"},
  };
  fields.insert(fields.end(), own.begin(), own.end());
  return object_type{name, ja, en, std::move(fields), {}, std::move(any_of)};
}

// A code that may also be "" (not recorded).
field code_or_empty(std::string_view name, std::string_view ja, std::string_view en, std::string_view values) {
  return field{.name = name, .type = kind::string, .optional = true, .ja = ja, .en = en, .values = values, .unset_as_empty = true};
}
field date_field(std::string_view name, bool optional, std::string_view ja, std::string_view en) {
  return field{.name = name, .type = kind::date, .optional = optional, .ja = ja, .en = en};
}
field integer_field(std::string_view name, bool optional, std::string_view ja, std::string_view en, std::string_view fallback = {}) {
  return field{.name = name, .type = kind::integer, .optional = optional, .ja = ja, .en = en, .fallback = fallback};
}
field number_field(std::string_view name, bool optional, std::string_view ja, std::string_view en) {
  return field{.name = name, .type = kind::number, .optional = optional, .ja = ja, .en = en};
}
field boolean_field(std::string_view name, std::string_view ja, std::string_view en, std::string_view fallback) {
  return field{.name = name, .type = kind::boolean, .optional = true, .ja = ja, .en = en, .fallback = fallback};
}

schema::document build() {
  std::vector<object_type> events{
      event_type("IntakeEvent", "intake", "相談受付。ケースを開く", "Intake: opens the case.",
                 {code_or_empty("channel", "相談の経路（来所・電話 …）", "how the person came", codes::channels),
                  code_or_empty("source", "つないだ人・機関", "who brought the case", codes::sources),
                  field{.name = "concerns", .type = kind::array, .optional = true, .of = "string", .ja = "困りごと（各コード1回まで）",
                        .en = "concerns, each code at most once", .values = codes::concerns},
                  text_field("screening", true, "スクリーニング", "intake screening", codes::screening, "\"continue\""),
                  text_field("stage", true, "梯子の最初の段階", "the stage the person starts on", codes::stages, "\"life\""),
                  text_field("rung", true, "段階の中の段（パックが段を定めるとき）", "the rung inside the stage, where the pack declares rungs")}),
      event_type("ConsentEvent", "consent", "情報共有への同意", "Consent to information sharing.",
                 {boolean_field("info_sharing", "情報共有に同意した", "the person consents to information sharing", "true")}),
      event_type("AssessmentEvent", "assessment", "アセスメント", "An assessment.",
                 {text_field("kind", true, "種類", "kind", codes::assessment_kinds, "\"initial\""),
                  field{.name = "fdp", .type = kind::object, .optional = true, .of = "Fdp", .ja = "Five Different Positions の結果", .en = "the Five Different Positions result"},
                  integer_field("daily_rhythm", true, "生活リズム（1〜5）", "daily rhythm, 1–5"),
                  field{.name = "interests", .type = kind::array, .optional = true, .of = "string",
                        .ja = "興味・関心のある仕事の分野（英小文字のコード、各1回。しごと情報の `fields` と比べる）",
                        .en = "fields of work the person is drawn to (lower-case codes, each once; compared with a task's `fields`)"},
                  field{.name = "strengths", .type = kind::array, .optional = true, .of = "string",
                        .ja = "強み・できること（コード。しごと情報の `skills` と比べる）", .en = "strengths, what the person can do (codes; compared with a task's `skills`)"},
                  field{.name = "qualifications", .type = kind::array, .optional = true, .of = "string",
                        .ja = "持っている資格（コード。★の作業に要る資格と比べる）", .en = "qualifications held (codes; compared with what a ★ task requires)"},
                  field{.name = "constraints", .type = kind::array, .optional = true, .of = "string",
                        .ja = "働く場に必要な条件（静かな場所・電話なし・短時間 …）", .en = "what the person needs of a workplace (a quiet place, no phone, short hours, …)",
                        .values = codes::work_conditions},
                  field{.name = "supports_needed", .type = kind::array, .optional = true, .of = "string",
                        .ja = "働くときに必要な支援", .en = "the support the person needs at work", .values = codes::work_supports},
                  number_field("hours_per_week_max", true, "いま働ける週あたりの時間の上限", "the most hours a week the person can work now"),
                  text_field("wishes", true, "本人の希望（本人の言葉で）", "the person's wishes, in their words")}),
      event_type("HouseholdFinanceEvent", "household_finance", "世帯の収入・資産（月次）", "Household income and assets (monthly).",
                 {integer_field("income_yen", false, "世帯の月収（円）", "monthly household income in yen"),
                  integer_field("financial_assets_yen", false, "金融資産（円）", "financial assets in yen"),
                  integer_field("debt_total_yen", true, "負債の総額（円）", "total debt in yen", "0"),
                  integer_field("arrears_months", true, "滞納の月数", "months of arrears", "0"),
                  integer_field("expenses_yen", true, "月の支出（円）", "monthly expenses in yen")}),
      event_type("PlanEvent", "plan", "支援プラン", "A support plan.",
                 {date_field("start_on", false, "プラン期間の初日", "first day of the plan period"),
                  date_field("end_on", false, "プラン期間の最終日", "last day of the plan period"),
                  field{.name = "goals", .type = kind::array, .optional = true, .of = "PlanGoal", .ja = "目標", .en = "goals"}}),
      event_type("PlanApprovedEvent", "plan_approved", "支援調整会議でのプランの承認", "The plan approved (支援調整会議).",
                 {text_field("meeting", true, "承認した会議の種類（会議の記録の短い形）か、センター単独の承認 `centre`（パックが会議を求めないとき）",
                             "the kind of meeting that approved it (a meeting record's short form), or `centre` alone where the pack needs no meeting",
                             codes::plan_approvers, "\"shien_chosei\"")}),
      event_type("ProgramEnrolledEvent", "program_enrolled", "事業の利用開始", "Enrolment in a programme.",
                 {text_field("program", false, "事業名（`jyunbi`・`kakei` …）", "the programme (jyunbi, kakei, …)"),
                  date_field("planned_end_on", true, "予定の終了日", "planned end"),
                  text_field("route", true, "利用の経路（`income_asset` など）", "the route (e.g. income_asset)")}),
      event_type("ProgramEndedEvent", "program_ended", "事業の利用終了", "A programme's use ended.",
                 {text_field("program", false, "事業名", "the programme"), text_field("reason", true, "理由", "why")}),
      event_type("PlacementStartedEvent", "placement_started", "見学・体験・就労の開始", "A placement started.",
                 {text_field("placement_id", false, "就労先の ID", "placement id"),
                  text_field("employer", true, "受け入れ先", "employer or host"),
                  text_field("employer_id", true, "事業所の記録の ID（`hashigo employer add` で記録したもの）",
                             "the id of a stored employer record (`hashigo employer add`)"),
                  text_field("task_id", true, "その事業所のしごと情報（切り出した作業）の ID。`employer_id` とともに",
                             "the id of one of its carved tasks (しごと情報); with `employer_id`"),
                  text_field("kind", false, "種類", "kind", codes::placement_kinds),
                  text_field("contract", true, "契約", "contract", codes::contracts, "\"none\""),
                  number_field("hours_per_week", false, "週あたりの予定時間", "scheduled hours per week"),
                  number_field("wage_per_hour_yen", true, "時給（円）", "hourly wage in yen"),
                  integer_field("stipend_per_shift_yen", true, "1回あたりの謝礼（円）", "stipend per shift in yen"),
                  date_field("end_on", true, "予定の終了日", "planned end")}),
      event_type("PlacementEndedEvent", "placement_ended", "就労先の終了", "A placement ended.",
                 {text_field("placement_id", false, "就労先の ID", "placement id"), text_field("reason", true, "理由", "why")}),
      event_type("AttendanceEvent", "attendance", "出勤の記録（期間ごと）", "Attendance over a period.",
                 {text_field("placement_id", true, "就労先の ID", "placement id"),
                  date_field("period_start", false, "期間の初日（最終日はこの記録の日）", "first day of the period (its last is the event's date)"),
                  number_field("scheduled_hours", false, "予定時間", "hours scheduled"),
                  number_field("attended_hours", false, "出勤した時間", "hours attended"),
                  integer_field("unannounced_absences", true, "無断欠勤の回数", "unannounced absences", "0")}),
      event_type("ReviewEvent", "review", "振り返り・評価", "A review.",
                 {text_field("kind", true, "種類", "kind", codes::review_kinds, "\"monthly\""),
                  integer_field("goals_total", false, "目標の数", "goals in all"),
                  integer_field("goals_achieved", false, "達成した目標の数", "goals achieved")}),
      event_type("AppraisalEvent", "appraisal", "人事考課", "An appraisal (人事考課).",
                 {text_field("placement_id", true, "就労先の ID", "placement id"),
                  field{.name = "items", .type = kind::map, .optional = false, .of = "integer", .ja = "項目名 → 点数 1〜5（1つ以上）", .en = "item name → score 1–5 (at least one)"}}),
      event_type("ReferralMadeEvent", "referral_made", "つなぎ", "A referral made.",
                 {text_field("referral_id", false, "つなぎの ID", "referral id"),
                  text_field("target", false, "つなぎ先", "where the person is referred"),
                  text_field("agency_id", true, "つなぎ先の機関の ID（機関の記録）", "the agency referred to (its agency record's id)"),
                  boolean_field("warm_handoff", "同行した", "the worker went along", "false"),
                  text_field("reason", true, "理由", "why")}),
      event_type("ReferralAnsweredEvent", "referral_answered", "つなぎ先の返事", "The answer to a referral.",
                 {text_field("referral_id", false, "つなぎの ID", "referral id"),
                  text_field("outcome", false, "結果", "outcome", codes::referral_outcomes)}),
      event_type("ContactEvent", "contact", "面談・訪問・連絡", "A contact.",
                 {text_field("kind", true, "種類", "kind", codes::contact_kinds, "\"interview\""),
                  boolean_field("successful", "本人に連絡がとれた", "it reached the person", "true"),
                  integer_field("minutes", true, "分", "minutes", "0")}),
      event_type("StageChangedEvent", "stage_changed", "梯子の移動", "A move on the ladder.",
                 {field{.name = "from", .type = kind::object, .optional = true, .of = "Position", .ja = "移動前の位置", .en = "position before"},
                  field{.name = "to", .type = kind::object, .optional = false, .of = "Position", .ja = "移動後の位置", .en = "position after"},
                  text_field("direction", false, "向き", "direction", codes::directions),
                  text_field("rule_id", true, "根拠のルール", "the rule behind it"),
                  field{.name = "reason", .type = kind::text, .optional = true, .ja = "理由", .en = "the reason"},
                  integer_field("receipt_id", true, "判断の記録の番号", "the receipt of the decision")}),
      event_type("SuspendedEvent", "suspended", "中断", "Support suspended.", {text_field("reason", true, "理由", "why")}),
      event_type("ClosedEvent", "closed", "終結", "The case closed.", {text_field("reason", false, "終結理由", "closure reason", codes::closure_reasons),
                  field{.name = "agreed", .type = kind::boolean, .optional = true, .ja = "本人が終結に同意した（false：同意していない。省略：記録なし）",
                        .en = "the person agreed to the closure (false: did not; absent: not recorded)"}}),
      event_type("ReopenedEvent", "reopened", "再開（新しい受付期間）", "Reopened: a new episode.", {text_field("reason", true, "理由", "why")}),
      event_type("JobLostEvent", "job_lost", "離職・廃業・収入減少", "Work lost.",
                 {date_field("lost_on", false, "離職日（受付より前でもよい）", "the day work was lost (may precede the intake)"),
                  text_field("cause", true, "理由", "cause", codes::job_loss_causes, "\"dismissal\""),
                  boolean_field("main_earner", "世帯の主たる生計維持者だった", "the person was the household's main earner", "true")}),
      event_type("JobSearchEvent", "job_search", "求職活動の記録", "Job search over a period.",
                 {date_field("period_start", false, "期間の初日", "first day of the period"),
                  integer_field("hw_consultations", true, "ハローワークでの相談", "Hello Work consultations", "0"),
                  integer_field("applications", true, "応募", "applications", "0"),
                  integer_field("job_interviews", true, "面接", "job interviews", "0")}),
      event_type("ProgramExtendedEvent", "program_extended", "事業の期間の延長", "A programme extended.",
                 {text_field("program", false, "事業名", "the programme"),
                  date_field("planned_end_on", false, "新しい予定の終了日", "the new planned end"),
                  text_field("reason", true, "理由", "why")}),
      event_type("DisabilityStatusEvent", "disability_status", "障害者手帳の申請・交付", "A disability certificate applied for or granted.",
                 {text_field("cert", false, "手帳", "certificate", codes::certificates),
                  text_field("grade", true, "等級", "grade"),
                  integer_field("basic_pension_grade", true, "障害基礎年金の等級（1か2）", "障害基礎年金 grade, 1 or 2")}),
      event_type("EventVoidedEvent", "event_voided", "記録の取り消し（訂正）", "A record voided (a correction).",
                 {integer_field("voids", false, "取り消す記録の番号", "the number of the event voided"),
                  text_field("reason", false, "理由", "why")}),
      event_type("HouseholdMovedEvent", "household_moved", "転居", "The household moved.",
                 {text_field("prefecture", true, "都道府県コード（JIS X 0401）", "prefecture code (JIS X 0401)"),
                  text_field("municipality", true, "全国地方公共団体コード（6桁）", "municipality code, six digits"),
                  code_or_empty("housing", "住まい", "housing", codes::housing),
                  integer_field("rent_yen", true, "月の家賃（円）", "monthly rent in yen")},
                 {"prefecture", "municipality"}),
      event_type("SchoolEnrolledEvent", "school_enrolled", "在学", "Enrolled in a school.",
                 {text_field("school", false, "学校の種類", "school kind", codes::schools),
                  date_field("enrolled_on", true, "入学日（既定はこの記録の日）", "day of enrolment (default: the event's date)"),
                  date_field("expected_graduation_on", true, "卒業予定日", "planned graduation")}),
      event_type("SchoolLeftEvent", "school_left", "卒業・中退", "Left a school.",
                 {text_field("reason", false, "理由", "why", codes::school_leaving),
                  code_or_empty("school", "学校の種類（始まりの記録がない学校）", "school kind (for a school the case never saw begin)", codes::schools),
                  date_field("left_on", true, "離れた日（既定はこの記録の日）", "day the person left (default: the event's date)")}),
      event_type("LegalStatusEvent", "legal_status", "触法・更生の状況", "Standing with the criminal justice system.",
                 {text_field("status", false, "状況", "status", codes::legal_statuses),
                  date_field("since", true, "始まった日", "since"),
                  date_field("ends_on", true, "期間の終わり", "end of the period"),
                  date_field("released_on", true, "出所日", "day of release")}),
      event_type("ConcernsChangedEvent", "concerns_changed", "困りごとの変化", "Concerns changed.",
                 {field{.name = "added", .type = kind::array, .optional = true, .of = "string", .ja = "加わった困りごと", .en = "concerns added", .values = codes::concerns},
                  field{.name = "removed", .type = kind::array, .optional = true, .of = "string", .ja = "なくなった困りごと（`added` にないもの）", .en = "concerns removed (none of those added)", .values = codes::concerns}},
                 {"added", "removed"}),
      event_type("FollowUpEvent", "follow_up", "フォローアップ・定着支援", "A follow-up.",
                 {text_field("kind", false, "種類", "kind", codes::follow_up_kinds),
                  boolean_field("successful", "本人に連絡がとれた", "it reached the person", "true"),
                  integer_field("minutes", true, "分", "minutes", "0"),
                  text_field("placement_id", true, "就労先の ID", "placement id")}),
      event_type("AgencyJoinedEvent", "agency_joined", "機関がケースを持つ（単独・共同）", "An agency starts holding the case, alone or jointly.",
                 {text_field("agency_id", false, "機関の ID（機関の記録）", "the agency (its agency record's id)"),
                  boolean_field("lead", "主担当になる", "it becomes the lead agency", "false"),
                  field{.name = "agreed", .type = kind::boolean, .optional = true, .ja = "本人が加わることに同意した（自発性の確認。false：同意していない。省略：記録なし）",
                        .en = "the person agreed to the agency joining (false: did not; absent: not recorded)"},
                  text_field("referral_id", true, "応えたつなぎの ID", "the referral it answers")}),
      event_type("AgencyLeftEvent", "agency_left", "機関がケースから外れる", "An agency stops holding the case.",
                 {text_field("agency_id", false, "機関の ID", "the agency")}),
      event_type("LeadChangedEvent", "lead_changed", "主担当の交代", "Another agency holding the case becomes its lead.",
                 {text_field("agency_id", false, "新しく主担当になる機関の ID", "the agency that now leads")}),
      event_type("MeetingEvent", "meeting", "会議（このケースについての決定と議事）", "A meeting's decisions about the case, its minutes in the note.",
                 {text_field("meeting_id", false, "会議の ID（会議の記録と同じ）", "the meeting's id (as in its meeting record)"),
                  text_field("kind", false, "会議の種類", "kind of meeting", codes::meeting_kinds),
                  field{.name = "decisions", .type = kind::array, .optional = false, .of = "MeetingDecision", .ja = "このケースについての決定（1つ以上）",
                        .en = "what it decided about the case (one or more)"}}),
  };

  std::vector<object_type> types{
      object_type{"CaseFile", "ケースファイル：本人・世帯・記録", "A case file: the person, the household and the events.",
                  {text_field("format", true, "形式", "the format", case_file_tag),
                   text_field("id", false, "ケース ID（英数字・`-`・`_`・`.`）", "case id: letters, digits, -, _, ."),
                   text_field("region", true, "ルールパックの地域名", "the region whose rule pack the case belongs to", {}, "\"national\""),
                   field{.name = "person", .type = kind::object, .optional = true, .of = "Person", .ja = "本人", .en = "the person"},
                   field{.name = "household", .type = kind::object, .optional = true, .of = "Household", .ja = "世帯", .en = "the household"},
                   field{.name = "events", .type = kind::array, .optional = true, .of = "Event", .ja = "記録（最初は intake）", .en = "the events, an intake first"}},
                  {}, {}},
      object_type{"Person", "本人", "The person.",
                  {text_field("pseudonym", true, "仮名（ルールは読まない）", "a pseudonym (no rule reads it)"),
                   date_field("birth_date", true, "生年月日", "birth date"),
                   text_field("gender", true, "性別", "gender", codes::genders, "\"unknown\""),
                   text_field("disability_cert", true, "障害者手帳", "disability certificate", codes::certificates, "\"none\""),
                   text_field("disability_grade", true, "手帳の等級（「3級」）", "certificate grade (\"3級\")"),
                   integer_field("basic_pension_grade", true, "障害基礎年金の等級（1か2）", "障害基礎年金 grade, 1 or 2")},
                  {}, {}},
      object_type{"Household", "世帯", "The household.",
                  {integer_field("size", true, "人数（本人を含む）", "people, the person included", "1"),
                   code_or_empty("kind", "世帯の形", "kind of household", codes::household_kinds),
                   code_or_empty("housing", "住まい", "housing", codes::housing),
                   integer_field("rent_yen", true, "月の家賃（円）", "monthly rent in yen", "0"),
                   boolean_field("on_public_assistance", "生活保護を受けている", "receives 生活保護", "false"),
                   text_field("prefecture", true, "都道府県コード（JIS X 0401 の2桁）", "prefecture code (JIS X 0401, two digits)"),
                   text_field("municipality", true, "全国地方公共団体コード（6桁）", "municipality code (six digits, check digit included)"),
                   field{.name = "members", .type = kind::array, .optional = true, .of = "HouseholdMember", .ja = "本人のほかの世帯員", .en = "the others in the household"}},
                  {}, {}},
      object_type{"HouseholdMember", "本人のほかの世帯員", "Another member of the household.",
                  {text_field("relation", false, "続柄", "relation to the person"), date_field("birth_date", true, "生年月日", "birth date")},
                  {}, {}},
      object_type{"Event", "記録（`type` で種類が決まる）", "An event; `type` says which.", {}, {}, {}},
      object_type{"Fdp", "Five Different Positions：各軸 1（最も重い）〜5", "Five Different Positions: each axis 1 (most severe) to 5.",
                  {integer_field("interpersonal", false, "対人関係", "relations with others"), integer_field("mental", false, "精神面", "mental state"),
                   integer_field("stress", false, "ストレス耐性", "tolerance of stress"), integer_field("thinking", false, "思考", "thinking"),
                   integer_field("environment", false, "環境", "environment")},
                  {}, {}},
      object_type{"PlanGoal", "プランの目標", "A goal of the plan.",
                  {text_field("id", true, "目標の ID（既定は g1, g2 …）", "goal id (default g1, g2, …)"),
                   code_or_empty("domain", "領域", "domain", codes::goal_domains),
                   text_field("text", false, "目標", "the goal")},
                  {}, {}},
      object_type{"MeetingDecision", "会議の決定", "One decision of a meeting.",
                  {text_field("decision", false, "決定", "the decision", codes::meeting_decisions),
                   text_field("program", true, "支援決定した事業（`support_decided`）", "the programme decided (support_decided)"),
                   text_field("target", true, "合意したつなぎ先（`referral_agreed`）", "the referral target agreed (referral_agreed)"),
                   field{.name = "to", .type = kind::object, .optional = true, .of = "Position", .ja = "確認したステップの行き先（`step_confirmed` で必須）",
                         .en = "where the confirmed step goes (required for step_confirmed)"}},
                  {}, {}},
      object_type{"Position", "梯子の位置", "A position on the ladder.",
                  {text_field("stage", false, "段階", "stage", codes::stages), text_field("rung", true, "段", "rung")},
                  {}, {}},
      object_type{"Text", "日本語と英語の文（1つの文字列なら両方に使う）", "Text in both languages (one string serves both).",
                  {text_field("ja", true, "日本語", "Japanese"), text_field("en", true, "英語", "English")},
                  {}, {}},
  };
  for (auto& t : types)
    if (t.name == "Event")
      for (const auto& e : events) t.one_of.push_back(e.name);
  types.insert(types.end(), events.begin(), events.end());
  return schema::document{"https://hashigo.dev/schema/case.schema.json",
                          "hashigo case file (hashigo.case/1)",
                          "ケースファイル（hashigo.case/1）。`hashigo schema case` で生成。読み込みは未知のフィールドを拒む",
                          "A case file (hashigo.case/1). Generated by `hashigo schema case`; the reader refuses unknown fields.",
                          "CaseFile",
                          true,
                          std::move(types)};
}

}  // namespace

schema::field text_field(std::string_view name, bool optional, std::string_view ja, std::string_view en, std::string_view values,
                         std::string_view fallback) {
  return field{.name = name, .type = kind::string, .optional = optional, .ja = ja, .en = en, .values = values, .fallback = fallback};
}

schema::field list_field(std::string_view name, std::string_view ja, std::string_view en, std::string_view values) {
  return field{.name = name, .type = kind::array, .optional = true, .of = "string", .ja = ja, .en = en, .values = values};
}

void require_one_of(const std::string& where, const std::string& value, std::string_view list) {
  const auto values = cases::codes::split(list);
  if (std::find(values.begin(), values.end(), value) == values.end())
    throw input_error(where, message("error.not_one_of", value, fmt::format("{}", fmt::join(values, ", "))));
}

const schema::document& case_file_schema() {
  static const schema::document doc = build();
  return doc;
}

const schema::object_type& event_schema(std::string_view type) {
  static const auto by_type = [] {
    std::map<std::string_view, const schema::object_type*, std::less<>> out;
    const auto& doc = case_file_schema();
    for (auto name : doc.type("Event").one_of) {
      const auto& t = doc.type(name);
      out[t.find("type")->values] = &t;
    }
    return out;
  }();
  const auto it = by_type.find(type);
  if (it == by_type.end())
    throw error(error_kind::invalid_input, "E_SCHEMA", fmt::format("the case file schema declares no event type {}", type));
  return *it->second;
}

}  // namespace hashigo::format
