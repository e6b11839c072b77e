#pragma once
/// @file The typed events that record a case (design.md "The flow of one evaluation", step 1).
#include <hashigo/case/ladder_types.hpp>
#include <hashigo/date.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hashigo::cases {

/// A text in both languages of the tool.
struct localized {
  std::string ja;
  std::string en;
  friend bool operator==(const localized&, const localized&) = default;
};

/// Five Different Positions (S001): five axes, level 1 (most severe) to 5.
struct fdp_axes {
  int interpersonal = 0;
  int mental = 0;
  int stress = 0;
  int thinking = 0;
  int environment = 0;
};

/// 相談受付: opens a case (or an episode after `reopened`). `start` places the person on the ladder.
struct intake_event {
  std::string channel;                ///< visit, phone, home_visit, outreach, referral, mail_online
  std::string source;                 ///< self, family, hellowork, houkatsu, …
  std::vector<std::string> concerns;  ///< 申込票A concern codes
  std::string screening = "continue";  ///< continue | refer_out | info_only
  position start;                     ///< where the person starts on the ladder
};
/// 同意: consent to share information with related agencies.
struct consent_event {
  bool info_sharing = false;
};
/// アセスメント; may carry the Five Different Positions axes.
struct assessment_event {
  std::string kind = "initial";  ///< initial | re | evaluation
  std::optional<fdp_axes> fdp;
  std::optional<int> daily_rhythm;  ///< 1–5
  /// What the person is drawn to, good at, needs of a workplace and wishes (for matching); each
  /// list is absent when the assessment does not speak of it, and a later one replaces it.
  std::optional<std::vector<std::string>> interests;        ///< fields of work (open codes)
  std::optional<std::vector<std::string>> strengths;        ///< skills (open codes)
  std::optional<std::vector<std::string>> qualifications;   ///< held qualifications (open codes)
  std::optional<std::vector<std::string>> constraints;      ///< codes::work_conditions the person needs
  std::optional<std::vector<std::string>> supports_needed;  ///< codes::work_supports
  std::optional<double> hours_per_week_max;                 ///< what the person can work now
  std::optional<std::string> wishes;                        ///< in the person's words
};
/// A monthly snapshot of household finance (eligibility and 家計改善).
struct household_finance_event {
  std::int64_t income_yen = 0;
  std::int64_t financial_assets_yen = 0;
  std::int64_t debt_total_yen = 0;
  int arrears_months = 0;
  std::optional<std::int64_t> expenses_yen;
};
/// One goal of a support plan.
struct plan_goal {
  std::string id;
  std::string domain;  ///< life, social, work, money, housing, health, family, other
  std::string text;
};
/// プラン策定: a (re-)plan with its period and goals.
struct plan_event {
  date start_on;
  date end_on;
  std::vector<plan_goal> goals;
};
/// The current plan approved (the guard into in_support): the short form of a meeting's
/// `plan_approved` decision when `meeting` names a meeting kind, or the centre's own approval
/// (`centre`) where the region's pack does not require a meeting (parameter meeting_required).
struct plan_approved_event {
  std::string meeting = "shien_chosei";  ///< a meeting kind (codes::meeting_kinds) or centre
};
/// Started using a programme (就労準備, 家計改善, …).
struct program_enrolled_event {
  std::string program;
  std::optional<date> planned_end_on;
  std::string route;  ///< eligibility route, e.g. income_asset
};
/// Stopped using a programme.
struct program_ended_event {
  std::string program;
  std::string reason;
};
/// A placement began: 見学, 体験, commuter, training, employment.
struct placement_started_event {
  std::string placement_id;
  std::string employer;
  std::string employer_id;  ///< a stored employer record (`hashigo.employer/1`), or empty
  std::string task_id;      ///< one of its carved tasks (しごと情報); needs employer_id
  std::string kind;      ///< kengaku, taiken, commuter_unpaid, …, part_time, full_time
  std::string contract;  ///< none | commuter_confirmation | employment
  double hours_per_week = 0;
  std::optional<double> wage_per_hour_yen;
  std::optional<std::int64_t> stipend_per_shift_yen;
  std::optional<date> end_on;  ///< planned end, when known at start
};
/// A placement ended.
struct placement_ended_event {
  std::string placement_id;
  std::string reason;
};
/// Attendance over a period ending on the event date.
struct attendance_event {
  std::string placement_id;
  date period_start;
  double scheduled_hours = 0;
  double attended_hours = 0;
  int unannounced_absences = 0;
};
/// A review of goal attainment (monthly) or the plan-end evaluation.
struct review_event {
  std::string kind = "monthly";  ///< monthly | evaluation
  int goals_total = 0;
  int goals_achieved = 0;
};
/// 人事考課: items scored 1–5.
struct appraisal_event {
  std::string placement_id;
  std::map<std::string, int> items;
};
/// A referral to another agency.
struct referral_made_event {
  std::string referral_id;
  std::string target;
  std::string agency_id;  ///< the agency referred to (`hashigo.agency/1`), when named
  bool warm_handoff = false;
  std::string reason;
};
/// The answer to a referral.
struct referral_answered_event {
  std::string referral_id;
  std::string outcome;  ///< accepted | rejected | done
};
/// A contact with the person (or an attempt).
struct contact_event {
  std::string kind = "interview";
  bool successful = true;
  int minutes = 0;
};
/// The case moved on the ladder (written when an accepted step is committed).
struct stage_changed_event {
  std::optional<position> from;
  position to;
  std::string direction;  ///< up | down | lateral
  std::string rule_id;
  localized reason;
  std::optional<std::int64_t> receipt_id;
};
/// 中断: contact lost.
struct suspended_event {
  std::string reason;
};
/// 終結, with a closure reason code.
struct closed_event {
  std::string reason;
  std::optional<bool> agreed;  ///< the person agreed to the closure (本人の同意); nullopt: not recorded
};
/// A closed or suspended case starts again at intake.
struct reopened_event {
  std::string reason;
};

/// 離職・廃業・収入減少: when and how the person lost work (住居確保給付金 HK-01 needs the date,
/// the cause and whether the person was the household's main earner). `lost_on` may precede the
/// intake; the event itself is dated when it was recorded.
struct job_lost_event {
  date lost_on;
  std::string cause = "dismissal";  ///< dismissal | contract_end | business_closure | income_drop | other
  bool main_earner = true;
};
/// 求職活動の記録: job search over the period from `period_start` to the event date
/// (住居確保給付金 HK-04: Hello Work consultations, applications and job interviews).
struct job_search_event {
  date period_start;
  int hw_consultations = 0;
  int applications = 0;
  int job_interviews = 0;
};
/// A programme's planned end was moved later (住居確保給付金 3 + 3 + 3 months, L-12; 就労準備 beyond
/// 12 months where the municipality allows it, L-5).
struct program_extended_event {
  std::string program;
  date planned_end_on;
  std::string reason;
};
/// The person's disability certificate changed (applied for, issued, re-graded).
struct disability_status_event {
  std::string cert;                        ///< none, shintai, ryoiku, seishin, applying
  std::string grade;                       ///< e.g. "3級", free text
  std::optional<int> basic_pension_grade;  ///< 障害基礎年金 1 or 2, when received
};

/// The household moved (転居): the case's place from this day on. A move may also change the
/// housing and the rent; fields not given keep their value. Rules see the municipality the case
/// lives in on as_of (a region's municipal programmes, the prefecture's minimum wage).
struct household_moved_event {
  std::string prefecture;              ///< JIS X 0401 code, e.g. "14"; derived from `municipality` when empty
  std::string municipality;            ///< 全国地方公共団体コード (6 digits), empty when not known
  std::string housing;                 ///< new housing code, empty when unchanged
  std::optional<std::int64_t> rent_yen;  ///< new monthly rent, when it changed
};

/// 入学・在学: the person is enrolled in a school (学校種別). `enrolled_on` may precede the intake
/// (a student referred by their school); the event is dated when it was recorded.
struct school_enrolled_event {
  std::string school;                           ///< junior_high, high, high_part_time, high_correspondence, …
  std::optional<date> enrolled_on;              ///< day of enrolment when known (defaults to the event date)
  std::optional<date> expected_graduation_on;   ///< 卒業予定日, when known
};

/// 卒業・中退: the person left school. `left_on` may precede the intake (a past drop-out); with no
/// enrolment on record, `school` says which school it was.
struct school_left_event {
  std::string reason;              ///< graduated | dropped_out | other
  std::string school;              ///< the school's kind; empty: the enrolment on record
  std::optional<date> left_on;     ///< day of leaving when known (defaults to the event date)
};

/// 触法・更生の状況: the person's standing with the criminal justice system from `since` on
/// (probation, released from prison, on trial, …). The latest record counts.
struct legal_status_event {
  std::string status;              ///< none, suspect, defendant, incarcerated, parole, probation, suspended_sentence, sentence_served
  std::optional<date> since;       ///< day the status began (may precede the intake)
  std::optional<date> ends_on;     ///< end of a probation, parole or suspension period, when fixed
  std::optional<date> released_on; ///< day the person left prison (出所), when known
};

/// The concerns (困りごと) changed after intake: codes added and removed from this day on.
struct concerns_changed_event {
  std::vector<std::string> added;
  std::vector<std::string> removed;
};

/// フォローアップ・定着支援: a contact after a hire or after the case closed (retention visits at
/// 1, 3 and 6 months; confirming a hand-over arrived). Accepted on a closed case without
/// reopening it, unless it was closed because the person died; it counts as a contact.
struct follow_up_event {
  std::string kind;                ///< retention_visit, interview, home_visit, phone, message, referral_check
  bool successful = true;
  int minutes = 0;
  std::string placement_id;        ///< the job followed up, when there is one
};

/// An agency starts holding the case (alone, or jointly with those already on it): the centre
/// taking it on, or a partner such as なかぽつ 基幹型 joining a difficult case. With `lead` it
/// becomes the lead agency (主担当) and any other lead stops leading.
struct agency_joined_event {
  std::string agency_id;
  bool lead = false;
  std::optional<bool> agreed;  ///< the person agreed to the agency joining (本人の自発性)
  std::string referral_id;     ///< the referral this answers, when there was one
};

/// An agency stops holding the case; the others go on.
struct agency_left_event {
  std::string agency_id;
};

/// Another agency already holding the case becomes its lead (主担当).
struct lead_changed_event {
  std::string agency_id;
};

/// One decision a meeting took about the case.
struct meeting_decision {
  std::string decision;        ///< codes::meeting_decisions: plan_approved, closure_reported, …
  std::string program;         ///< support_decided: the programme decided (支援決定), when named
  std::string target;          ///< referral_agreed: where to (a referral target), when named
  std::optional<position> to;  ///< step_confirmed: the position the confirmed step goes to
};

/// 会議: the case's share of a meeting (支援調整会議, 支援会議, 合同ケース会議, ケース検討) — the
/// meeting's id and kind and what it decided about this case; the note holds its minutes for the
/// case. `hashigo meeting new` writes one into each case a meeting discusses. Accepted whatever the
/// status (closures and suspensions are reported afterwards); a `plan_approved` decision moves a
/// planning case into support, as a `plan_approved` event does, and confirms a plan in force that
/// the centre approved alone.
struct meeting_event {
  std::string meeting_id;
  std::string kind;  ///< codes::meeting_kinds
  std::vector<meeting_decision> decisions;
};

/// A correction of the record, not something that happened to the person: the event `voids`
/// names (by seq) is left out of every fold from now on, whatever the as_of, while both it and
/// this event stay in the history. The only repair for a wrongly recorded event, since events are
/// never updated or deleted. Dated the day the correction was made.
struct event_voided_event {
  std::int64_t voids = 0;  ///< seq of the voided event: `event #seq` in the store, the index in a case file
  std::string reason;      ///< why, for whoever reads the history later
};

/// Every event payload.
using event_body =
    std::variant<intake_event, consent_event, assessment_event, household_finance_event, plan_event,
                 plan_approved_event, program_enrolled_event, program_ended_event,
                 placement_started_event, placement_ended_event, attendance_event, review_event,
                 appraisal_event, referral_made_event, referral_answered_event, contact_event,
                 stage_changed_event, suspended_event, closed_event, reopened_event, job_lost_event,
                 job_search_event, program_extended_event, disability_status_event, event_voided_event,
                 household_moved_event, school_enrolled_event, school_left_event, legal_status_event,
                 concerns_changed_event, follow_up_event, meeting_event, agency_joined_event,
                 agency_left_event, lead_changed_event>;

/// One recorded event: what happened on which day. `seq` orders events of the same day.
struct event {
  std::int64_t seq = 0;
  date on;
  event_body body;
  std::string note;
  std::string origin;  ///< where it came from, for messages: `events[3]` or `event #1207`
};

/// The wire name of an event's type, e.g. `placement_started`.
std::string_view type_name(const event_body& body);
/// Every event type name, in declaration order.
const std::vector<std::string_view>& event_type_names();

}  // namespace hashigo::cases
