#include <hashigo/case/event.hpp>

#include <type_traits>

namespace hashigo::cases {
namespace {

template <class T>
constexpr std::string_view name_of() {
  if constexpr (std::is_same_v<T, intake_event>) return "intake";
  else if constexpr (std::is_same_v<T, consent_event>) return "consent";
  else if constexpr (std::is_same_v<T, assessment_event>) return "assessment";
  else if constexpr (std::is_same_v<T, household_finance_event>) return "household_finance";
  else if constexpr (std::is_same_v<T, plan_event>) return "plan";
  else if constexpr (std::is_same_v<T, plan_approved_event>) return "plan_approved";
  else if constexpr (std::is_same_v<T, program_enrolled_event>) return "program_enrolled";
  else if constexpr (std::is_same_v<T, program_ended_event>) return "program_ended";
  else if constexpr (std::is_same_v<T, placement_started_event>) return "placement_started";
  else if constexpr (std::is_same_v<T, placement_ended_event>) return "placement_ended";
  else if constexpr (std::is_same_v<T, attendance_event>) return "attendance";
  else if constexpr (std::is_same_v<T, review_event>) return "review";
  else if constexpr (std::is_same_v<T, appraisal_event>) return "appraisal";
  else if constexpr (std::is_same_v<T, referral_made_event>) return "referral_made";
  else if constexpr (std::is_same_v<T, referral_answered_event>) return "referral_answered";
  else if constexpr (std::is_same_v<T, contact_event>) return "contact";
  else if constexpr (std::is_same_v<T, stage_changed_event>) return "stage_changed";
  else if constexpr (std::is_same_v<T, suspended_event>) return "suspended";
  else if constexpr (std::is_same_v<T, closed_event>) return "closed";
  else if constexpr (std::is_same_v<T, reopened_event>) return "reopened";
  else if constexpr (std::is_same_v<T, job_lost_event>) return "job_lost";
  else if constexpr (std::is_same_v<T, job_search_event>) return "job_search";
  else if constexpr (std::is_same_v<T, program_extended_event>) return "program_extended";
  else if constexpr (std::is_same_v<T, disability_status_event>) return "disability_status";
  else if constexpr (std::is_same_v<T, event_voided_event>) return "event_voided";
  else if constexpr (std::is_same_v<T, household_moved_event>) return "household_moved";
  else if constexpr (std::is_same_v<T, school_enrolled_event>) return "school_enrolled";
  else if constexpr (std::is_same_v<T, school_left_event>) return "school_left";
  else if constexpr (std::is_same_v<T, legal_status_event>) return "legal_status";
  else if constexpr (std::is_same_v<T, concerns_changed_event>) return "concerns_changed";
  else if constexpr (std::is_same_v<T, follow_up_event>) return "follow_up";
  else if constexpr (std::is_same_v<T, meeting_event>) return "meeting";
  else if constexpr (std::is_same_v<T, agency_joined_event>) return "agency_joined";
  else if constexpr (std::is_same_v<T, agency_left_event>) return "agency_left";
  else {
    static_assert(std::is_same_v<T, lead_changed_event>, "every event type needs a wire name");
    return "lead_changed";
  }
}

template <std::size_t... I>
std::vector<std::string_view> all_names(std::index_sequence<I...>) {
  return {name_of<std::variant_alternative_t<I, event_body>>()...};
}

}  // namespace

std::string_view type_name(const event_body& body) {
  return std::visit([](const auto& e) { return name_of<std::decay_t<decltype(e)>>(); }, body);
}

const std::vector<std::string_view>& event_type_names() {
  static const auto names = all_names(std::make_index_sequence<std::variant_size_v<event_body>>{});
  return names;
}

}  // namespace hashigo::cases
