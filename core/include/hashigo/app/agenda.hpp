#pragma once
/// @file A meeting's agenda: the stored cases some rule says a meeting must decide about on a
/// day (alerts with a `meeting` decision), with the reasons, for `hashigo meeting agenda`.
#include <hashigo/engine/engine.hpp>
#include <hashigo/report/agenda.hpp>
#include <hashigo/store/database.hpp>

#include <functional>
#include <string>

namespace hashigo::app {

/// Evaluates every stored case (of `region`, when given) on `on` and keeps those with alerts
/// that ask a meeting for a decision. A case that does not fold or whose rules fail is listed in
/// `skipped`, and the others are still read.
/// `progress(done, total)` is called after each case.
report::agenda meeting_agenda(engine::engine& eng, const store::database& db, date on, const std::string& region = {},
                              const std::function<void(std::size_t, std::size_t)>& progress = {});

}  // namespace hashigo::app
