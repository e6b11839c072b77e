#pragma once
// The ctx table rules receive as their second argument: the day, the position, the parameters in
// force and the comparison helpers that record what a rule compared (docs/rules-authoring.md, ctx).
#include "pack/evaluation.hpp"

#include <lua.hpp>

#include <string>
#include <vector>

namespace hashigo::pack {

/// What the ctx functions read and write; they hold a light pointer to it (upvalue 1), so it must
/// outlive the state's use of ctx.
struct ctx_state {
  const summary* meta = nullptr;
  /// The evaluation running (its check and text buffers); null between evaluations.
  evaluation* out = nullptr;
  bool record_checks = false;  ///< the running rule's checks are recorded (into out->checks)
  bool read_defaults = false;  ///< the running rule's default parameters are noted (out->defaults)
  std::size_t rule_defaults = 0;  ///< where the running rule's entries of out->defaults begin
  int params_ref = LUA_NOREF;       ///< the parameter table of the day evaluated
  std::string as_of;                ///< the day evaluated, for messages
  int param_names_ref = LUA_NOREF;  ///< name → its index in meta->parameters, plus 1
  std::vector<char> is_default;     ///< by index in meta->parameters: its basis is `default`
  bool any_default = false;         ///< some parameter is a default: ctx.param must look

  int real_ref = LUA_NOREF;         ///< the table behind ctx, which the runtime fills per evaluation
  int proxy_ref = LUA_NOREF;        ///< the read-only ctx rules receive
};

/// Builds ctx (its functions and `region`) behind a read-only view, and the parameter-name table;
/// sets the refs of `c`. Call inside a protected call, once per state.
// stack: [] -> []
void build_ctx(lua_State* L, ctx_state& c);

}  // namespace hashigo::pack
