#pragma once
/// @file The links an event makes to records outside its case (a carved task of an employer's
/// しごと情報 sheet, an agency of the network), checked before the event is kept: by the store
/// against stored records, by a trainer's scenario against its own.
#include <hashigo/case/agency.hpp>
#include <hashigo/case/employer.hpp>
#include <hashigo/case/event.hpp>

#include <functional>
#include <string>
#include <vector>

namespace hashigo::cases {

/// Where the records an event may name are found: every version of one employer or agency by id
/// (empty when there is none).
struct record_lookup {
  std::function<std::vector<employer_record>(const std::string& id)> employer_versions;
  std::function<std::vector<agency_record>(const std::string& id)> agency_versions;
  bool in_scenario = false;  ///< the records are a trainer scenario's (a refusal says so instead of naming the store)
};

/// Refuses (input_error at `<origin>.employer_id`, `.task_id`, `.kind` or `.agency_id`) a
/// placement naming an employer or carved task not on record or not offered on its first day, or
/// in a wage form the task does not take; a referral or joining naming an agency not on record
/// that day, or a referral to a target the agency does not take.
void check_links(const std::vector<event>& events, const record_lookup& lookup);

}  // namespace hashigo::cases
