#pragma once
/// @file CaseState: everything known about a case on one day, folded from its events.
#include <hashigo/case/event.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hashigo::cases {

/// The person the case is about (static facts; changes arrive as events).
struct person {
  std::string pseudonym;
  std::optional<date> birth_date;
  std::string gender = "unknown";
  std::string disability_cert = "none";  ///< none, shintai, ryoiku, seishin, applying
  std::string disability_grade;           ///< e.g. "3級"; set by `disability_status` events
  std::optional<int> basic_pension_grade; ///< 障害基礎年金 1 or 2; set by `disability_status` events
};

/// Another member of the household.
struct household_member {
  std::string relation;
  std::optional<date> birth_date;
};

/// The household the person lives in; eligibility is tested per household (JR-03).
struct household {
  int size = 1;
  std::string kind;     ///< single, couple, single_parent, multi_gen, 8050, other
  std::string housing;  ///< owned, rented, public, company, homeless, facility, other
  std::int64_t rent_yen = 0;
  bool on_public_assistance = false;
  std::vector<household_member> members;
  std::string prefecture;    ///< JIS X 0401 code ("14"), empty when not known; `household_moved` changes it
  std::string municipality;  ///< 全国地方公共団体コード ("142051"), empty when not known
};

/// The identity and static documents of a case.
struct case_header {
  std::string id;
  std::string region = "national";
  struct person person;
  struct household household;
};

/// A support plan as currently known.
struct plan_state {
  date start_on;
  date end_on;
  std::vector<plan_goal> goals;
  std::optional<date> approved_on;
  std::string approved_by;  ///< the meeting kind that approved it, or centre; empty while not approved
  std::string meeting_id;   ///< the meeting whose decision approved it; empty for a plan_approved event
  bool review = false;      ///< a plan after the episode's first (再プラン): some packs let the centre approve it
};

/// A programme enrolment.
struct program_state {
  std::string program;
  date start_on;
  std::optional<date> end_on;
  std::optional<date> planned_end_on;
  std::string route;
  bool active = true;
  std::string end_reason;  ///< program_ended's reason, once ended
  int extensions = 0;      ///< program_extended events on this enrolment
};

/// A placement (見学 … employment).
struct placement_state {
  std::string id;
  std::string employer;
  std::string employer_id;  ///< the employer record, when the placement came from a carved task
  std::string task_id;
  std::string kind;
  std::string contract;
  double hours_per_week = 0;
  std::optional<double> wage_per_hour_yen;
  std::optional<std::int64_t> stipend_per_shift_yen;
  date start_on;
  std::optional<date> end_on;
  bool active = true;
};

/// What assessments said of the person for matching them to carved tasks: each part as the
/// latest assessment that spoke of it left it.
struct work_profile {
  std::vector<std::string> interests;
  std::vector<std::string> strengths;
  std::vector<std::string> qualifications;
  std::vector<std::string> constraints;      ///< codes::work_conditions
  std::vector<std::string> supports_needed;  ///< codes::work_supports
  std::optional<double> hours_per_week_max;
  std::string wishes;
  date assessed_on;  ///< the latest assessment that changed it
};

/// One attendance record.
struct attendance_record {
  std::string placement_id;
  date period_start;
  date period_end;
  double scheduled_hours = 0;
  double attended_hours = 0;
  int unannounced_absences = 0;
};

/// One contact (or attempt) with the person.
struct contact_record {
  date on;
  std::string kind;
  bool successful = true;
};

/// One follow-up (フォローアップ・定着支援), also kept among the contacts.
struct follow_up_record {
  date on;
  std::string kind;
  bool successful = true;
  std::string placement_id;
  bool after_closure = false;  ///< recorded while the case was closed
};

/// The case's share of one meeting (a `meeting` event).
struct meeting_record {
  date on;
  std::string id;
  std::string kind;
  std::vector<meeting_decision> decisions;
  std::string minutes;  ///< the event's note: the minutes for this case
};

/// One school the person attended (enrolled, and left once a `school_left` says so).
struct school_record {
  std::string kind;                            ///< junior_high, high, …
  std::optional<date> enrolled_on;             ///< nullopt for a school known only from its leaving
  std::optional<date> expected_graduation_on;
  std::optional<date> left_on;                 ///< nullopt while enrolled
  std::string left_reason;                     ///< graduated | dropped_out | other, once left
};

/// The person's latest recorded standing with the criminal justice system (触法・更生).
struct legal_state {
  date recorded_on;                 ///< the `legal_status` event's date
  std::string status;
  std::optional<date> since;
  std::optional<date> ends_on;
  std::optional<date> released_on;  ///< the latest release from prison recorded by any event
};

/// One job-search record (住居確保給付金 HK-04).
struct job_search_record {
  date period_start;
  date period_end;
  int hw_consultations = 0;
  int applications = 0;
  int job_interviews = 0;
};

/// Job search summed over the records ending in a window.
struct job_search_totals {
  int hw_consultations = 0;
  int applications = 0;
  int job_interviews = 0;
  int records = 0;
};

/// Contacts of one kind (interview, home_visit, …): the last one that reached the person, the
/// last attempt whatever its outcome, and counts over the whole case.
struct contact_kind_facts {
  std::optional<date> last_on;   ///< last successful contact of this kind
  date last_attempt_on;          ///< last contact of this kind, successful or not
  int successful = 0;
  int attempted = 0;             ///< successful ones included
};

/// The follow-ups (`follow_up` events) of the case, summed.
struct follow_up_totals {
  int count = 0;                 ///< successful follow-ups
  int attempts = 0;              ///< all follow-ups, those that reached nobody included
  std::optional<date> last_on;   ///< the last successful one
  int after_closure = 0;         ///< successful follow-ups dated after the closure in force
};

/// What the agency directory says of an agency holding a case, on the case's as_of.
struct agency_link {
  std::string name;
  std::string role;             ///< codes::agency_roles
  bool kikan = false;           ///< なかぽつ 基幹型
  std::string supervised_by;    ///< the 基幹型 centre that names it a partner, or empty
  std::optional<bool> in_area;  ///< it serves the household's municipality; nullopt when not known
};

/// An agency that holds the case (alone or jointly with others), from the day it joined.
struct case_agency {
  std::string agency_id;
  bool lead = false;            ///< the lead agency (主担当) among those holding the case
  date joined_on;
  std::optional<bool> agreed;   ///< the person agreed to its joining (自発性); nullopt when not recorded
  std::string referral_id;      ///< the referral it answered by joining, when there was one
  std::optional<date> left_on;  ///< the day it stopped holding the case
  std::optional<agency_link> link;  ///< set by an agency directory before evaluation (cases::link_agencies)
};

/// A referral and its answer.
struct referral_state {
  std::string id;
  std::string target;
  std::string agency_id;  ///< the agency referred to, when the referral names one
  std::string reason;
  bool warm_handoff = false;
  date made_on;
  std::string status = "made";  ///< made | accepted | rejected | done
  std::optional<date> answered_on;
};

/// The latest review of goal attainment.
struct review_state {
  date on;
  std::string kind;
  int goals_total = 0;
  int goals_achieved = 0;
};

/// The latest 人事考課.
struct appraisal_state {
  date on;
  std::string placement_id;
  std::map<std::string, int> items;
};

/// The latest household-finance snapshot.
struct finance_state {
  date on;
  household_finance_event values;
};

/// One move on the ladder, for the timeline.
struct ladder_move {
  date on;
  std::optional<position> from;
  position to;
  std::string direction;  ///< start | up | down | lateral
  std::string rule_id;
  localized reason;
};

/// An event an `event_voided` correction leaves out of the fold.
struct voided_record {
  std::int64_t seq = 0;        ///< the voided event's seq
  std::string type;            ///< its type, e.g. `contact`
  date on;                     ///< its date
  std::int64_t voided_by = 0;  ///< the correction's seq
  date voided_on;              ///< the correction's date
  std::string reason;          ///< the correction's reason
};

/// Facts computed in C++ so every pack sees the same numbers (design.md step 3).
struct derived_facts {
  std::optional<int> age;             ///< whole years at as_of
  int months_open = 0;                ///< since the case (episode) opened
  int months_in_stage = 0;            ///< since the current stage was entered
  int months_in_rung = 0;             ///< since the current position was entered
  std::optional<double> attendance_14d;  ///< attended / scheduled hours, nullopt without schedule
  std::optional<double> attendance_30d;
  std::optional<double> attendance_90d;
  int unannounced_absences_30d = 0;
  std::optional<int> min_fdp_axis;    ///< lowest axis of the latest assessment with FDP
  std::optional<int> previous_min_fdp_axis;  ///< the same for the assessment before it
  std::map<std::string, int> months_in_program;  ///< whole months of use, all enrolments summed
  /// Months granted, all enrolments summed, a started month counting whole: an active
  /// enrolment counts up to its planned end (住居確保給付金: 3 + 3 + 3 ≤ 9, L-12).
  std::map<std::string, int> months_granted;
  double hours_per_week = 0;          ///< summed over active placements
  std::optional<double> wage_per_hour_yen;  ///< highest over active placements
  std::optional<int> days_since_contact;    ///< since the last successful contact
  std::optional<int> days_since_review;
  std::optional<double> goal_attainment;    ///< achieved / total of the latest review
  std::optional<double> appraisal_average;  ///< mean item score of the latest appraisal
  std::optional<int> days_since_appraisal;
  std::optional<int> days_to_plan_end;      ///< negative once the plan has ended
  bool household_has_member_65_plus = false;
  std::map<std::string, int> contacts_30d;  ///< successful contacts of the last 30 days, by kind
  job_search_totals job_search_30d;         ///< job-search records ending in the last 30 days
  std::map<std::string, contact_kind_facts> contacts_by_kind;  ///< every kind contacted, follow-ups included
  follow_up_totals follow_ups;
  std::optional<date> hired_on;       ///< start of the latest placement on an employment contract
  std::optional<int> days_since_hire;
};

/// A member of a linked household (a household record naming the case) as seen on as_of: the
/// person's relation and age, and, when the member has a case of their own, where it stands.
struct linked_member {
  std::string case_id;  ///< empty: the member has no case
  std::string relation; ///< codes::household_relations
  bool self = false;    ///< this is the case being evaluated
  std::optional<int> age;
  std::optional<process_status> status;  ///< nullopt: no case, or it had not opened by as_of
  std::optional<struct position> position;
  std::optional<date> status_since;
  std::string closure_reason;
  std::vector<std::string> programs;  ///< active programmes, sorted
};

/// The household record in force on as_of that names the case, its members seen on that day.
struct linked_household {
  std::string id;
  std::string kind;  ///< codes::household_kinds
  date since;        ///< the day this version of the record took effect
  std::vector<linked_member> members;  ///< in the record's order
  std::string finance_case;  ///< the member case whose household_finance the case's finances now show; empty: its own
};

/// Everything known about a case on `as_of`.
struct case_state {
  case_header header;
  date as_of;
  date opened_on;
  int episode = 0;
  process_status status = process_status::intake;
  date status_since;  ///< the day the case entered `status`
  std::string closure_reason;
  std::optional<bool> closure_agreed;  ///< the closing event's `agreed`; nullopt when not recorded or open
  std::optional<date> closed_on;
  struct position position;
  date position_since;
  date stage_since;
  bool consent_info_sharing = false;
  std::string screening;
  std::vector<std::string> concerns;
  std::string intake_source;
  std::optional<fdp_axes> fdp;
  std::optional<fdp_axes> previous_fdp;  ///< the FDP result before the latest, to see a fall
  std::optional<date> fdp_assessed_on;
  std::optional<work_profile> profile;  ///< what assessments said for matching; nullopt until one did
  std::optional<plan_state> plan;
  std::vector<program_state> programs;
  std::vector<placement_state> placements;
  std::vector<attendance_record> attendance;
  std::vector<referral_state> referrals;
  std::vector<case_agency> agencies;  ///< every agency that has held the case, in the order they joined
  std::optional<finance_state> finance;
  std::optional<review_state> last_review;
  std::optional<appraisal_state> last_appraisal;
  std::optional<date> last_contact_on;
  int failed_contacts_since_last = 0;
  std::vector<contact_record> contacts;    ///< contacts and follow-ups, in fold order
  std::vector<follow_up_record> follow_ups;
  std::vector<meeting_record> meetings;    ///< every meeting that discussed the case, in fold order
  std::optional<date> moved_on;            ///< the household's latest move (`household_moved`)
  std::vector<school_record> schools;      ///< in the order recorded; the last is the current or latest school
  std::optional<legal_state> legal;
  std::optional<job_lost_event> job_loss;  ///< the latest job loss recorded
  std::vector<job_search_record> job_search;
  std::vector<ladder_move> timeline;
  std::int64_t last_seq = 0;
  std::size_t events_folded = 0;
  std::vector<voided_record> voided;  ///< corrections in force, in the order they were recorded
  derived_facts derived;
  std::optional<linked_household> household_link;  ///< set by a household source before evaluation (cases::link_household)
};

}  // namespace hashigo::cases
