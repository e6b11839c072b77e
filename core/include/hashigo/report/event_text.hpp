#pragma once
/// @file An event's recorded fields as a reader scans them, for timelines in the terminal and
/// in the HTML report: `hours_per_week 6 · employer 特別養護老人ホーム · goals [週3日通所する, 見学に行く]`.
#include <hashigo/case/event.hpp>

#include <string>

namespace hashigo::report {

/// The fields of `e` other than its type and date, in key order, as `key value` joined by ` · `:
/// lists joined, a goal by its text, a table as `{key value, …}`. Plain text (not escaped).
std::string event_fields(const cases::event& e);

}  // namespace hashigo::report
