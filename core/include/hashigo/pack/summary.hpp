#pragma once
/// @file What a loaded rule pack declares: its manifest (pack.lua over its `extends` chain) and its
/// rules. The engine hands this out as engine::pack_summary; tools read it, nothing copies it.
#include <hashigo/case/ladder.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace hashigo::pack {

/// The module a rule comes from. The engine asks it of every rule on every evaluation, so it is a
/// number; module_names() gives the names of the evaluation modules in the same order. `matching`
/// is the module of matching criteria (matching.lua), called per carved task by `hashigo match`,
/// never by an evaluation.
enum class module_kind { eligibility, stepup, referral, alerts, matching };

/// The modules an evaluation runs, in evaluation order (the order of module_kind).
const std::vector<std::string>& module_names();
/// The name of the matching criteria's module file (without `.lua`).
inline constexpr const char* matching_module = "matching";

/// One document of the bibliography (`rules/references.lua`, and a region's own
/// `rules/<region>/references.lua`), under a stable id that rules and parameters cite.
struct document {
  std::string id;
  cases::localized title;
  std::string kind;       ///< law | official guidance | practice document | secondary
  std::string publisher;  ///< who issued it (the Diet for a law, a ministry, an organisation)
  std::string url;        ///< where it is public; empty when no address is known for sure
  std::string date;       ///< promulgation or publication, YYYY, YYYY-MM or YYYY-MM-DD; may be empty
  std::string note;
  std::string defined_in;  ///< `rules` for the shared bibliography, else the region
};

/// A citation of one document: which one, where in it, and optionally its words. The document's
/// fields are copied in (a summary is copied by value; nothing points into it).
struct reference {
  std::string id;
  std::string section;  ///< article, section or page, as the document numbers it; may be empty
  std::string quote;    ///< a short quotation; may be empty
  cases::localized title;
  std::string kind;
  std::string publisher;
  std::string url;
};

/// Where a rule can fire, as its `applies_to` declares: the stages and the process statuses of the
/// cases it decides (an empty list: any). The runtime does not call a rule for a case outside
/// them, and `hashigo check` runs it there anyway to make sure it would not have fired.
struct rule_scope {
  std::vector<cases::stage> stages;
  std::vector<cases::process_status> statuses;
  /// Whether a case at `s` with status `st` is inside the scope.
  bool covers(cases::stage s, cases::process_status st) const noexcept {
    return (stage_bits & (1u << static_cast<unsigned>(s))) != 0 && (status_bits & (1u << static_cast<unsigned>(st))) != 0;
  }
  /// Whether the scope leaves some case out.
  bool narrows() const noexcept { return !stages.empty() || !statuses.empty(); }
  /// Sets the lists and the bits covers() tests.
  void assign(std::vector<cases::stage> s, std::vector<cases::process_status> st);

 private:
  std::uint32_t stage_bits = ~0u;
  std::uint32_t status_bits = ~0u;
};

/// One rule of a loaded pack, after overrides and `disable`.
struct rule {
  std::string id;
  cases::localized title;
  std::vector<reference> references;  ///< the documents it encodes (a replacement keeps its base's)
  cases::localized note;              ///< free text: e.g. which of its thresholds are ours
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
  /// The cases it can fire for (`applies_to`; a replacement keeps its base's unless it says its own).
  rule_scope applies_to;
};

/// A parameter value in force from a date (`since` empty: always).
struct dated_value {
  std::string since;
  nlohmann::json value;
};

/// Where a parameter's value comes from. `default_value` is a value chosen by the pack's authors,
/// not by any source: outputs mark it so that it is never taken for the law.
enum class basis { none, law, official_guidance, practice_document, default_value };

/// The word a pack file writes for a basis (`law`, `official guidance`, `practice document`,
/// `default`); "" for none.
const std::string& to_string(basis b);

/// A named parameter: its dated values (sorted by date), the region that set them, and what they
/// are (unit, basis, references, note) when the pack describes them.
struct parameter {
  std::string name;
  std::vector<dated_value> values;
  std::string defined_in;
  std::string unit;             ///< one of parameter_units(); a plain override keeps its base's
  pack::basis basis = pack::basis::none;  ///< none: written as a plain value (check warns)
  std::vector<reference> references;
  cases::localized note;        ///< why this value (required for a default)
  std::string file;             ///< the pack.lua that set it, as check names it
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
  /// The bibliography ids its pack.lua files list under `sources` (what the pack as a whole
  /// encodes), base first, once each.
  std::vector<std::string> sources;
  /// Every document rules and parameters may cite, sorted by id.
  std::vector<document> bibliography;
  std::vector<std::string> disabled;  ///< base rule ids this region switches off
  cases::ladder_spec ladder;
  std::vector<rule> rules;              ///< in evaluation order
  /// The matching criteria of matching.lua over the chain (module `matching`), in file order:
  /// each scores one carved task for one case (`decide(case, task, ctx)`).
  std::vector<rule> criteria;
  std::vector<parameter> parameters;    ///< sorted by name
  std::vector<std::string> files;       ///< every file digested, `rules/<region>/…` and `rules/lib/…`
  /// The declarations of pack.lua (programs, referral_targets), merged over the chain by
  /// first-level key.
  std::map<std::string, nlohmann::json> declarations;

  /// The parameter called `wanted`, or nullptr.
  const parameter* parameter_named(std::string_view wanted) const noexcept;
  /// The bibliography entry `wanted`, or nullptr.
  const document* document_named(std::string_view wanted) const noexcept;
};

}  // namespace hashigo::pack
