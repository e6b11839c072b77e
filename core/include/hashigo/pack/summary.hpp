#pragma once
/// @file What a loaded rule pack declares: its manifest (pack.lua over its `extends` chain) and its
/// rules. The engine hands this out as engine::pack_summary; tools read it, nothing copies it.
#include <hashigo/case/ladder.hpp>

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace hashigo::pack {

/// The module a rule comes from. The engine asks it of every rule on every evaluation, so it is a
/// number; module_names() gives the names in the same order.
enum class module_kind { eligibility, stepup, referral, alerts };

/// The modules a pack may have, in evaluation order (the order of module_kind).
const std::vector<std::string>& module_names();

/// One rule of a loaded pack, after overrides and `disable`.
struct rule {
  std::string id;
  cases::localized title;
  std::string source;          ///< the law article or seed file it encodes
  std::string module;          ///< eligibility | stepup | referral | alerts
  module_kind kind = module_kind::eligibility;  ///< `module`, as a number
  std::string file;            ///< `rules/national/stepup.lua`
  int line = 0;                ///< the line of its decide function
  std::string where;           ///< `file:line`, as reasons and errors cite it
  std::string defined_in;      ///< the region whose file defines it
  bool allows_skip = false;    ///< may propose a move of more than one stage or rung
  /// Step rules whose proposals are dropped from the resolution when this rule fires.
  std::vector<std::string> supersedes;
  /// The region whose rule of the same id this one replaces (and receives as `base`), or empty.
  std::string replaces;
};

/// A parameter value in force from a date (`since` empty: always).
struct dated_value {
  std::string since;
  nlohmann::json value;
};

/// A named parameter: its dated values (sorted by date) and the region that set them.
struct parameter {
  std::string name;
  std::vector<dated_value> values;
  std::string defined_in;
  /// The value in force on `day` (YYYY-MM-DD); nullptr before the first date.
  const nlohmann::json* in_force(const std::string& day) const;
};

/// A loaded pack: what its pack.lua files declare over the chain, and its rules.
struct summary {
  std::string region;
  cases::localized name;
  cases::localized description;
  std::string version;
  /// First day the pack decides (YYYY-MM-DD; empty: not declared): the region's, else its base's.
  std::string in_force_from;
  std::string digest;                 ///< SHA-256 over every file the pack can run (not tests/)
  std::vector<std::string> chain;     ///< the region, then its bases, e.g. {chiba, national}
  std::vector<std::string> sources;
  std::vector<std::string> disabled;  ///< base rule ids this region switches off
  cases::ladder_spec ladder;
  std::vector<rule> rules;              ///< in evaluation order
  std::vector<parameter> parameters;    ///< sorted by name
  std::vector<std::string> files;       ///< every file digested, `rules/<region>/…` and `rules/lib/…`
  /// The declarations of pack.lua (programs, referral_targets), merged over the chain by
  /// first-level key.
  std::map<std::string, nlohmann::json> declarations;

  /// The parameter called `wanted`, or nullptr.
  const parameter* parameter_named(std::string_view wanted) const noexcept;
};

}  // namespace hashigo::pack
