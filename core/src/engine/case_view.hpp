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

/// The names of the case view's root fields, each built only when a rule first reads it
/// (pack::eval_input::lazy_fields): a pack reads a fraction of them, a small one a handful.
const std::vector<std::string>& case_field_names();

/// The case view's root table, empty: each of its fields is written by write_case_field when read.
void write_case_root(const cases::case_state& s, pack::value_writer& out);

/// Root field `field` (an index into case_field_names()) as a root value, or nothing when
/// the case has none.
void write_case_field(const cases::case_state& s, int field, pack::value_writer& out);

}  // namespace hashigo::engine::detail
