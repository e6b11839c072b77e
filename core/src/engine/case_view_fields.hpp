#pragma once
// The case view, declared once: every field rules read, how it is computed from the folded case,
// and what it means in both languages. case_view.cpp writes the view from these rows (as JSON,
// as the Lua table of an evaluation and as the inputs digest), and `hashigo schema view` turns
// the same rows into rules/hashigo.d.lua, the field table of docs/rules-authoring.md and
// docs/schema/case-view.schema.json.
//
// A row is { field, write }: `write(o, x)` puts the field's value for `x` through `o` (a slot of
// case_view.cpp: put, nonempty, null, object, objects, array, map), or puts nothing, which leaves
// the field out (Lua nil, no JSON key). Rows of a type are in key order (checked at compile time):
// the digest takes them in this order, and JSON objects list their keys sorted.
#include <hashigo/case/codes.hpp>
#include <hashigo/case/place.hpp>
#include <hashigo/case/state.hpp>
#include <hashigo/format/schema.hpp>

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <tuple>

namespace hashigo::engine::view {

using format::schema::kind;

// FNV-1a of a key of the view; the digest writes a key of the schema as this hash (never 0).
constexpr std::uint32_t key_hash(std::string_view k) {
  std::uint32_t h = 2166136261u;
  for (char c : k) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h == 0 ? 1 : h;
}

template <class Write>
struct row {
  format::schema::field doc;
  Write write;
  std::uint32_t hash = key_hash(doc.name);
};
template <class Write>
row(format::schema::field, Write) -> row<Write>;

template <class... Rows>
struct type {
  std::string_view name;
  std::string_view ja;
  std::string_view en;
  std::tuple<Rows...> rows;

  static constexpr int size = static_cast<int>(sizeof...(Rows));
  // Keys in strict order, and no two with one hash (the digest writes a key as its hash).
  consteval bool well_formed() const {
    std::string_view names[] = {std::get<Rows>(rows).doc.name...};
    std::uint32_t hashes[] = {std::get<Rows>(rows).hash...};
    std::sort(std::begin(hashes), std::end(hashes));
    return std::is_sorted(std::begin(names), std::end(names)) &&
           std::adjacent_find(std::begin(names), std::end(names)) == std::end(names) &&
           std::adjacent_find(std::begin(hashes), std::end(hashes)) == std::end(hashes);
  }
};
template <class... Rows>
type(std::string_view, std::string_view, std::string_view, std::tuple<Rows...>) -> type<Rows...>;

// One contact kind with the day it is seen from.
struct contact_kind_at {
  const cases::contact_kind_facts& facts;
  date as_of;
};

// One programme: its enrolments merged (the view has one entry per programme name).
struct program_entry {
  const cases::case_state* s = nullptr;
  const std::string* name = nullptr;
  bool active = false;
  const cases::program_state* dated = nullptr;  // the last active enrolment
  const cases::program_state* ended = nullptr;  // the last ended enrolment
  int enrolments = 0;
};

inline int days_since(std::optional<date> on, date as_of) { return on ? days_between(*on, as_of) : 0; }

inline bool in_school(const cases::case_state& s) {
  return !s.schools.empty() && s.schools.back().enrolled_on && !s.schools.back().left_on;
}

inline constexpr type text_type{
    "Text", "日本語と英語の文（ルールの題名はこの表。結果の `reason`・`plain` は1つの文字列でもよく、両方の言語に使われる）",
    "Text in both languages. Rule titles must be this table; outcome `reason`/`plain` may also be one string, used for both languages.",
    std::tuple{
        row{{.name = "en", .type = kind::string, .optional = false, .ja = "英語（`plain` ではやさしい英語）", .en = "English (plain English for `plain`)"},
            [](auto& o, const cases::prefecture_names& n) { o.put(n.en); }},
        row{{.name = "ja", .type = kind::string, .optional = false, .ja = "日本語（`plain` ではやさしい日本語）", .en = "Japanese (やさしい日本語 for `plain`)"},
            [](auto& o, const cases::prefecture_names& n) { o.put(n.ja); }},
    }};

inline constexpr type fdp_type{
    "Fdp", "Five Different Positions（多様な就労支援ネットワークの委員会資料）：各軸 1（最も重い）〜5",
    "Five Different Positions (diversity network committee minutes): each axis 1 (most severe) to 5.",
    std::tuple{
        row{{.name = "environment", .type = kind::integer, .optional = false, .ja = "環境", .en = "environment"},
            [](auto& o, const cases::fdp_axes& a) { o.put(a.environment); }},
        row{{.name = "interpersonal", .type = kind::integer, .optional = false, .ja = "対人関係", .en = "relations with others"},
            [](auto& o, const cases::fdp_axes& a) { o.put(a.interpersonal); }},
        row{{.name = "mental", .type = kind::integer, .optional = false, .ja = "精神面", .en = "mental state"},
            [](auto& o, const cases::fdp_axes& a) { o.put(a.mental); }},
        row{{.name = "stress", .type = kind::integer, .optional = false, .ja = "ストレス耐性", .en = "tolerance of stress"},
            [](auto& o, const cases::fdp_axes& a) { o.put(a.stress); }},
        row{{.name = "thinking", .type = kind::integer, .optional = false, .ja = "思考", .en = "thinking"},
            [](auto& o, const cases::fdp_axes& a) { o.put(a.thinking); }},
    }};

inline constexpr type appraisal_type{
    "Appraisal", "最新の人事考課", "The latest 人事考課 appraisal.",
    std::tuple{
        row{{.name = "items", .type = kind::map, .optional = false, .of = "integer", .ja = "項目名 → 点数 1〜5（`rules`・`responsibility`・`ambition`・`horenso` …）",
             .en = "item name → score 1–5 (\"rules\", \"responsibility\", \"ambition\", \"horenso\", …)"},
            [](auto& o, const cases::appraisal_state& a) {
              o.map(static_cast<int>(a.items.size()), [&](auto& w) {
                for (const auto& [name, score] : a.items) w.entry(name, score);
              });
            }},
        row{{.name = "on", .type = kind::date, .optional = false, .ja = "人事考課の日", .en = "day of the appraisal"},
            [](auto& o, const cases::appraisal_state& a) { o.put(a.on); }},
        row{{.name = "placement_id", .type = kind::string, .optional = true, .ja = "考課した就労先（記録がなければ nil）", .en = "the placement appraised; nil when not given"},
            [](auto& o, const cases::appraisal_state& a) { o.nonempty(a.placement_id); }},
    }};

inline constexpr type contact_kind_type{
    "ContactKind", "ある種類の連絡（面談・訪問・電話・定着支援の訪問 …）のケース全体での記録",
    "Contacts of one kind (interview, home_visit, phone, retention_visit, …), over the whole case.",
    std::tuple{
        row{{.name = "attempted", .type = kind::integer, .optional = false, .ja = "試みた回数（とれた連絡を含む）", .en = "how many were made or tried (successful ones included)"},
            [](auto& o, const contact_kind_at& k) { o.put(k.facts.attempted); }},
        row{{.name = "days_since", .type = kind::integer, .optional = true, .ja = "この種類で最後に連絡がとれてからの日数（とれたことがなければ nil）",
             .en = "days since a contact of this kind last reached the person; nil when none did"},
            [](auto& o, const contact_kind_at& k) {
              if (k.facts.last_on) {
                o.put(days_between(*k.facts.last_on, k.as_of));
              } else {
                o.null();
              }
            }},
        row{{.name = "days_since_attempt", .type = kind::integer, .optional = false, .ja = "最後の試み（とれなかったものを含む）からの日数", .en = "days since the last one, successful or not"},
            [](auto& o, const contact_kind_at& k) { o.put(days_between(k.facts.last_attempt_on, k.as_of)); }},
        row{{.name = "last_attempt_on", .type = kind::date, .optional = false, .ja = "最後の試みの日（とれなかったものを含む）", .en = "the last one, successful or not"},
            [](auto& o, const contact_kind_at& k) { o.put(k.facts.last_attempt_on); }},
        row{{.name = "last_on", .type = kind::date, .optional = true, .ja = "最後に連絡がとれた日（とれたことがなければ nil）", .en = "the last one that reached the person; nil when none did"},
            [](auto& o, const contact_kind_at& k) { o.put(k.facts.last_on); }},
        row{{.name = "successful", .type = kind::integer, .optional = false, .ja = "連絡がとれた回数", .en = "how many reached the person"},
            [](auto& o, const contact_kind_at& k) { o.put(k.facts.successful); }},
    }};

inline constexpr type follow_ups_type{
    "FollowUps", "フォローアップ・定着支援（`follow_up`）。終結したケースも受ける", "Follow-ups (`follow_up` events), which a closed case still takes.",
    std::tuple{
        row{{.name = "after_closure", .type = kind::integer, .optional = false, .ja = "今の終結のあとにとれた回数（支援中は 0）",
             .en = "follow-ups that reached the person after the closure in force (0 while the case is open)"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.follow_ups.after_closure); }},
        row{{.name = "attempts", .type = kind::integer, .optional = false, .ja = "試みた回数", .en = "follow-ups made or tried"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.follow_ups.attempts); }},
        row{{.name = "count", .type = kind::integer, .optional = false, .ja = "連絡がとれた回数", .en = "follow-ups that reached the person"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.follow_ups.count); }},
        row{{.name = "days_since", .type = kind::integer, .optional = true, .ja = "最後にとれてからの日数（まだなければ nil）", .en = "days since then; nil before any"},
            [](auto& o, const cases::case_state& s) {
              if (const auto& last = s.derived.follow_ups.last_on) {
                o.put(days_between(*last, s.as_of));
              } else {
                o.null();
              }
            }},
        row{{.name = "last_on", .type = kind::date, .optional = true, .ja = "最後に連絡がとれた日（まだなければ nil）", .en = "the last one that reached the person; nil before any"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.follow_ups.last_on); }},
    }};

inline constexpr type legal_type{
    "Legal", "触法・更生の最新の状況", "The person's latest recorded standing with the criminal justice system (触法・更生).",
    std::tuple{
        row{{.name = "ends_on", .type = kind::date, .optional = true, .ja = "仮釈放・保護観察・猶予の期間の終わり（決まっていなければ nil）", .en = "end of a parole, probation or suspension period; nil when not fixed"},
            [](auto& o, const cases::case_state& s) { o.put(s.legal->ends_on); }},
        row{{.name = "released_on", .type = kind::date, .optional = true, .ja = "出所日（記録された最新のもの。なければ nil）", .en = "day the person left prison (出所), the latest recorded; nil when none"},
            [](auto& o, const cases::case_state& s) { o.put(s.legal->released_on); }},
        row{{.name = "since", .type = kind::date, .optional = true, .ja = "その状況が始まった日（受付より前のこともある。記録がなければ nil）", .en = "day the status began (may precede the intake); nil when not recorded"},
            [](auto& o, const cases::case_state& s) { o.put(s.legal->since); }},
        row{{.name = "status", .type = kind::string, .optional = false, .ja = "状況", .en = "the status",
             .values = cases::codes::legal_statuses},
            [](auto& o, const cases::case_state& s) { o.put(s.legal->status); }},
        // 保護観察: parole and probation are supervised until their period ends
        row{{.name = "supervised", .type = kind::boolean, .optional = false, .ja = "保護観察中（仮釈放か保護観察で、期間が終わっていない）", .en = "under probation supervision (保護観察: parole or probation, until its end)"},
            [](auto& o, const cases::case_state& s) {
              const auto& l = *s.legal;
              o.put((l.status == "parole" || l.status == "probation") && !(l.ends_on && *l.ends_on < s.as_of));
            }},
    }};

inline constexpr type school_record_type{
    "SchoolRecord", "記録された学校の1つ", "One school recorded.",
    std::tuple{
        row{{.name = "enrolled_on", .type = kind::date, .optional = true, .ja = "入学日（記録があれば）", .en = "day of enrolment, when recorded"},
            [](auto& o, const cases::school_record& x) { o.put(x.enrolled_on); }},
        row{{.name = "expected_graduation_on", .type = kind::date, .optional = true, .ja = "卒業予定日（記録があれば）", .en = "planned graduation, when recorded"},
            [](auto& o, const cases::school_record& x) { o.put(x.expected_graduation_on); }},
        row{{.name = "kind", .type = kind::string, .optional = false, .ja = "学校の種類（`School.kind` と同じ）", .en = "school kind, as School.kind"},
            [](auto& o, const cases::school_record& x) { o.put(x.kind); }},
        row{{.name = "left_on", .type = kind::date, .optional = true, .ja = "離れた日（在学中は nil）", .en = "day the person left; nil while enrolled"},
            [](auto& o, const cases::school_record& x) { o.put(x.left_on); }},
        row{{.name = "left_reason", .type = kind::string, .optional = true, .ja = "離れた理由（在学中は nil）", .en = "why the person left; nil while enrolled",
             .values = cases::codes::school_leaving},
            [](auto& o, const cases::school_record& x) { o.nonempty(x.left_reason); }},
    }};

inline constexpr type school_type{
    "School", "今の学校（または最後に離れた学校）と、記録されたすべての学校", "The current school, or the last one left, with every school recorded.",
    std::tuple{
        row{{.name = "enrolled", .type = kind::boolean, .optional = false, .ja = "評価日に在学中（`case.in_school` と同じ）", .en = "enrolled on as_of (same as case.in_school)"},
            [](auto& o, const cases::case_state& s) { o.put(in_school(s)); }},
        row{{.name = "enrolled_on", .type = kind::date, .optional = true, .ja = "入学日（離れたことだけが分かる学校では nil）", .en = "day of enrolment; nil for a school known only from its leaving"},
            [](auto& o, const cases::case_state& s) { o.put(s.schools.back().enrolled_on); }},
        row{{.name = "expected_graduation_on", .type = kind::date, .optional = true, .ja = "卒業予定日（記録がなければ nil）", .en = "planned graduation (卒業予定日); nil when not recorded"},
            [](auto& o, const cases::case_state& s) { o.put(s.schools.back().expected_graduation_on); }},
        row{{.name = "graduated", .type = kind::boolean, .optional = false, .ja = "この学校を卒業した", .en = "the person graduated from this school"},
            [](auto& o, const cases::case_state& s) { o.put(s.schools.back().left_reason == "graduated"); }},
        row{{.name = "history", .type = kind::array, .optional = false, .of = "SchoolRecord", .ja = "記録されたすべての学校（順に。最後がこの学校）", .en = "every school recorded, in order; the last is this one"},
            [](auto& o, const cases::case_state& s) { o.objects(school_record_type, s.schools); }},
        row{{.name = "kind", .type = kind::string, .optional = false, .ja = "学校の種類", .en = "school kind",
             .values = cases::codes::schools},
            [](auto& o, const cases::case_state& s) { o.put(s.schools.back().kind); }},
        row{{.name = "left_on", .type = kind::date, .optional = true, .ja = "離れた日（在学中は nil）", .en = "day the person left; nil while enrolled"},
            [](auto& o, const cases::case_state& s) { o.put(s.schools.back().left_on); }},
        row{{.name = "left_reason", .type = kind::string, .optional = true, .ja = "離れた理由（在学中は nil）", .en = "why the person left; nil while enrolled",
             .values = cases::codes::school_leaving},
            [](auto& o, const cases::case_state& s) { o.nonempty(s.schools.back().left_reason); }},
    }};

inline constexpr type job_loss_type{
    "JobLoss", "記録された最新の離職（`job_lost`）", "The latest job loss recorded (`job_lost` event).",
    std::tuple{
        row{{.name = "cause", .type = kind::string, .optional = false, .ja = "離職の理由", .en = "why the work was lost",
             .values = cases::codes::job_loss_causes},
            [](auto& o, const cases::job_lost_event& x) { o.put(x.cause); }},
        row{{.name = "lost_on", .type = kind::date, .optional = false, .ja = "離職日（受付より前のこともある）", .en = "day the work was lost (may precede the intake)"},
            [](auto& o, const cases::job_lost_event& x) { o.put(x.lost_on); }},
        row{{.name = "main_earner", .type = kind::boolean, .optional = false, .ja = "本人が世帯の主たる生計維持者だった", .en = "the person was the household's main earner"},
            [](auto& o, const cases::job_lost_event& x) { o.put(x.main_earner); }},
    }};

inline constexpr type job_search_type{
    "JobSearch", "直近30日に終わる求職活動の記録の合計（住居確保給付金 HK-04）", "Job search in records ending in the last 30 days (HK-04).",
    std::tuple{
        row{{.name = "applications", .type = kind::integer, .optional = false, .ja = "応募の数", .en = "job applications"},
            [](auto& o, const cases::job_search_totals& j) { o.put(j.applications); }},
        row{{.name = "hw_consultations", .type = kind::integer, .optional = false, .ja = "ハローワークでの相談の数", .en = "Hello Work consultations"},
            [](auto& o, const cases::job_search_totals& j) { o.put(j.hw_consultations); }},
        row{{.name = "job_interviews", .type = kind::integer, .optional = false, .ja = "面接の数", .en = "job interviews"},
            [](auto& o, const cases::job_search_totals& j) { o.put(j.job_interviews); }},
        row{{.name = "records", .type = kind::integer, .optional = false, .ja = "数えた `job_search` の記録の数", .en = "job_search records counted"},
            [](auto& o, const cases::job_search_totals& j) { o.put(j.records); }},
    }};

inline constexpr type person_type{
    "Person", "本人（氏名も生年月日もなく、ルールに要ることだけ）", "The person (no name, no birth date: only what rules need).",
    std::tuple{
        row{{.name = "basic_pension_grade", .type = kind::integer, .optional = true, .ja = "障害基礎年金の等級 1 か 2（受けていなければ nil）", .en = "障害基礎年金 grade 1 or 2 when received; nil otherwise"},
            [](auto& o, const cases::case_state& s) { o.put(s.header.person.basic_pension_grade); }},
        row{{.name = "disability_cert", .type = kind::string, .optional = false, .ja = "障害者手帳", .en = "disability certificate",
             .values = cases::codes::certificates},
            [](auto& o, const cases::case_state& s) { o.put(s.header.person.disability_cert); }},
        row{{.name = "disability_grade", .type = kind::string, .optional = true, .ja = "手帳の等級（記録のまま「3級」。なければ nil）", .en = "certificate grade as recorded (\"3級\"); nil when not recorded"},
            [](auto& o, const cases::case_state& s) { o.nonempty(s.header.person.disability_grade); }},
        row{{.name = "gender", .type = kind::string, .optional = false, .ja = "性別", .en = "gender", .values = cases::codes::genders},
            [](auto& o, const cases::case_state& s) { o.put(s.header.person.gender); }},
    }};

inline constexpr type plan_type{
    "Plan", "今の支援プラン", "The current support plan.",
    std::tuple{
        row{{.name = "approved", .type = kind::boolean, .optional = false, .ja = "プランが承認された（`plan_approved`、支援調整会議）", .en = "the plan was approved (plan_approved, 支援調整会議)"},
            [](auto& o, const cases::case_state& s) { o.put(s.plan->approved_on.has_value()); }},
        row{{.name = "approved_by", .type = kind::string, .optional = true, .ja = "承認した会議の種類か `centre`（センター単独）。未承認なら nil",
             .en = "the kind of meeting that approved it, or centre (the centre alone); nil while not approved", .values = cases::codes::plan_approvers},
            [](auto& o, const cases::case_state& s) { o.nonempty(s.plan->approved_by); }},
        row{{.name = "approved_on", .type = kind::date, .optional = true, .ja = "承認された日（未承認なら nil）", .en = "day it was approved; nil while not approved"},
            [](auto& o, const cases::case_state& s) { o.put(s.plan->approved_on); }},
        row{{.name = "end_on", .type = kind::date, .optional = false, .ja = "プラン期間の最終日", .en = "last day of the plan period"},
            [](auto& o, const cases::case_state& s) { o.put(s.plan->end_on); }},
        row{{.name = "goals", .type = kind::integer, .optional = false, .ja = "プランの目標の数", .en = "number of goals in the plan"},
            [](auto& o, const cases::case_state& s) { o.put(static_cast<int>(s.plan->goals.size())); }},
        row{{.name = "meeting_id", .type = kind::string, .optional = true, .ja = "承認した会議の ID（会議の記録の決定で承認されたとき。ほかは nil）",
             .en = "the meeting whose decision approved it (when a meeting record did); nil otherwise"},
            [](auto& o, const cases::case_state& s) { o.nonempty(s.plan->meeting_id); }},
        row{{.name = "review", .type = kind::boolean, .optional = false, .ja = "この受付期間の最初のプランではない（再プラン）", .en = "not the episode's first plan (a re-plan)"},
            [](auto& o, const cases::case_state& s) { o.put(s.plan->review); }},
        row{{.name = "start_on", .type = kind::date, .optional = false, .ja = "プラン期間の初日", .en = "first day of the plan period"},
            [](auto& o, const cases::case_state& s) { o.put(s.plan->start_on); }},
    }};

inline constexpr type meeting_decision_type{
    "MeetingDecision", "会議の決定", "One decision of a meeting about the case.",
    std::tuple{
        row{{.name = "decision", .type = kind::string, .optional = false, .ja = "決定", .en = "the decision", .values = cases::codes::meeting_decisions},
            [](auto& o, const cases::meeting_decision& d) { o.put(d.decision); }},
        row{{.name = "program", .type = kind::string, .optional = true, .ja = "支援決定した事業（`support_decided` で書かれたとき。ほかは nil）",
             .en = "the programme decided (support_decided, when named); nil otherwise"},
            [](auto& o, const cases::meeting_decision& d) { o.nonempty(d.program); }},
        row{{.name = "target", .type = kind::string, .optional = true, .ja = "合意したつなぎ先（`referral_agreed` で書かれたとき。ほかは nil）",
             .en = "the referral target agreed (referral_agreed, when named); nil otherwise"},
            [](auto& o, const cases::meeting_decision& d) { o.nonempty(d.target); }},
        row{{.name = "to", .type = kind::string, .optional = true, .ja = "確認したステップの行き先 `stage/rung`（`step_confirmed`。ほかは nil）",
             .en = "where the confirmed step goes, `stage/rung` (step_confirmed); nil otherwise"},
            [](auto& o, const cases::meeting_decision& d) {
              if (d.to) o.put(to_string(*d.to));
            }},
    }};

inline constexpr type meeting_type{
    "Meeting", "ケースを話し合った会議（`meeting`）", "A meeting that discussed the case (`meeting` event).",
    std::tuple{
        row{{.name = "decisions", .type = kind::array, .optional = false, .of = "MeetingDecision", .ja = "このケースについての決定", .en = "what it decided about the case"},
            [](auto& o, const cases::meeting_record& m) { o.objects(meeting_decision_type, m.decisions); }},
        row{{.name = "id", .type = kind::string, .optional = false, .ja = "会議の ID", .en = "the meeting's id"},
            [](auto& o, const cases::meeting_record& m) { o.put(m.id); }},
        row{{.name = "kind", .type = kind::string, .optional = false, .ja = "会議の種類", .en = "kind of meeting", .values = cases::codes::meeting_kinds},
            [](auto& o, const cases::meeting_record& m) { o.put(m.kind); }},
        row{{.name = "on", .type = kind::date, .optional = false, .ja = "会議の日", .en = "day of the meeting"},
            [](auto& o, const cases::meeting_record& m) { o.put(m.on); }},
    }};

inline constexpr type case_agency_type{
    "CaseAgency", "ケースを持つ機関（`agency_joined` から。機関の記録があれば役割など）",
    "An agency holding the case (from `agency_joined`; its role and more when its agency record is known).",
    std::tuple{
        row{{.name = "agreed", .type = kind::boolean, .optional = true, .ja = "本人が加わることに同意した（自発性の確認。記録がなければ nil）", .en = "the person agreed to its joining; nil when not recorded"},
            [](auto& o, const cases::case_agency& a) { o.put(a.agreed); }},
        row{{.name = "id", .type = kind::string, .optional = false, .ja = "機関の ID", .en = "the agency's id"},
            [](auto& o, const cases::case_agency& a) { o.put(a.agency_id); }},
        row{{.name = "in_area", .type = kind::boolean, .optional = true, .ja = "世帯の市区町村を担当している（市区町村か機関の記録が分からなければ nil）",
             .en = "it serves the household's municipality; nil when the municipality or the agency record is not known"},
            [](auto& o, const cases::case_agency& a) {
              if (a.link) {
                o.put(a.link->in_area);
              } else {
                o.null();
              }
            }},
        row{{.name = "joined_on", .type = kind::date, .optional = false, .ja = "ケースを持ちはじめた日", .en = "the day it started holding the case"},
            [](auto& o, const cases::case_agency& a) { o.put(a.joined_on); }},
        row{{.name = "kikan", .type = kind::boolean, .optional = false, .ja = "なかぽつ基幹型（機関の記録がなければ false）", .en = "a core (基幹型) Nakapotsu centre; false without its agency record"},
            [](auto& o, const cases::case_agency& a) { o.put(a.link && a.link->kikan); }},
        row{{.name = "lead", .type = kind::boolean, .optional = false, .ja = "主担当の機関", .en = "the lead agency"},
            [](auto& o, const cases::case_agency& a) { o.put(a.lead); }},
        row{{.name = "name", .type = kind::string, .optional = true, .ja = "機関の名前（機関の記録がなければ nil）", .en = "the agency's name; nil without its agency record"},
            [](auto& o, const cases::case_agency& a) {
              if (a.link) {
                o.put(a.link->name);
              } else {
                o.null();
              }
            }},
        row{{.name = "referral_id", .type = kind::string, .optional = true, .ja = "加わるもとになったつなぎの ID（なければ nil）", .en = "the referral it answered by joining; nil when none"},
            [](auto& o, const cases::case_agency& a) { o.nonempty(a.referral_id); }},
        row{{.name = "role", .type = kind::string, .optional = true, .ja = "ネットワークでの役割（機関の記録がなければ nil）", .en = "its role in the network; nil without its agency record",
             .values = cases::codes::agency_roles},
            [](auto& o, const cases::case_agency& a) {
              if (a.link) {
                o.put(a.link->role);
              } else {
                o.null();
              }
            }},
        row{{.name = "supervised_by", .type = kind::string, .optional = true, .ja = "協力センターとして支える基幹型センターの ID（なければ nil）",
             .en = "the core centre that names it a partner centre; nil when none"},
            [](auto& o, const cases::case_agency& a) {
              if (a.link) {
                o.nonempty(a.link->supervised_by);
              } else {
                o.null();
              }
            }},
    }};

inline constexpr type referral_type{
    "Referral", "つなぎ（他機関への紹介）", "A referral to another agency.",
    std::tuple{
        row{{.name = "agency_id", .type = kind::string, .optional = true, .ja = "つないだ機関の ID（機関を名指ししていなければ nil）", .en = "the agency referred to; nil when the referral names none"},
            [](auto& o, const cases::referral_state& r) { o.nonempty(r.agency_id); }},
        row{{.name = "id", .type = kind::string, .optional = false, .ja = "つなぎの ID", .en = "referral id"},
            [](auto& o, const cases::referral_state& r) { o.put(r.id); }},
        row{{.name = "made_on", .type = kind::date, .optional = false, .ja = "つないだ日", .en = "day the referral was made"},
            [](auto& o, const cases::referral_state& r) { o.put(r.made_on); }},
        row{{.name = "status", .type = kind::string, .optional = false, .ja = "状況", .en = "its status", .values = cases::codes::referral_statuses},
            [](auto& o, const cases::referral_state& r) { o.put(r.status); }},
        row{{.name = "target", .type = kind::string, .optional = false, .ja = "つなぎ先（`hellowork`・`saposute` …）", .en = "where the person was referred (\"hellowork\", \"saposute\", …)"},
            [](auto& o, const cases::referral_state& r) { o.put(r.target); }},
        row{{.name = "warm_handoff", .type = kind::boolean, .optional = false, .ja = "支援員が同行した（同行・つなぎ）", .en = "the worker went along (同行・つなぎ)"},
            [](auto& o, const cases::referral_state& r) { o.put(r.warm_handoff); }},
    }};

inline constexpr type household_member_type{
    "HouseholdMember", "つながった世帯の一員と、その人のケースの評価日の状況", "A member of the linked household, and where their own case stands on as_of.",
    std::tuple{
        row{{.name = "age", .type = kind::integer, .optional = true, .ja = "評価日の年齢（生年月日が分からなければ nil）", .en = "age on as_of; nil when the birth date is not known"},
            [](auto& o, const cases::linked_member& m) { o.put(m.age); }},
        row{{.name = "case", .type = kind::string, .optional = true, .ja = "その人のケース ID（ケースのない世帯員は nil）", .en = "the member's case id; nil for a member without a case"},
            [](auto& o, const cases::linked_member& m) { o.nonempty(m.case_id); }},
        row{{.name = "closure_reason", .type = kind::string, .optional = true, .ja = "その人のケースの終結理由（終結していなければ nil）", .en = "the member's closure reason; nil unless their case is closed"},
            [](auto& o, const cases::linked_member& m) { o.nonempty(m.closure_reason); }},
        row{{.name = "programs", .type = kind::array, .optional = false, .of = "string", .ja = "その人が評価日に利用中の事業（ケースがなければ空）", .en = "programmes the member is using on as_of; empty without a case"},
            [](auto& o, const cases::linked_member& m) {
              o.array(static_cast<int>(m.programs.size()), [&](auto& w) {
                for (const auto& p : m.programs) w.element(p);
              });
            }},
        row{{.name = "relation", .type = kind::string, .optional = false, .ja = "世帯主との続柄", .en = "relation to the head of the household", .values = cases::codes::household_relations},
            [](auto& o, const cases::linked_member& m) { o.put(m.relation); }},
        row{{.name = "rung", .type = kind::string, .optional = true, .ja = "その人の梯子の段（段のない段階・ケースがなければ nil）", .en = "the member's rung; nil without one or without a case"},
            [](auto& o, const cases::linked_member& m) { if (m.position) o.nonempty(m.position->rung); }},
        row{{.name = "self", .type = kind::boolean, .optional = false, .ja = "評価しているケースの本人", .en = "this is the person of the case being evaluated"},
            [](auto& o, const cases::linked_member& m) { o.put(m.self); }},
        row{{.name = "stage", .type = kind::string, .optional = true, .ja = "その人の梯子の段階（ケースがない・まだ開いていなければ nil）", .en = "the member's stage; nil without a case or before it opened",
             .values = cases::codes::stages},
            [](auto& o, const cases::linked_member& m) { if (m.position && m.status) o.put(to_string(m.position->at)); }},
        row{{.name = "status", .type = kind::string, .optional = true, .ja = "その人のケースの状態（ケースがない・まだ開いていなければ nil）", .en = "the member's case status; nil without a case or before it opened",
             .values = cases::codes::statuses},
            [](auto& o, const cases::linked_member& m) { if (m.status) o.put(to_string(*m.status)); }},
        row{{.name = "status_since", .type = kind::date, .optional = true, .ja = "その人のケースが今の状態になった日", .en = "day the member's case entered its status"},
            [](auto& o, const cases::linked_member& m) { o.put(m.status_since); }},
    }};

inline constexpr type linked_household_type{
    "LinkedHousehold", "ケースをつなぐ世帯の記録（`hashigo.household/1`、評価日に有効な版）", "The household record that links cases (`hashigo.household/1`), the version in force on as_of.",
    std::tuple{
        row{{.name = "finance_case", .type = kind::string, .optional = true, .ja = "世帯の家計の項目が示す記録のケース（ほかの世帯員のケースの記録のほうが新しいとき。本人のケースの記録なら nil）",
             .en = "the case whose household_finance the household's finance fields show, when another member's record is newer; nil for the case's own"},
            [](auto& o, const cases::linked_household& h) { o.nonempty(h.finance_case); }},
        row{{.name = "id", .type = kind::string, .optional = false, .ja = "世帯の記録の ID", .en = "the household record's id"},
            [](auto& o, const cases::linked_household& h) { o.put(h.id); }},
        row{{.name = "kind", .type = kind::string, .optional = true, .ja = "世帯の形（記録になければ nil）", .en = "kind of household; nil when the record gives none", .values = cases::codes::household_kinds},
            [](auto& o, const cases::linked_household& h) { o.nonempty(h.kind); }},
        row{{.name = "members", .type = kind::array, .optional = false, .of = "HouseholdMember", .ja = "世帯員（本人を含む、記録の順）", .en = "the members, the person included, in the record's order"},
            [](auto& o, const cases::linked_household& h) { o.objects(household_member_type, h.members); }},
        row{{.name = "since", .type = kind::date, .optional = false, .ja = "この版の記録が有効になった日", .en = "day this version of the record took effect"},
            [](auto& o, const cases::linked_household& h) { o.put(h.since); }},
    }};

inline constexpr type household_type{
    "Household", "世帯（資格は世帯ごとに判断する）。家計の項目は `household_finance` の記録があるときだけ", "The household; eligibility is tested per household. The finance fields appear once a `household_finance` event exists.",
    std::tuple{
        row{{.name = "arrears_months", .type = kind::integer, .optional = true, .ja = "滞納の月数（家賃・公共料金など）", .en = "months of arrears (rent, utilities, …)"},
            [](auto& o, const cases::case_state& s) { if (s.finance) o.put(s.finance->values.arrears_months); }},
        row{{.name = "debt_total_yen", .type = kind::integer, .optional = true, .ja = "負債の総額（円）", .en = "total debt in yen"},
            [](auto& o, const cases::case_state& s) { if (s.finance) o.put(s.finance->values.debt_total_yen); }},
        row{{.name = "expenses_yen", .type = kind::integer, .optional = true, .ja = "月の支出（円。最新の家計の記録にあれば）", .en = "monthly expenses in yen, when the latest household_finance gave them"},
            [](auto& o, const cases::case_state& s) { if (s.finance && s.finance->values.expenses_yen) o.put(*s.finance->values.expenses_yen); }},
        row{{.name = "finance_as_of", .type = kind::date, .optional = true, .ja = "最新の家計の記録の日（つながった世帯では世帯員のケースのうち最新のもの）", .en = "date of the latest household_finance event (in a linked household, the newest in any member's case)"},
            [](auto& o, const cases::case_state& s) { if (s.finance) o.put(s.finance->on); }},
        row{{.name = "financial_assets_yen", .type = kind::integer, .optional = true, .ja = "世帯の金融資産（円）", .en = "household financial assets in yen"},
            [](auto& o, const cases::case_state& s) { if (s.finance) o.put(s.finance->values.financial_assets_yen); }},
        row{{.name = "has_member_65_plus", .type = kind::boolean, .optional = false, .ja = "評価日に65歳以上の人が世帯にいる（本人・つながった世帯の世帯員を含む）", .en = "someone in the household (the person and linked members included) is 65 or older on as_of"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.household_has_member_65_plus); }},
        row{{.name = "housing", .type = kind::string, .optional = false, .ja = "住まい", .en = "housing", .values = cases::codes::housing, .unset_as_empty = true},
            [](auto& o, const cases::case_state& s) { o.put(s.header.household.housing); }},
        row{{.name = "income_yen", .type = kind::integer, .optional = true, .ja = "世帯の月収（最新の家計の記録）", .en = "monthly household income, from the latest household_finance event"},
            [](auto& o, const cases::case_state& s) { if (s.finance) o.put(s.finance->values.income_yen); }},
        row{{.name = "kind", .type = kind::string, .optional = false, .ja = "世帯の形（つながった世帯の記録に形があればそれ）", .en = "kind of household (a linked household record's kind, when it gives one)", .values = cases::codes::household_kinds, .unset_as_empty = true},
            [](auto& o, const cases::case_state& s) { o.put(s.header.household.kind); }},
        row{{.name = "linked", .type = kind::object, .optional = true, .of = "LinkedHousehold",
             .ja = "ケースをつなぐ世帯の記録（`hashigo household new`）。ほかの世帯員とそのケースが見える。つながっていなければ nil",
             .en = "the household record linking this case to others (`hashigo household new`), showing the other members and their cases; nil when not linked"},
            [](auto& o, const cases::case_state& s) { if (s.household_link) o.object(linked_household_type, *s.household_link); }},
        row{{.name = "moved_on", .type = kind::date, .optional = true, .ja = "最後の転居（`household_moved`）の日（支援中に転居していなければ nil）", .en = "day of the latest `household_moved`; nil when the household never moved during the case"},
            [](auto& o, const cases::case_state& s) { o.put(s.moved_on); }},
        row{{.name = "municipality", .type = kind::string, .optional = true, .ja = "市区町村の全国地方公共団体コード6桁（`\"142051\"` 藤沢市。記録がなければ nil）", .en = "the municipality's 全国地方公共団体コード, six digits (\"142051\" Fujisawa); nil when not recorded"},
            [](auto& o, const cases::case_state& s) { o.nonempty(s.header.household.municipality); }},
        row{{.name = "on_public_assistance", .type = kind::boolean, .optional = false, .ja = "世帯が生活保護を受けている", .en = "the household receives 生活保護"},
            [](auto& o, const cases::case_state& s) { o.put(s.header.household.on_public_assistance); }},
        row{{.name = "prefecture", .type = kind::string, .optional = true, .ja = "住所地の都道府県コード（JIS X 0401 の2桁、`\"14\"` 神奈川県。記録がなければ nil）", .en = "where the household lives: JIS X 0401 prefecture code, \"01\" … \"47\" (\"14\" Kanagawa); nil when not recorded"},
            [](auto& o, const cases::case_state& s) { o.nonempty(s.header.household.prefecture); }},
        row{{.name = "prefecture_name", .type = kind::object, .optional = true, .of = "Text", .ja = "都道府県の名前（神奈川県 / Kanagawa。記録がなければ nil）", .en = "the prefecture's name (神奈川県 / Kanagawa); nil when not recorded"},
            [](auto& o, const cases::case_state& s) {
              if (const auto names = cases::prefecture_name(s.header.household.prefecture)) {
                o.object(text_type, *names);
              } else {
                o.null();
              }
            }},
        row{{.name = "rent_yen", .type = kind::integer, .optional = false, .ja = "月の家賃（円。なければ 0）", .en = "monthly rent in yen (0 when none)"},
            [](auto& o, const cases::case_state& s) { o.put(s.header.household.rent_yen); }},
        row{{.name = "size", .type = kind::integer, .optional = false, .ja = "世帯の人数（本人を含む。つながった世帯の記録の世帯員の数より少なくはならない）", .en = "people in the household, the person included (never fewer than a linked household record's members)"},
            [](auto& o, const cases::case_state& s) { o.put(s.header.household.size); }},
    }};

inline constexpr type program_enrolment_type{
    "ProgramEnrolment", "事業への1回の利用", "One enrolment in a programme.",
    std::tuple{
        row{{.name = "end_on", .type = kind::date, .optional = true, .ja = "終わった日（利用中は nil）", .en = "day it ended; nil while active"},
            [](auto& o, const cases::program_state& p) { o.put(p.end_on); }},
        row{{.name = "end_reason", .type = kind::string, .optional = false, .ja = "`program_ended` の理由（利用中は \"\"）", .en = "program_ended reason (\"\" while active)"},
            [](auto& o, const cases::program_state& p) { o.put(p.end_reason); }},
        row{{.name = "extensions", .type = kind::integer, .optional = false, .ja = "この利用の延長（`program_extended`）の回数", .en = "program_extended events on this enrolment"},
            [](auto& o, const cases::program_state& p) { o.put(p.extensions); }},
        row{{.name = "planned_end_on", .type = kind::date, .optional = true, .ja = "予定の終了日（延長後。予定がなければ nil）", .en = "planned end (after extensions); nil if none was planned"},
            [](auto& o, const cases::program_state& p) { o.put(p.planned_end_on); }},
        row{{.name = "route", .type = kind::string, .optional = false, .ja = "利用の経路（記録がなければ \"\"）", .en = "route recorded at enrolment (\"\" if none)"},
            [](auto& o, const cases::program_state& p) { o.put(p.route); }},
        row{{.name = "start_on", .type = kind::date, .optional = false, .ja = "利用を始めた日", .en = "day the enrolment started"},
            [](auto& o, const cases::program_state& p) { o.put(p.start_on); }},
    }};

inline int months_of(const std::map<std::string, int>& by_program, const std::string& name) {
  const auto it = by_program.find(name);
  return it == by_program.end() ? 0 : it->second;
}

inline constexpr type program_type{
    "Program", "1つの事業。その利用をすべてまとめたもの", "One programme, all its enrolments merged.",
    std::tuple{
        row{{.name = "active", .type = kind::boolean, .optional = false, .ja = "評価日に利用中のものがある", .en = "an enrolment is active on as_of"},
            [](auto& o, const program_entry& e) { o.put(e.active); }},
        row{{.name = "extensions", .type = kind::integer, .optional = false, .ja = "利用中のものの延長の回数（利用中がなければ 0）", .en = "program_extended events on the active enrolment (0 when none is active)"},
            [](auto& o, const program_entry& e) { o.put(e.dated ? e.dated->extensions : 0); }},
        row{{.name = "history", .type = kind::array, .optional = false, .of = "ProgramEnrolment", .ja = "この事業のすべての利用（順に）", .en = "every enrolment of this programme, in order"},
            [](auto& o, const program_entry& e) {
              o.array(e.enrolments, [&](auto& w) {
                for (const auto& p : e.s->programs)
                  if (p.program == *e.name) w.object(program_enrolment_type, p);
              });
            }},
        row{{.name = "last_end_on", .type = kind::date, .optional = true, .ja = "最後に終わった利用の終了日（終わったものがなければ nil）", .en = "end of the last ended enrolment; nil if none has ended"},
            [](auto& o, const program_entry& e) { if (e.ended) o.put(e.ended->end_on); }},
        row{{.name = "last_end_reason", .type = kind::string, .optional = true, .ja = "最後に終わった利用の理由（終わったものがなければ nil）", .en = "reason of the last ended enrolment; nil if none has ended"},
            [](auto& o, const program_entry& e) { if (e.ended) o.put(e.ended->end_reason); }},
        row{{.name = "months", .type = kind::integer, .optional = false, .ja = "利用の満月数（すべての利用の合計。終わりか評価日まで）", .en = "whole months of use, all enrolments summed (to their end or to as_of)"},
            [](auto& o, const program_entry& e) { o.put(months_of(e.s->derived.months_in_program, *e.name)); }},
        row{{.name = "months_granted", .type = kind::integer, .optional = false, .ja = "認められた月数の合計（利用中のものは予定の終了まで、始まった月を1か月と数える）",
             .en = "months granted, all enrolments summed; an active one counts to its planned end, a started month counting whole"},
            [](auto& o, const program_entry& e) { o.put(months_of(e.s->derived.months_granted, *e.name)); }},
        row{{.name = "planned_end_on", .type = kind::date, .optional = true, .ja = "利用中のものの予定の終了日（利用中がないか予定がなければ nil）", .en = "planned end of the active enrolment; nil when none is active or none was planned"},
            [](auto& o, const program_entry& e) { if (e.dated) o.put(e.dated->planned_end_on); }},
        row{{.name = "route", .type = kind::string, .optional = true, .ja = "利用中のものの経路（`income_asset` など。利用中がなければ nil）", .en = "route of the active enrolment (e.g. \"income_asset\"); nil when none is active"},
            [](auto& o, const program_entry& e) { if (e.dated) o.put(e.dated->route); }},
        row{{.name = "start_on", .type = kind::date, .optional = true, .ja = "利用中のものの開始日（利用中がなければ nil）", .en = "start of the active enrolment; nil when none is active"},
            [](auto& o, const program_entry& e) { if (e.dated) o.put(e.dated->start_on); }},
    }};

// What assessments said for matching (`case.profile`).
template <typename O>
void code_array(O& o, const std::vector<std::string>& codes) {
  o.array(static_cast<int>(codes.size()), [&](auto& w) {
    for (const auto& c : codes) w.element(c);
  });
}

inline constexpr type profile_type{
    "WorkProfile", "マッチングのためのアセスメント：興味・強み・資格・必要な条件と支援・週の時間・希望",
    "What assessments said for matching: interests, strengths, qualifications, the conditions and support needed, hours, wishes.",
    std::tuple{
        row{{.name = "assessed_on", .type = kind::date, .optional = false, .ja = "これを変えた最新のアセスメントの日", .en = "day of the latest assessment that changed it"},
            [](auto& o, const cases::work_profile& p) { o.put(p.assessed_on); }},
        row{{.name = "constraints", .type = kind::array, .optional = false, .of = "string", .ja = "働く場に必要な条件", .en = "what the person needs of a workplace",
             .values = cases::codes::work_conditions},
            [](auto& o, const cases::work_profile& p) { code_array(o, p.constraints); }},
        row{{.name = "hours_per_week_max", .type = kind::number, .optional = true, .ja = "いま働ける週あたりの時間の上限（記録がなければ nil）", .en = "the most hours a week the person can work now; nil when not recorded"},
            [](auto& o, const cases::work_profile& p) { o.put(p.hours_per_week_max); }},
        row{{.name = "interests", .type = kind::array, .optional = false, .of = "string", .ja = "興味・関心のある仕事の分野（コード）", .en = "fields of work the person is drawn to (codes)"},
            [](auto& o, const cases::work_profile& p) { code_array(o, p.interests); }},
        row{{.name = "qualifications", .type = kind::array, .optional = false, .of = "string", .ja = "持っている資格（コード）", .en = "qualifications held (codes)"},
            [](auto& o, const cases::work_profile& p) { code_array(o, p.qualifications); }},
        row{{.name = "strengths", .type = kind::array, .optional = false, .of = "string", .ja = "強み・できること（コード）", .en = "strengths (codes)"},
            [](auto& o, const cases::work_profile& p) { code_array(o, p.strengths); }},
        row{{.name = "supports_needed", .type = kind::array, .optional = false, .of = "string", .ja = "働くときに必要な支援", .en = "the support the person needs at work",
             .values = cases::codes::work_supports},
            [](auto& o, const cases::work_profile& p) { code_array(o, p.supports_needed); }},
        row{{.name = "wishes", .type = kind::string, .optional = true, .ja = "本人の希望（本人の言葉で。なければ nil）", .en = "the person's wishes in their words; nil when not recorded"},
            [](auto& o, const cases::work_profile& p) { o.nonempty(p.wishes); }},
    }};

inline constexpr type placement_type{
    "Placement", "就労先：見学・体験・訓練・コミューター・スタッフ・一般就労", "A placement: 見学, 体験, 訓練, commuter, staff or general employment.",
    std::tuple{
        row{{.name = "active", .type = kind::boolean, .optional = false, .ja = "評価日に終わっていない", .en = "not ended on as_of"},
            [](auto& o, const cases::placement_state& p) { o.put(p.active); }},
        row{{.name = "contract", .type = kind::string, .optional = false, .ja = "契約", .en = "contract", .values = cases::codes::contracts},
            [](auto& o, const cases::placement_state& p) { o.put(p.contract); }},
        row{{.name = "employer", .type = kind::string, .optional = false, .ja = "受け入れ先（記録がなければ \"\"）", .en = "employer or host (\"\" when not recorded)"},
            [](auto& o, const cases::placement_state& p) { o.put(p.employer); }},
        row{{.name = "employer_id", .type = kind::string, .optional = true, .ja = "事業所の記録の ID（しごと情報から始まったとき。なければ nil）",
             .en = "the employer record's id when the placement came from a carved task; nil otherwise"},
            [](auto& o, const cases::placement_state& p) { o.nonempty(p.employer_id); }},
        row{{.name = "end_on", .type = kind::date, .optional = true, .ja = "終わった日（続いていれば nil）", .en = "day it ended; nil while active"},
            [](auto& o, const cases::placement_state& p) { o.put(p.end_on); }},
        row{{.name = "hours_per_week", .type = kind::number, .optional = false, .ja = "週あたりの予定時間", .en = "scheduled hours per week"},
            [](auto& o, const cases::placement_state& p) { o.put(p.hours_per_week); }},
        row{{.name = "id", .type = kind::string, .optional = false, .ja = "就労先の ID", .en = "placement id"},
            [](auto& o, const cases::placement_state& p) { o.put(p.id); }},
        row{{.name = "kind", .type = kind::string, .optional = false, .ja = "種類", .en = "kind",
             .values = cases::codes::placement_kinds},
            [](auto& o, const cases::placement_state& p) { o.put(p.kind); }},
        row{{.name = "start_on", .type = kind::date, .optional = false, .ja = "初日", .en = "first day"},
            [](auto& o, const cases::placement_state& p) { o.put(p.start_on); }},
        row{{.name = "stipend_per_shift_yen", .type = kind::integer, .optional = true, .ja = "1回あたりの謝礼（コミューター。なければ nil）", .en = "stipend per shift (commuters); nil when none"},
            [](auto& o, const cases::placement_state& p) { o.put(p.stipend_per_shift_yen); }},
        row{{.name = "task_id", .type = kind::string, .optional = true, .ja = "しごと情報（切り出した作業）の ID（なければ nil）",
             .en = "the carved task's id (しごと情報); nil when the placement names none"},
            [](auto& o, const cases::placement_state& p) { o.nonempty(p.task_id); }},
        row{{.name = "wage_per_hour_yen", .type = kind::number, .optional = true, .ja = "時給（時給でなければ nil）", .en = "hourly wage; nil when not paid by the hour"},
            [](auto& o, const cases::placement_state& p) { o.put(p.wage_per_hour_yen); }},
    }};

// Programmes by name; several enrolments of one programme merge into one entry: active when any
// is, months used and granted summed by the fold, dates, route and extensions of the active
// enrolment, end date and reason of the last ended one, and every enrolment in `history`.
template <class Writer>
void write_programs(Writer& w, const cases::case_state& s) {
  program_entry small[8];
  std::vector<program_entry> more;
  program_entry* entries = small;
  std::size_t n = 0;
  if (s.programs.size() > 8) {
    more.resize(s.programs.size());
    entries = more.data();
  }
  for (const auto& p : s.programs) {
    program_entry* e = std::find_if(entries, entries + n, [&](const program_entry& x) { return *x.name == p.program; });
    if (e == entries + n) entries[n++] = program_entry{&s, &p.program};
    e->active = e->active || p.active;
    if (p.active) e->dated = &p;
    if (!p.active) e->ended = &p;
    ++e->enrolments;
  }
  std::sort(entries, entries + n, [](const program_entry& a, const program_entry& b) { return *a.name < *b.name; });
  for (std::size_t i = 0; i < n; ++i) w.entry_object(*entries[i].name, program_type, entries[i]);
}

inline constexpr type case_type{
    "Case",
    "ルールが受け取る読み取り専用のケース（`decide` の1つ目の引数）。数はすべて評価日までの記録からコアが計算する。分からない事実は nil。書き込むとエラー（attempt to modify read-only case field …）",
    "The read-only case a rule receives (first argument of `decide`). Every number is computed by the core from the events dated on or before `as_of`; a fact that is not known is nil. Writing to it is an error (\"attempt to modify read-only case field …\").",
    std::tuple{
        row{{.name = "age", .type = kind::integer, .optional = true, .ja = "評価日の満年齢（生年月日がなければ nil）", .en = "whole years at as_of; nil without person.birth_date"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.age); }},
        row{{.name = "agencies", .type = kind::array, .optional = false, .of = "CaseAgency", .ja = "いまケースを持っている機関（加わった順。単独なら1つ、共同なら複数）",
             .en = "the agencies holding the case now, in the order they joined (one alone, several jointly)"},
            [](auto& o, const cases::case_state& s) {
              const auto held = static_cast<int>(std::count_if(s.agencies.begin(), s.agencies.end(), [](const cases::case_agency& a) { return !a.left_on; }));
              o.array(held, [&](auto& w) {
                for (const auto& a : s.agencies)
                  if (!a.left_on) w.object(case_agency_type, a);
              });
            }},
        row{{.name = "appraisal", .type = kind::object, .optional = true, .of = "Appraisal", .ja = "最新の人事考課と項目（まだなければ nil）", .en = "the latest 人事考課 appraisal with its items; nil before any"},
            [](auto& o, const cases::case_state& s) {
              if (s.last_appraisal) {
                o.object(appraisal_type, *s.last_appraisal);
              } else {
                o.null();
              }
            }},
        row{{.name = "appraisal_average", .type = kind::number, .optional = true, .ja = "最新の人事考課の項目の平均（1〜5。まだなければ nil）", .en = "mean item score (1–5) of the latest 人事考課 appraisal; nil before any"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.appraisal_average); }},
        row{{.name = "as_of", .type = kind::date, .optional = false, .ja = "評価日（`ctx.as_of` と同じ）", .en = "the day being decided (same as ctx.as_of)"},
            [](auto& o, const cases::case_state& s) { o.put(s.as_of); }},
        row{{.name = "attendance_14d", .type = kind::number, .optional = true, .ja = "直近14日の出勤率（出勤÷予定時間、0〜1、按分）。予定がなければ nil",
             .en = "attended ÷ scheduled hours over the last 14 days (0–1, prorated); nil with nothing scheduled"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.attendance_14d); }},
        row{{.name = "attendance_30d", .type = kind::number, .optional = true, .ja = "同じく直近30日", .en = "the same over the last 30 days"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.attendance_30d); }},
        row{{.name = "attendance_90d", .type = kind::number, .optional = true, .ja = "同じく直近90日", .en = "the same over the last 90 days"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.attendance_90d); }},
        row{{.name = "closure_agreed", .type = kind::boolean, .optional = true,
             .ja = "本人が終結に同意したか（`closed` の `agreed`。記録がない・終結していなければ nil）",
             .en = "whether the person agreed to the closure (the `closed` event's `agreed`); nil when not recorded or open"},
            [](auto& o, const cases::case_state& s) { o.put(s.closure_agreed); }},
        row{{.name = "closure_reason", .type = kind::string, .optional = true, .ja = "終結理由のコード（`employed`・`goal_achieved` …。終結していなければ nil）", .en = "reason code of the closure (employed, goal_achieved, …); nil while open"},
            [](auto& o, const cases::case_state& s) { o.nonempty(s.closure_reason); }},
        row{{.name = "concerns", .type = kind::array, .optional = false, .of = "string",
             .ja = "評価日の困りごと（受付時に記録し `concerns_changed` で変わる：`job_search`・`debt`・`lgbt` …。一覧は docs/case-format.md）",
             .en = "concerns on as_of: recorded at intake, changed by `concerns_changed` (\"job_search\", \"debt\", \"lgbt\", …; the codes are listed in docs/case-format.md)"},
            [](auto& o, const cases::case_state& s) {
              o.array(static_cast<int>(s.concerns.size()), [&](auto& w) {
                for (const auto& c : s.concerns) w.element(c);
              });
            }},
        row{{.name = "consent", .type = kind::boolean, .optional = false, .ja = "情報共有への同意", .en = "the person consented to information sharing (情報共有への同意)"},
            [](auto& o, const cases::case_state& s) { o.put(s.consent_info_sharing); }},
        row{{.name = "contacts", .type = kind::map, .optional = false, .of = "ContactKind", .ja = "試みたことのある連絡の種類ごとの記録（フォローアップを含む）。試みたことのない種類は nil",
             .en = "every kind of contact ever tried (follow-ups included), by kind; a kind never tried is nil"},
            [](auto& o, const cases::case_state& s) {
              o.map(static_cast<int>(s.derived.contacts_by_kind.size()), [&](auto& w) {
                for (const auto& [kind, facts] : s.derived.contacts_by_kind) w.entry_object(kind, contact_kind_type, contact_kind_at{facts, s.as_of});
              });
            }},
        // 住居確保給付金 HK-04: 面談 4 per month
        row{{.name = "contacts_30d", .type = kind::map, .optional = false, .of = "integer", .ja = "直近30日に連絡がとれた回数（種類別：`interview`・`home_visit`・`phone` …）",
             .en = "successful contacts of the last 30 days by kind (interview, home_visit, phone, …)"},
            [](auto& o, const cases::case_state& s) {
              o.map(static_cast<int>(s.derived.contacts_30d.size()), [&](auto& w) {
                for (const auto& [kind, count] : s.derived.contacts_30d) w.entry(kind, count);
              });
            }},
        row{{.name = "days_since_appraisal", .type = kind::integer, .optional = true, .ja = "最新の人事考課からの日数（まだなければ nil）", .en = "days since the latest appraisal; nil before any"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.days_since_appraisal); }},
        row{{.name = "days_since_contact", .type = kind::integer, .optional = true, .ja = "最後に連絡がとれてからの日数（フォローアップを含む。まだなければ nil）", .en = "days since the last successful contact (follow-ups included); nil before any"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.days_since_contact); }},
        row{{.name = "days_since_hire", .type = kind::integer, .optional = true, .ja = "`hired_on` からの日数（定着支援の1・3・6か月。まだなければ nil）", .en = "days since hired_on (retention visits at 1, 3 and 6 months); nil before any hire"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.days_since_hire); }},
        row{{.name = "days_since_review", .type = kind::integer, .optional = true, .ja = "最新の振り返りからの日数（まだなければ nil）", .en = "days since the latest review; nil before any"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.days_since_review); }},
        row{{.name = "days_to_plan_end", .type = kind::integer, .optional = true, .ja = "評価日からプラン終了日までの日数（過ぎると負。プランがなければ nil）", .en = "days from as_of to plan.end_on, negative once it has passed; nil without a plan"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.days_to_plan_end); }},
        row{{.name = "episode", .type = kind::integer, .optional = false, .ja = "受付の回数：1、再開（`reopened`）ごとに +1", .en = "episode number: 1, then +1 at each `reopened`"},
            [](auto& o, const cases::case_state& s) { o.put(s.episode); }},
        row{{.name = "failed_contacts", .type = kind::integer, .optional = false, .ja = "最後に連絡がとれてから、とれなかった試みの回数", .en = "failed contact attempts since the last successful contact"},
            [](auto& o, const cases::case_state& s) { o.put(s.failed_contacts_since_last); }},
        row{{.name = "fdp", .type = kind::object, .optional = true, .of = "Fdp", .ja = "最新の Five Different Positions の結果（FDP のアセスメントの前は nil）", .en = "the latest Five Different Positions result; nil before any assessment with FDP"},
            [](auto& o, const cases::case_state& s) { if (s.fdp) o.object(fdp_type, *s.fdp); }},
        row{{.name = "follow_ups", .type = kind::object, .optional = false, .of = "FollowUps", .ja = "フォローアップ（`follow_up`）。終結したケースも受ける", .en = "follow-ups (`follow_up` events), which a closed case still takes"},
            [](auto& o, const cases::case_state& s) { o.object(follow_ups_type, s); }},
        row{{.name = "goal_attainment", .type = kind::number, .optional = true, .ja = "最新の振り返りの目標達成率（達成÷目標数、0〜1。まだなければ nil）", .en = "goals achieved ÷ goals total at the latest review (0–1); nil before any"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.goal_attainment); }},
        row{{.name = "hired_on", .type = kind::date, .optional = true, .ja = "雇用契約の就労先で最も新しく始まった日（まだなければ nil）", .en = "start of the latest placement on an employment contract; nil before any"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.hired_on); }},
        row{{.name = "hours_per_week", .type = kind::number, .optional = false, .ja = "有効な就労先の週あたり時間の合計（なければ 0）", .en = "weekly hours summed over active placements (0 without one)"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.hours_per_week); }},
        row{{.name = "household", .type = kind::object, .optional = false, .of = "Household", .ja = "世帯（資格は世帯ごとに判断する）", .en = "the household; eligibility is tested per household"},
            [](auto& o, const cases::case_state& s) { o.object(household_type, s); }},
        row{{.name = "id", .type = kind::string, .optional = false, .ja = "ケース ID", .en = "case id"},
            [](auto& o, const cases::case_state& s) { o.put(s.header.id); }},
        row{{.name = "in_school", .type = kind::boolean, .optional = false, .ja = "評価日に在学中", .en = "enrolled in a school on as_of"},
            [](auto& o, const cases::case_state& s) { o.put(in_school(s)); }},
        row{{.name = "intake_source", .type = kind::string, .optional = false, .ja = "相談経路：`self`・`family`・`hellowork`・`houkatsu` …", .en = "who brought the case: \"self\", \"family\", \"hellowork\", \"houkatsu\", …"},
            [](auto& o, const cases::case_state& s) { o.put(s.intake_source); }},
        row{{.name = "job_loss", .type = kind::object, .optional = true, .of = "JobLoss", .ja = "記録された最新の離職（`job_lost`。なければ nil）", .en = "the latest job loss recorded (`job_lost` event); nil if none"},
            [](auto& o, const cases::case_state& s) {
              if (s.job_loss) {
                o.object(job_loss_type, *s.job_loss);
              } else {
                o.null();
              }
            }},
        row{{.name = "job_search_30d", .type = kind::object, .optional = false, .of = "JobSearch", .ja = "直近30日に終わる求職活動の記録", .en = "job search in records ending in the last 30 days"},
            [](auto& o, const cases::case_state& s) { o.object(job_search_type, s.derived.job_search_30d); }},
        row{{.name = "lead_agency", .type = kind::string, .optional = true, .ja = "主担当の機関の ID（いなければ nil）", .en = "the lead agency's id; nil when no agency leads"},
            [](auto& o, const cases::case_state& s) {
              const auto lead = std::find_if(s.agencies.begin(), s.agencies.end(), [](const cases::case_agency& a) { return a.lead && !a.left_on; });
              if (lead != s.agencies.end()) {
                o.put(lead->agency_id);
              } else {
                o.null();
              }
            }},
        row{{.name = "legal", .type = kind::object, .optional = true, .of = "Legal", .ja = "触法・更生の最新の状況（記録がなければ nil）", .en = "the latest legal status (触法・更生); nil when none is recorded"},
            [](auto& o, const cases::case_state& s) {
              if (s.legal) {
                o.object(legal_type, s);
              } else {
                o.null();
              }
            }},
        row{{.name = "meetings", .type = kind::array, .optional = false, .of = "Meeting", .ja = "ケースを話し合った会議（すべての受付期間、日付順）",
             .en = "the meetings that discussed the case (every episode), in date order"},
            [](auto& o, const cases::case_state& s) { o.objects(meeting_type, s.meetings); }},
        row{{.name = "min_fdp_axis", .type = kind::integer, .optional = true, .ja = "FDP のある最新のアセスメントの最も低い軸（1が最も重い〜5）", .en = "lowest Five Different Positions axis (1 most severe … 5) of the latest assessment with FDP"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.min_fdp_axis); }},
        row{{.name = "months_in_rung", .type = kind::integer, .optional = false, .ja = "今の位置（段階と段）に入ってからの満月数", .en = "whole months since the current position (stage and rung) was entered"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.months_in_rung); }},
        row{{.name = "months_in_stage", .type = kind::integer, .optional = false, .ja = "今の段階に入ってからの満月数", .en = "whole months since the current stage was entered"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.months_in_stage); }},
        row{{.name = "months_open", .type = kind::integer, .optional = false, .ja = "今の受付期間が始まってからの満月数", .en = "whole months since the episode opened"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.months_open); }},
        row{{.name = "opened_on", .type = kind::date, .optional = false, .ja = "今の受付期間の開始日（受付か、最後の再開）", .en = "day the current episode opened (its intake, or the last reopening)"},
            [](auto& o, const cases::case_state& s) { o.put(s.opened_on); }},
        row{{.name = "person", .type = kind::object, .optional = false, .of = "Person", .ja = "本人（氏名も生年月日もなく、ルールに要ることだけ）", .en = "the person (no name, no birth date: only what rules need)"},
            [](auto& o, const cases::case_state& s) { o.object(person_type, s); }},
        row{{.name = "placement", .type = kind::object, .optional = true, .of = "Placement", .ja = "最も新しく始まった有効な就労先（なければ nil）", .en = "the most recently started active placement; nil when none is active"},
            [](auto& o, const cases::case_state& s) {
              const cases::placement_state* active = nullptr;
              for (const auto& p : s.placements)
                if (p.active) active = &p;
              if (active) {
                o.object(placement_type, *active);
              } else {
                o.null();
              }
            }},
        row{{.name = "placements", .type = kind::array, .optional = false, .of = "Placement", .ja = "すべての就労先（体験・訓練・雇用）、始まった順", .en = "every placement, in the order started"},
            [](auto& o, const cases::case_state& s) { o.objects(placement_type, s.placements); }},
        row{{.name = "plan", .type = kind::object, .optional = true, .of = "Plan", .ja = "今の支援プラン（`plan` の記録の前は nil）", .en = "the current support plan; nil before a `plan` event"},
            [](auto& o, const cases::case_state& s) { if (s.plan) o.object(plan_type, s); }},
        row{{.name = "position_since", .type = kind::date, .optional = false, .ja = "今の位置（段階と段）に入った日", .en = "day the current position (stage and rung) was entered"},
            [](auto& o, const cases::case_state& s) { o.put(s.position_since); }},
        row{{.name = "previous_min_fdp_axis", .type = kind::integer, .optional = true, .ja = "その前の FDP の最も低い軸（下がったかを見る）", .en = "the same for the assessment before it (to see a fall)"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.previous_min_fdp_axis); }},
        row{{.name = "profile", .type = kind::object, .optional = true, .of = "WorkProfile",
             .ja = "マッチングのためのアセスメント（興味・強み・条件 … を記録したアセスメントの前は nil）",
             .en = "what assessments said for matching; nil before an assessment recorded interests, strengths, constraints, …"},
            [](auto& o, const cases::case_state& s) {
              if (s.profile) {
                o.object(profile_type, *s.profile);
              } else {
                o.null();
              }
            }},
        row{{.name = "programs", .type = kind::map, .optional = false, .of = "Program", .ja = "事業名（`jyunbi`・`kakei`・`jukyo` …）ごとの利用。利用したことのある事業すべて",
             .en = "programmes by name (jyunbi, kakei, jukyo, …): every programme ever enrolled"},
            [](auto& o, const cases::case_state& s) {
              // the count is a size hint: programmes enrolled more than once make fewer entries
              o.map(static_cast<int>(s.programs.size()), [&](auto& w) { write_programs(w, s); });
            }},
        row{{.name = "referrals", .type = kind::array, .optional = false, .of = "Referral", .ja = "つなぎ、つないだ順", .en = "referrals made, in the order made"},
            [](auto& o, const cases::case_state& s) { o.objects(referral_type, s.referrals); }},
        row{{.name = "review_kind", .type = kind::string, .optional = true, .ja = "最新の振り返りの種類（まだなければ nil）", .en = "kind of the latest review; nil before any", .values = cases::codes::review_kinds},
            [](auto& o, const cases::case_state& s) {
              if (s.last_review) {
                o.put(s.last_review->kind);
              } else {
                o.null();
              }
            }},
        row{{.name = "rung", .type = kind::string, .optional = true, .ja = "段階の中の今の段（段のない段階では nil）", .en = "current rung inside the stage; nil when the stage has no rungs"},
            [](auto& o, const cases::case_state& s) { o.nonempty(s.position.rung); }},
        row{{.name = "school", .type = kind::object, .optional = true, .of = "School", .ja = "今の学校か最後に離れた学校（学校の記録がなければ nil）", .en = "the current school, or the last one left; nil when no schooling is recorded"},
            [](auto& o, const cases::case_state& s) {
              if (!s.schools.empty()) {
                o.object(school_type, s);
              } else {
                o.null();
              }
            }},
        row{{.name = "screening", .type = kind::string, .optional = false, .ja = "受付時のスクリーニング", .en = "intake screening", .values = cases::codes::screening},
            [](auto& o, const cases::case_state& s) { o.put(s.screening); }},
        row{{.name = "stage", .type = kind::string, .optional = false, .of = "Stage", .ja = "梯子の今の段階", .en = "current stage on the ladder",
             .values = cases::codes::stages},
            [](auto& o, const cases::case_state& s) { o.put(to_string(s.position.at)); }},
        row{{.name = "status", .type = kind::string, .optional = false, .of = "ProcessStatus", .ja = "評価日の支援の状態", .en = "process status on as_of",
             .values = cases::codes::statuses},
            [](auto& o, const cases::case_state& s) { o.put(to_string(s.status)); }},
        row{{.name = "status_since", .type = kind::date, .optional = false, .ja = "今の状態になった日（終結・中断の日など）", .en = "day the case entered its current status (the day it closed, was suspended, …)"},
            [](auto& o, const cases::case_state& s) { o.put(s.status_since); }},
        row{{.name = "unannounced_absences_30d", .type = kind::integer, .optional = false, .ja = "直近30日に終わる出勤記録の無断欠勤の回数", .en = "unannounced absences in attendance records ending in the last 30 days"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.unannounced_absences_30d); }},
        row{{.name = "wage_per_hour_yen", .type = kind::number, .optional = true, .ja = "有効な就労先の最高の時給（時給の就労先がなければ nil）", .en = "highest hourly wage over active placements; nil when none is paid by the hour"},
            [](auto& o, const cases::case_state& s) { o.put(s.derived.wage_per_hour_yen); }},
    }};

static_assert(case_type.well_formed() && household_type.well_formed() && program_type.well_formed() && placement_type.well_formed() &&
                  school_type.well_formed() && school_record_type.well_formed() && legal_type.well_formed() && contact_kind_type.well_formed() &&
                  follow_ups_type.well_formed() && appraisal_type.well_formed() && fdp_type.well_formed() && person_type.well_formed() &&
                  plan_type.well_formed() && referral_type.well_formed() && job_loss_type.well_formed() && job_search_type.well_formed() &&
                  program_enrolment_type.well_formed() && text_type.well_formed() && meeting_type.well_formed() &&
                  meeting_decision_type.well_formed() && household_member_type.well_formed() && linked_household_type.well_formed() && profile_type.well_formed() &&
                  case_agency_type.well_formed(),
              "the rows of a view type must be in key order with distinct key hashes: the digest and the JSON take them so");

}  // namespace hashigo::engine::view
