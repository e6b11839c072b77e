#pragma once
// The case view written without JSON, for the evaluation hot path (engine::case_view is the same
// view as JSON; all three are produced by one writer in case_view.cpp, so they cannot drift).
#include <hashigo/case/state.hpp>

#include "pack/evaluation.hpp"

#include <string>
#include <vector>

namespace hashigo::engine::detail {

/// SHA-256 (hex) over a compact, typed, self-delimiting encoding of the case view: every key, and
/// every value with its type (null, boolean, integer, float, string, object, array), in the
/// view's sorted key order. Deterministic, and it covers every field rules can read.
std::string case_view_digest(const cases::case_state& s);
/// The same digest's 64 hex digits written to `out` (no allocation once the encoding buffer of
/// the thread has grown).
void case_view_digest(const cases::case_state& s, char* out);

/// Writes the case view field for field as engine::case_view gives it as JSON; the pack runtime
/// builds the read-only table rules read from it.
void write_case_view(const cases::case_state& s, pack::value_writer& out);

/// The root fields of the case view, which an evaluation builds only when a rule reads them
/// (pack::eval_input::deferred_fields): a pack reads a fraction of them, a small one a handful.
const std::vector<std::string>& deferred_case_fields();

/// The root of the case view without its fields (each is written by write_case_field).
void write_case_view_eager_part(const cases::case_state& s, pack::value_writer& out);

/// Root field `field` (an index into deferred_case_fields()) as a root value, or nothing when
/// the case has none.
void write_case_field(const cases::case_state& s, int field, pack::value_writer& out);

}  // namespace hashigo::engine::detail
