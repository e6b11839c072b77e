#pragma once
/// @file Stages of the career ladder and the process status of a case (domain.md §1.3, §1.4).
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace hashigo::cases {

/// The five stages, lowest first: 生活自立 → 社会自立 → 就労自立 → 中間的就労 → 一般就労.
enum class stage { life, social, employment, intermediate, general };

/// All stages in ladder order.
inline constexpr std::array<stage, 5> all_stages = {stage::life, stage::social, stage::employment,
                                                    stage::intermediate, stage::general};

/// `life`, `social`, … as used in JSON and rule packs.
std::string_view to_string(stage s);
/// Parses a stage code; nullopt when unknown.
std::optional<stage> parse_stage(std::string_view code);
/// Japanese name, e.g. 生活自立.
std::string_view japanese_name(stage s);

/// Where a case stands administratively (simplified from domain.md §1.3).
enum class process_status { intake, assessment, planning, in_support, evaluation, closed, suspended };

/// All process statuses, in the order of the enum.
inline constexpr std::array<process_status, 7> all_process_statuses = {
    process_status::intake,     process_status::assessment, process_status::planning, process_status::in_support,
    process_status::evaluation, process_status::closed,     process_status::suspended};

/// `intake`, `in_support`, … as used in JSON.
std::string_view to_string(process_status s);
/// Parses a process status code; nullopt when unknown.
std::optional<process_status> parse_process_status(std::string_view code);

/// A place on the ladder: a stage and, where the pack names rungs for it, a rung.
struct position {
  stage at = stage::life;
  std::string rung;  ///< empty when the stage has no rungs
  friend bool operator==(const position&, const position&) = default;
};

/// `intermediate/commuter_paid`, or `social` when there is no rung.
std::string to_string(const position& p);

}  // namespace hashigo::cases
