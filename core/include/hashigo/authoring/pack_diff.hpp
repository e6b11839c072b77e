#pragma once
/// @file What differs between two packs, parameter by parameter and rule by rule.
#include <hashigo/engine/engine.hpp>

#include <string>
#include <vector>

namespace hashigo::authoring {

/// One difference between packs a and b.
struct pack_difference {
  std::string kind;  ///< parameter | rule | rungs | declaration
  std::string name;  ///< parameter name, rule id, stage or declaration key
  std::string a;     ///< how it is in a ("—" when absent)
  std::string b;     ///< how it is in b
};

/// Parameters (value by value, with effective dates), rules (present, defined where, title),
/// rungs per stage and declarations (programs, referral targets) that differ; sorted by kind, name.
/// Texts (titles, dates, declared names) are in `lang` (ja|en).
std::vector<pack_difference> diff_packs(const engine::pack_summary& a, const engine::pack_summary& b,
                                        const std::string& lang = "en");

/// A Markdown table of every parameter, rule and rung list on which the packs do not all agree,
/// one column per pack (`—` where a pack lacks it).
std::string comparison_table(const std::vector<engine::pack_summary>& packs, const std::string& lang = "en");

/// A parameter's dated values as text: `0.8`, or `39 from 2015-04-01; 49 from 2020-04-01`
/// (`39（2015-04-01 から）; …` in Japanese).
std::string describe_values(const engine::parameter_summary& p, const std::string& lang = "en");

}  // namespace hashigo::authoring
