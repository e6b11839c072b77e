#pragma once
// Human-readable rendering of decisions and timelines, in the chosen language and audience.
#include "context.hpp"

#include <hashigo/case/state.hpp>
#include <hashigo/engine/decision.hpp>

#include <string>

namespace hashigo::cli {

/// Who reads the output: support staff, or the person being supported (plain wording).
enum class audience { staff, person };

/// `中間的就労（有償コミューター）` / `intermediate/commuter_paid`: the stage, with the rung when there is one.
std::string position_text(context& ctx, const cases::position& p);
/// A multi-line account of one decision.
std::string decision_text(context& ctx, const engine::decision& d, audience who, bool explain);
/// The one-line summary used by month-by-month runs; `applied` steps were carried forward,
/// `stored` says whether into the database (committed) or only in memory (applied).
std::string decision_line(context& ctx, const engine::decision& d, bool applied, bool stored);
/// One check as a sentence: `attendance_30d 0.72 — needs >= 0.8`.
std::string check_text(context& ctx, const engine::check& c);
/// The case header and its ladder timeline with the reason for every move.
std::string timeline_text(context& ctx, const cases::case_state& s);
/// A meeting's decisions about one case, named in the output language: "plan approved, support decided jyunbi".
std::string decisions_text(context& ctx, const std::vector<cases::meeting_decision>& decisions);

}  // namespace hashigo::cli
