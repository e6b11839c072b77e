// Wrappers that bound the time of Lua pattern matching (lua-host.md S4.1).
#include "lua/string_guard.hpp"

#include "lua/budget.hpp"
#include "lua/stack.hpp"

#include <cmath>
#include <cstdio>
#include <cstdint>

namespace hashigo::lua {

pattern_shape shape_of(std::string_view p) noexcept {
  pattern_shape s;
  std::size_t i = 0;
  const std::size_t m = p.size();
  if (i < m && p[i] == '^') ++i;
  while (i < m) {
    const char c = p[i];
    if (c == '(' || c == ')') {
      ++i;
      continue;
    }
    if (c == '%' && i + 1 < m) {
      const char d = p[i + 1];
      if (d == 'b') {  // %bxy
        ++s.linear_items;
        i += 4;
        continue;
      }
      if (d == 'f') {  // %f[set]: a zero-width test
        i += 2;
        if (i < m && p[i] == '[') {
          ++i;
          if (i < m && p[i] == '^') ++i;
          do {
            if (i < m && p[i] == '%') ++i;
            ++i;
          } while (i < m && p[i] != ']');
          ++i;
        }
        continue;
      }
      if (d >= '0' && d <= '9') {  // back-reference
        ++s.linear_items;
        i += 2;
        continue;
      }
      i += 2;  // %a, %d, %., ...
    } else if (c == '[') {
      ++i;
      if (i < m && p[i] == '^') ++i;
      do {  // the first character after [ or [^ is literal, even ']'
        if (i < m && p[i] == '%') ++i;
        ++i;
      } while (i < m && p[i] != ']');
      ++i;
    } else {
      ++i;  // a literal character, '.', or '$'
    }
    // A single-character class was just read: is it followed by a quantifier?
    if (i < m) {
      const char q = p[i];
      if (q == '*' || q == '+' || q == '-') {
        ++s.repetitions;
        ++i;
      } else if (q == '?') {
        ++s.optionals;
        ++i;
      }
    }
  }
  return s;
}

double worst_case_steps(const pattern_shape& s, std::size_t n) noexcept {
  const double len = n < 1 ? 1.0 : static_cast<double>(n);
  return std::pow(len, 1.0 + s.repetitions + s.linear_items) * std::pow(2.0, s.optionals);
}

namespace {

enum class pattern_fn { find, match, gmatch, gsub };

constexpr const char* name_of(pattern_fn f) {
  switch (f) {
    case pattern_fn::find: return "find";
    case pattern_fn::match: return "match";
    case pattern_fn::gmatch: return "gmatch";
    case pattern_fn::gsub: return "gsub";
  }
  return "?";
}

// The wrapper; upvalue 1 is the original function of lstrlib.c.
// stack: [s, pattern, ...] -> [results of the original]
template <pattern_fn F>
int guarded_pattern(lua_State* L) {
  std::size_t n = 0;
  std::size_t m = 0;
  luaL_checklstring(L, 1, &n);
  const char* p = luaL_checklstring(L, 2, &m);
  const bool plain = F == pattern_fn::find && lua_toboolean(L, 4);
  if (n > max_pattern_subject) {
    return luaL_error(L,
                      "string.%s: subject of %I bytes is over the %I-byte limit for pattern "
                      "matching in rules; use a host helper",
                      name_of(F), static_cast<LUAI_UACINT>(n),
                      static_cast<LUAI_UACINT>(max_pattern_subject));
  }
  double steps = static_cast<double>(n) * static_cast<double>(m < n ? m : n);  // plain find
  if (!plain) {
    const pattern_shape shape = shape_of({p, m});
    steps = worst_case_steps(shape, n);
    if (steps > max_pattern_steps) {
      char estimate[64];
      std::snprintf(estimate, sizeof estimate, "~%.2g steps, limit %.2g", steps,
                    max_pattern_steps);
      return luaL_error(L,
                        "string.%s: pattern '%s' is too costly on a %I-byte subject "
                        "(%d repetitions *, +, -; %d %%b or back-references; %d optional ?: "
                        "worst case %s); use fewer repetitions, a shorter subject, or a plain "
                        "find",
                        name_of(F), p, static_cast<LUAI_UACINT>(n), shape.repetitions,
                        shape.linear_items, shape.optionals, estimate);
    }
  }
  charge_budget(L, static_cast<std::int64_t>(std::ceil(steps / steps_per_tick)));
  return call_wrapped_original(L);
}

// stack: [] -> []   lib.name = wrapper(original lib.name)
void wrap(lua_State* L, int lib, const char* name, lua_CFunction wrapper) {
  lua_getfield(L, lib, name);
  lua_pushcclosure(L, wrapper, 1);
  lua_setfield(L, lib, name);
}

}  // namespace

void guard_pattern_functions(lua_State* L, int lib) {
  lib = lua_absindex(L, lib);
  wrap(L, lib, "find", guarded_pattern<pattern_fn::find>);
  wrap(L, lib, "match", guarded_pattern<pattern_fn::match>);
  wrap(L, lib, "gmatch", guarded_pattern<pattern_fn::gmatch>);
  wrap(L, lib, "gsub", guarded_pattern<pattern_fn::gsub>);
}

}  // namespace hashigo::lua
