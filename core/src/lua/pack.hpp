#pragma once
// A rule pack loaded into its own sandboxed state: metadata, parameters, rungs and rule
// functions (registry refs). The only place rule functions are called.
#include <hashigo/case/ladder.hpp>

#include "lua/sandbox.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hashigo::lua {

class readonly_builder;

/// The modules a pack may have, in evaluation order.
inline const std::vector<std::string>& module_names() {
  static const std::vector<std::string> names = {"eligibility", "stepup", "referral", "alerts"};
  return names;
}

/// The module a rule comes from, as a number: the engine asks it of every rule on every evaluation.
enum class module_kind { eligibility, stepup, referral, alerts };

/// One rule as declared in a module file.
struct rule_info {
  std::string id;
  cases::localized title;
  std::string source;         ///< law article or seed file it encodes
  std::string module;         ///< eligibility | stepup | referral | alerts
  module_kind kind = module_kind::eligibility;  ///< `module`, as a number
  std::string file;           ///< `rules/national/stepup.lua`
  int line = 0;               ///< line of its function
  std::string where;          ///< `file:line`, as reasons and errors cite it
  std::string defined_in;     ///< region whose file defines it (national for a base rule)
  bool allows_skip = false;   ///< may propose a move of more than one stage or rung
  int ref = -1;               ///< registry ref of the rule function
};

/// A parameter value in force from a date (`since` empty = always).
struct dated_value {
  std::string since;
  nlohmann::json value;
};

/// A named parameter: its dated values (sorted by date) and the region that set them.
struct parameter {
  std::vector<dated_value> values;
  std::string defined_in;
  /// The value in force on `day` (YYYY-MM-DD); nullopt before the first date.
  const nlohmann::json* in_force(const std::string& day) const;
};

/// What a pack declares about itself.
struct pack_meta {
  std::string region;
  cases::localized name;
  cases::localized description;
  std::string version;
  /// First day the pack can decide (YYYY-MM-DD; empty: not declared); the region's, else its base's.
  std::string in_force_from;
  std::vector<std::string> chain;  ///< the region then its bases, e.g. {chiba, national}
  std::vector<std::string> sources;
  cases::ladder_spec ladder;
  std::map<std::string, parameter> parameters;
  std::vector<rule_info> rules;    ///< in module order, base rules first, overrides in place
  std::vector<std::string> files;  ///< every file read, relative to the rules root's parent
  std::string digest;              ///< sha256 over the sorted file list and contents
  std::vector<std::string> disabled;  ///< base rule ids the region switches off
  std::map<std::string, nlohmann::json> declarations;  ///< programs, referral_targets, … merged over the chain
};

/// One comparison a rule made through a ctx helper, for explanations.
struct check_record {
  std::string label;
  nlohmann::json value;  ///< null when the fact is unknown
  const char* op = "";   ///< >=, <=, >, <, == (a literal)
  nlohmann::json threshold;
  /// Name of the parameter the threshold came from (a key of pack_meta::parameters, which
  /// outlives the run), or null.
  const std::string* parameter = nullptr;
  bool result = false;
  /// The parameter's name, or "" when the threshold was a number.
  const std::string& parameter_name() const;
};

/// The result of running one rule.
struct rule_run {
  const rule_info* rule = nullptr;
  nlohmann::json outcome;  ///< null when the rule did not fire
  std::vector<check_record> checks;
};

/// What one rule cost over the evaluations that asked for it (eval_input::profile).
struct rule_cost {
  std::int64_t nanoseconds = 0;   ///< wall time of its calls, the conversion of its outcome included
  std::int64_t instructions = 0;  ///< instructions charged while it ran (counted per hook interval)
  std::int64_t calls = 0;
};

/// Values the host gives rules through ctx besides parameters.
struct eval_input {
  std::string as_of;
  nlohmann::json case_view;    ///< the read-only case table
  const nlohmann::json* ladder_view = nullptr;  ///< position, up, down neighbours (required)
  /// What tells ladder views of the pack apart (the position), so that the runtime can reuse the
  /// tables it built for it; empty: a key is computed from `ladder_view`.
  std::string_view ladder_key;
  bool explain = false;        ///< keep the checks of every rule (step rules keep theirs regardless)
  /// When set, builds the read-only case table directly (readonly_builder) instead of from
  /// `case_view`, which is then not read: the engine's path, without a JSON round trip.
  std::function<void(readonly_builder&)> write_case;
  /// With write_case: the root fields it leaves out (nullptr: none) and how to build one of them,
  /// by its index there, when a rule first reads it (lua::lazy_view).
  const std::vector<std::string>* deferred_fields = nullptr;
  std::function<void(int field, readonly_builder& out)> write_field;
  /// When set, each rule's cost is added to its entry (one per rule, in rule order; the vector is
  /// reset when its size is not the pack's rule count). Off by default: it reads the clock twice
  /// per rule.
  std::vector<rule_cost>* profile = nullptr;
};

/// A loaded pack. Not thread-safe: one evaluation at a time per runtime.
class pack_runtime {
 public:
  /// The digest the pack would have now, from the files on disk (cheap: no Lua).
  static std::string current_digest(const std::filesystem::path& rules_root, const std::vector<std::string>& chain);
  /// Loads `rules_root/<region>/` and its `extends` chain into one fresh state.
  /// Throws script_error (RULE001..005) or input_error (unknown region).
  static std::unique_ptr<pack_runtime> load(const std::filesystem::path& rules_root, const std::string& region,
                                            const limits& lim = {});
  ~pack_runtime();

  const pack_meta& meta() const noexcept { return meta_; }
  /// Runs every rule of every module once against the input, under one instruction budget.
  /// Returns one entry per rule (outcome null when it did not fire). Throws script_error.
  std::vector<rule_run> evaluate(const eval_input& in);
  /// Instructions the last evaluation used.
  std::int64_t instructions_used() const noexcept { return state_.instructions_used(); }

 private:
  pack_runtime(state s, pack_meta meta);
  struct eval_context;

  state state_;
  pack_meta meta_;
  std::string evaluation_name_;  ///< "<region> evaluation", as errors outside any rule name it
  std::unique_ptr<eval_context> ctx_;
};

}  // namespace hashigo::lua
