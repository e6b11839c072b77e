// Links from events to the records around a case, refused before anything keeps them: the task is
// what reports count as filled, the agency is who rules believe holds the case.
#include <hashigo/case/links.hpp>
#include <hashigo/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace hashigo::cases {

namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

// A placement started from a carved task names a task of the employer's version in force on its
// first day, offered then, in one of the forms it can be worked as.
void check_task_links(const std::vector<event>& events, const record_lookup& lookup) {
  std::map<std::string, std::vector<employer_record>> read;  // employer id -> versions
  for (const auto& e : events) {
    const auto* p = std::get_if<placement_started_event>(&e.body);
    if (!p || p->employer_id.empty()) continue;
    const std::string at = e.origin.empty() ? "event" : e.origin;
    auto found = read.find(p->employer_id);
    if (found == read.end()) found = read.emplace(p->employer_id, lookup.employer_versions(p->employer_id)).first;
    const auto& versions = found->second;
    if (versions.empty()) throw input_error(at + ".employer_id",
                        message(lookup.in_scenario ? "error.scenario_employer_unknown" : "error.employer_unknown", p->employer_id));
    const auto* version = employer_in_force(versions, p->employer_id, e.on);
    if (!version)
      throw input_error(at + ".employer_id", message("error.employer_not_yet", p->employer_id, versions.front().since.to_string(), e.on.to_string()));
    if (p->task_id.empty()) continue;
    const auto* task = version->task(p->task_id);
    if (!task) {
      std::vector<std::string> ids;
      for (const auto& t : version->tasks) ids.push_back(t.id);
      throw input_error(at + ".task_id", message("error.task_unknown", p->employer_id, version->since.to_string(), p->task_id,
                                                  ids.empty() ? message::term("word.none") : message_arg{joined(ids)}));
    }
    if (!task->offered(e.on, version->since))
      throw input_error(at + ".task_id", message("error.task_not_offered", p->task_id, e.on.to_string(),
                                                  task->offered_on.value_or(version->since).to_string(),
                                                  task->withdrawn_on ? task->withdrawn_on->to_string() : std::string("…")));
    if (std::find(task->wage_forms.begin(), task->wage_forms.end(), p->kind) == task->wage_forms.end())
      throw input_error(at + ".kind", message("error.task_wage_form", p->kind, p->task_id, joined(task->wage_forms)));
  }
}

// A referral or a joining that names an agency names one on record on the event's day; a referral
// names one that takes its target.
void check_agency_links(const std::vector<event>& events, const record_lookup& lookup) {
  std::vector<agency_record> read;
  std::set<std::string> looked_up;
  agency_book book({});
  for (const auto& e : events) {
    std::string id, target;
    if (const auto* r = std::get_if<referral_made_event>(&e.body)) {
      id = r->agency_id;
      target = r->target;
    } else if (const auto* j = std::get_if<agency_joined_event>(&e.body)) {
      id = j->agency_id;
    }
    if (id.empty()) continue;
    const std::string at = (e.origin.empty() ? "event" : e.origin) + ".agency_id";
    if (looked_up.insert(id).second) {
      for (auto& a : lookup.agency_versions(id)) read.push_back(std::move(a));
      book = agency_book(read);  // again only when an agency not seen before is read
    }
    const auto* version = book.in_force(id, e.on);
    if (!version) {
      const auto first = std::find_if(read.begin(), read.end(), [&](const agency_record& a) { return a.id == id; });
      if (first == read.end())
        throw input_error(at, message(lookup.in_scenario ? "error.scenario_agency_unknown" : "error.agency_unknown", id));
      throw input_error(at, message("error.agency_not_yet", id, first->since.to_string(), e.on.to_string()));
    }
    if (!target.empty() && !version->takes(target))
      throw input_error(at, message("error.agency_not_serving", id, target, joined(version->serves)));
  }
}

}  // namespace

void check_links(const std::vector<event>& events, const record_lookup& lookup) {
  check_task_links(events, lookup);
  check_agency_links(events, lookup);
}

}  // namespace hashigo::cases
