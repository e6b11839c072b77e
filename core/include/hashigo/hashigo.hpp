#pragma once
/// @file Everything an integrator needs to evaluate a case under a rule pack (link hashigo::app):
/// read a case file (format), evaluate it on a day from its recorded or replayed position (app),
/// or a whole JSON Lines stream over a pool of engines (app::run_batch); fold events (case) and
/// drive an engine directly (engine) for finer control. The store is separate (hashigo/store.hpp, hashigo::store) so that evaluating
/// needs no SQLite.
///
/// Threads: an engine::engine is not thread-safe — it loads each region's pack on first use and
/// keeps its Lua state — so use one engine per thread (or guard one with a mutex). Engines in
/// different threads share nothing mutable; app::run_batch makes one per worker. Everything else here is a value (case_file, case_state,
/// decision) or a pure function (fold, to_json, parse_json) and may be used from any thread; a
/// decision may outlive its engine. See docs/embedding.md.
#include <hashigo/app/batch.hpp>
#include <hashigo/app/evaluate.hpp>
#include <hashigo/case/event.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/case/ladder.hpp>
#include <hashigo/case/ladder_types.hpp>
#include <hashigo/case/place.hpp>
#include <hashigo/case/state.hpp>
#include <hashigo/case/validate.hpp>
#include <hashigo/date.hpp>
#include <hashigo/engine/decision.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/pack/summary.hpp>
#include <hashigo/sha256.hpp>
#include <hashigo/text/messages.hpp>
