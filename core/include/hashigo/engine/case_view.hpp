#pragma once
/// @file The declaration of the case view rules read, for documents generated from it.
#include <hashigo/format/schema.hpp>

namespace hashigo::engine {

/// The case view's types and fields (the `case` of `decide`), declared where the view is written;
/// `hashigo schema view` prints it as JSON Schema, LuaLS annotations or Markdown.
const format::schema::document& case_view_schema();

}  // namespace hashigo::engine
