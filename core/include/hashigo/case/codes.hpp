#pragma once
/// @file The code lists of the case data, each written once: the validator accepts exactly these,
/// and the schemas (case file and case view) list them. Codes are separated by `|`.
#include <string_view>
#include <vector>

namespace hashigo::cases::codes {

// Code lists follow the CHECK constraints of domain.md §5 so data can move to that schema.
inline constexpr std::string_view channels = "visit|phone|home_visit|outreach|referral|mail_online";
inline constexpr std::string_view sources = "self|family|municipal_dept|hellowork|houkatsu|minsei_iin|shakyo|medical|school|npo|other";
inline constexpr std::string_view screening = "continue|refer_out|info_only";
inline constexpr std::string_view assessment_kinds = "initial|re|evaluation";
inline constexpr std::string_view goal_domains = "life|social|work|money|housing|health|family|other";
inline constexpr std::string_view placement_kinds =
    "kengaku|taiken|kunren_hikoyo|kunren_koyo|commuter_unpaid|commuter_paid|minwage_staff|regular_staff|part_time|full_time|shogai_koyo";
inline constexpr std::string_view contracts = "none|commuter_confirmation|employment";
inline constexpr std::string_view review_kinds = "monthly|evaluation";
inline constexpr std::string_view referral_outcomes = "accepted|rejected|done";
inline constexpr std::string_view referral_statuses = "made|accepted|rejected|done";
inline constexpr std::string_view contact_kinds = "interview|home_visit|phone|accompany|message|case_conference|outreach_attempt";
inline constexpr std::string_view directions = "up|down|lateral";
inline constexpr std::string_view closure_reasons =
    "goal_achieved|employed|income_up|moved_to_public_assistance|moved_to_disability_services|referred_other|moved_out|"
    "person_request|contact_lost|deceased|info_only|other";
inline constexpr std::string_view genders = "male|female|other|unknown";
inline constexpr std::string_view certificates = "none|shintai|ryoiku|seishin|applying";
inline constexpr std::string_view job_loss_causes = "dismissal|contract_end|business_closure|income_drop|other";
inline constexpr std::string_view household_kinds = "single|couple|single_parent|multi_gen|8050|other";
// 申込票A's concerns (帳票類標準様式, domain.md §5), then the groups of 働きづらい人々のキャリアラダー・
// モデル (日本財団 Work! Diversity, A´ワーク創造館) that 申込票A has no box for. docs/case-format.md lists them.
inline constexpr std::string_view concerns =
    "health_disability|housing|income|rent_loan|tax_utility|debt|job_search|work_trouble|community|family|childcare|care|"
    "hikikomori_futoko|dv_abuse|no_food|other|nanbyo|cancer|childhood_cancer_survivor|drug_dependence|alcohol_dependence|"
    "criminal_record|lgbt|foreign_national";
inline constexpr std::string_view schools = "junior_high|high|high_part_time|high_correspondence|special_needs_high|kosen|university|vocational|other";
inline constexpr std::string_view school_leaving = "graduated|dropped_out|other";
inline constexpr std::string_view legal_statuses =
    "none|suspect|defendant|incarcerated|juvenile_training|parole|probation|suspended_sentence|sentence_served";
inline constexpr std::string_view follow_up_kinds = "retention_visit|interview|home_visit|phone|message|referral_check";
// 支援調整会議 (plan approval, 支援決定), 支援会議 (法9条: sharing without consent), 合同ケース会議
// (across agencies), ケース検討 (inside the centre).
// A household member's relation to the household's head (世帯主), as a household record gives it.
inline constexpr std::string_view household_relations = "head|spouse|parent|child|sibling|grandparent|grandchild|other";
inline constexpr std::string_view meeting_kinds = "shien_chosei|shien_kaigi|joint_case|case_review";
inline constexpr std::string_view meeting_decisions =
    "plan_approved|plan_returned|support_decided|step_confirmed|suspension_reported|closure_reported|referral_agreed|info_shared";
// The roles of the agencies at a meeting (the network around a case).
inline constexpr std::string_view agency_roles =
    "municipality|centre|hellowork|saposute|nakapotsu|houkatsu|shakyo|medical|employer|school|probation|other";
// Who approved a plan: a meeting of one of the kinds above, or the centre alone where the pack lets it.
inline constexpr std::string_view plan_approvers = "shien_chosei|shien_kaigi|joint_case|case_review|centre";
// What a carved task's workplace offers and a person may need of one (しごと情報 conditions, and
// the constraints an assessment records): the same codes on both sides, so matching compares them.
inline constexpr std::string_view work_conditions =
    "quiet_place|no_phone|short_hours|no_customer_contact|seated|daytime_only|fixed_routine|near_transit";
// The support a workplace gives while a person works there, and the support a person needs.
inline constexpr std::string_view work_supports =
    "workplace_mentor|job_coach|supporter_visits|written_steps|gradual_start|transport_paid";
// 法人格 of an employer (domain.md §5 employer.legal_form).
inline constexpr std::string_view legal_forms = "shafuku|npo|coop|kk|other";
inline constexpr std::string_view housing = "owned|rented|public|company|homeless|facility|other";
inline constexpr std::string_view stages = "life|social|employment|intermediate|general";
inline constexpr std::string_view statuses = "intake|assessment|planning|in_support|evaluation|closed|suspended";

/// The codes of one list, in order.
std::vector<std::string_view> split(std::string_view list);

}  // namespace hashigo::cases::codes
