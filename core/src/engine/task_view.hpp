#pragma once
// A carved task as matching criteria read it (`task` in matching.lua's decide): the task, its
// employer, its hours a week and how many places are still open.
#include <hashigo/case/employer.hpp>

#include <nlohmann/json.hpp>

namespace hashigo::engine::detail {

/// The task view of `task` of `employer` with `filled` of its places taken on the day.
nlohmann::json task_view(const cases::employer_record& employer, const cases::carved_task& task, int filled);

}  // namespace hashigo::engine::detail
