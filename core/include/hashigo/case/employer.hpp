#pragma once
/// @file Employers and the tasks they carve out of their work (`hashigo.employer/1`,
/// docs/employers.md): the しごと情報 sheets a person is matched to, and the placements that name them.
#include <hashigo/case/state.hpp>
#include <hashigo/date.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hashigo::cases {

/// One row of a 業務分解 (job breakdown) sheet: a piece of work at a time of day, how long it
/// takes, and whether only a qualified worker may do it (★ on the sheet).
struct breakdown_row {
  std::string time;     ///< `HH:MM`, or empty
  std::string work;     ///< 業務名, e.g. 居室清掃
  std::string content;  ///< しごと内容, e.g. シーツ交換
  std::optional<int> minutes;  ///< 所要時間
  bool qualified_only = false;  ///< ★
};

/// A task carved out of a job and offered to people in support (one しごと情報 sheet): when,
/// where and how it is worked, what it asks and gives, and how many people it can take.
struct carved_task {
  std::string id;
  std::string title_ja, title_en;
  std::string job;    ///< the job it was carved from (業務名)
  std::string place;  ///< where it is worked
  std::vector<breakdown_row> breakdown;
  double days_per_week = 0;
  double hours_per_day = 0;
  std::vector<std::string> wage_forms;  ///< codes::placement_kinds it can be worked as
  std::vector<std::string> fields;      ///< fields of work (open codes), matched to interests
  std::vector<std::string> skills;      ///< skills it uses (open codes), matched to strengths
  std::string qualification;            ///< a qualification it requires (open code), or empty
  std::vector<std::string> supports;    ///< codes::work_supports the workplace gives
  std::vector<std::string> conditions;  ///< codes::work_conditions the workplace offers
  int openings = 1;                     ///< people it can take at once
  std::optional<date> offered_on;       ///< first day it is offered (default: the version's since)
  std::optional<date> withdrawn_on;     ///< last day it is offered, when it was withdrawn
  std::string note;

  /// Hours a week the task is worked.
  double hours_per_week() const noexcept { return days_per_week * hours_per_day; }
  /// Whether the task is offered on `day` (its version being in force then).
  bool offered(date day, date since) const noexcept {
    return offered_on.value_or(since) <= day && (!withdrawn_on || day <= *withdrawn_on);
  }
};

/// One version of an employer record: the company and its carved tasks from `since` on.
struct employer_record {
  std::string id;
  std::string name;
  date since;
  std::optional<date> recruited_on;  ///< when the employer joined the network (新規開拓), if known
  std::string industry;
  std::string legal_form;  ///< codes::legal_forms, or empty
  std::string municipality;
  bool kunren_certified = false;  ///< 認定就労訓練事業所
  std::vector<carved_task> tasks;
  std::string note;

  /// The task called `task_id`, or nullptr.
  const carved_task* task(const std::string& task_id) const noexcept {
    for (const auto& t : tasks)
      if (t.id == task_id) return &t;
    return nullptr;
  }
};

/// The version of `id` in force on `day` among `versions` (sorted by id then since), or nullptr.
const employer_record* employer_in_force(const std::vector<employer_record>& versions, const std::string& id, date day);

/// Places taken, by (employer id, task id).
using filled_places = std::map<std::pair<std::string, std::string>, int>;

/// Adds the places `s` (folded on a day) takes that day: its active placements naming a carved task.
void add_filled_places(const case_state& s, filled_places& filled);

}  // namespace hashigo::cases
