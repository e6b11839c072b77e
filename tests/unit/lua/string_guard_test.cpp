// The pattern-cost model behind the string.find/match/gmatch/gsub wrappers.
#include "lua/string_guard.hpp"

#include <doctest/doctest.h>

using hashigo::lua::shape_of;
using hashigo::lua::worst_case_steps;

TEST_CASE("shape_of counts quantifiers the way lstrlib.c reads them") {
  CHECK(shape_of(".-.-.-b").repetitions == 3);
  CHECK(shape_of("^(%d+)-(%d+)-(%d+)$").repetitions == 3);  // '-' after ')' is a literal
  CHECK(shape_of("%d+%-%d+").repetitions == 2);
  CHECK(shape_of("[%-+*]").repetitions == 0);                // inside a set
  CHECK(shape_of("[]*]").repetitions == 0);                  // ']' first in a set is literal
  CHECK(shape_of("[a-z]+").repetitions == 1);
  CHECK(shape_of("%%*").repetitions == 1);                   // escaped '%' then '*'
  CHECK(shape_of("%*").repetitions == 0);
  CHECK(shape_of("a?b?").optionals == 2);
  CHECK(shape_of("%b()").linear_items == 1);
  CHECK(shape_of("(a)%1").linear_items == 1);
  CHECK(shape_of("%f[%w]%w+").repetitions == 1);
  CHECK(shape_of("").repetitions == 0);
}

TEST_CASE("worst_case_steps grows with repetitions") {
  CHECK(worst_case_steps(shape_of("abc"), 4096) == doctest::Approx(4096));
  CHECK(worst_case_steps(shape_of("a-b"), 4096) < hashigo::lua::max_pattern_steps);
  CHECK(worst_case_steps(shape_of(".-.-b"), 4096) > hashigo::lua::max_pattern_steps);
  CHECK(worst_case_steps(shape_of("^(%d+)-(%d+)-(%d+)$"), 10) < 1e5);
  CHECK(worst_case_steps(shape_of(".-.-.-b"), 400) > hashigo::lua::max_pattern_steps);
}
