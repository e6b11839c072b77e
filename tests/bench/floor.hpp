#pragma once
// The floor of `make bench`: what a bare Lua 5.4 embedding pays to decide one case with the
// national pack's rules (floor_national.lua), for comparison with hashigo's engine.
#include <hashigo/case/state.hpp>

#include <memory>
#include <string>
#include <vector>

struct lua_State;

namespace hashigo::bench {

/// What the floor function answers, read back into C++ (the comparable part of a decision).
struct floor_decision {
  struct reason {
    std::string id, ja, en, plain_ja, plain_en;
  };
  struct alert {
    std::string code, due, severity, ja, en;
  };
  std::string step;  ///< up | down | stay
  std::string to;    ///< `stage` or `stage/rung`, empty when staying
  std::vector<reason> reasons;
  std::vector<alert> alerts;
};

/// A plain lua_State (luaL_newstate + luaL_openlibs) holding the hand-written function.
class floor_runtime {
 public:
  /// Loads `script` (floor_national.lua). Throws std::runtime_error when it does not load.
  explicit floor_runtime(const std::string& script_path);
  ~floor_runtime();
  floor_runtime(const floor_runtime&) = delete;
  floor_runtime& operator=(const floor_runtime&) = delete;

  /// One decision: pushes the case as a plain table built from `state` (the same fields as the
  /// engine's case view), calls the function with lua_pcall, reads the answer back.
  /// Throws std::runtime_error when the function fails.
  floor_decision decide(const cases::case_state& state);

  /// Every leaf of the case table the floor pushes for `state`, as sorted `path type` lines
  /// (`household.size integer`), to check it carries the same data as the engine's case view.
  std::vector<std::string> case_leaves(const cases::case_state& state);

 private:
  lua_State* L_ = nullptr;
  int fn_ref_ = 0;
};

/// The rule ids the floor mirrors (keep in step with floor_national.lua).
const std::vector<std::string>& floor_rule_ids();

}  // namespace hashigo::bench
