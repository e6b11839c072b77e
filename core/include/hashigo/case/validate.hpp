#pragma once
/// @file Field-level validation of one event, independent of the rest of the case.
#include <hashigo/case/event.hpp>
#include <hashigo/case/state.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace hashigo::cases {

/// Throws input_error whose `where` is the field (e.g. `hours_per_week`) when the event is
/// impossible on its own: FDP axis outside 1–5, negative hours, attended above scheduled,
/// unknown enum codes, a plan or placement ending before it starts, …
void validate(const event& e);

/// Throws input_error naming the field when person or household data are impossible.
void validate(const case_header& header);

/// True for a region name: `[a-z][a-z0-9_-]*`, at most 64 characters. A region names a folder
/// under the rules root, so anything that could be a path (`..`, `/`) is not one.
bool is_region_name(std::string_view name) noexcept;

/// Throws input_error(`where`, …) unless `name` is a region name.
void require_region_name(std::string_view name, const std::string& where);

/// True for a record id (a case's, a meeting's): letters, digits, `-`, `_`, `.`; not empty.
bool is_record_id(std::string_view id) noexcept;

/// True for an open-vocabulary code (an interest, a skill, a qualification): `[a-z][a-z0-9_]*`,
/// at most 64 characters, so that a person's codes and a task's compare as written.
bool is_tag(std::string_view code) noexcept;

/// Throws input_error(`field[i]`, …) unless each entry is listed once and is one of the codes
/// `allowed` (`a|b|c`), or, with `allowed` empty, a tag (is_tag).
void require_code_list(const std::vector<std::string>& list, std::string_view allowed, const std::string& field);

/// Closure reason codes accepted by `closed` (domain.md §5 plus `info_only`).
const std::vector<std::string_view>& closure_reasons();

/// Concern codes accepted at intake and by `concerns_changed` (docs/case-format.md).
const std::vector<std::string_view>& concern_codes();

}  // namespace hashigo::cases
