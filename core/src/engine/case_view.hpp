#pragma once
// The case view written without JSON, for the evaluation hot path (engine::case_view is the same
// view as JSON; all three are produced by one writer in case_view.cpp, so they cannot drift).
#include <hashigo/case/state.hpp>

#include "lua/convert.hpp"

#include <string>

namespace hashigo::engine::detail {

/// SHA-256 (hex) over a compact, typed, self-delimiting encoding of the case view: every key, and
/// every value with its type (null, boolean, integer, float, string, object, array), in the
/// view's sorted key order. Deterministic, and it covers every field rules can read.
std::string case_view_digest(const cases::case_state& s);

/// Builds the case view as a deeply read-only Lua table (lua::readonly_builder), field for field
/// what lua::push_readonly(engine::case_view(s)) builds.
void write_case_view(const cases::case_state& s, lua::readonly_builder& out);

}  // namespace hashigo::engine::detail
