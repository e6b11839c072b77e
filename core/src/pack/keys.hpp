#pragma once
// The keys a pack file may use, each list in one place, and the RULE005 refusal of any other: a
// misspelt key (`supercedes`, `paramters`) would otherwise be ignored without a word, and the
// pack would silently do something else than its author wrote.
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace hashigo::pack {

/// The top-level keys of pack.lua.
const std::vector<std::string>& pack_keys();
/// The pack.lua keys that are declarations (merged over the chain by first-level key, shown by
/// `rules show`): a subset of pack_keys().
const std::vector<std::string>& declaration_keys();
/// The keys of one entry of a declaration (`programs.farm = { ja = …, en = … }`).
const std::vector<std::string>& declaration_entry_keys();
/// The keys of a rule table in a module file.
const std::vector<std::string>& rule_keys();
/// The keys of one citation in `references = { { id = …, section = …, quote = … } }`.
const std::vector<std::string>& reference_keys();
/// The keys of one document of the bibliography (references.lua).
const std::vector<std::string>& document_keys();
/// The kinds of document: law, official guidance, practice document, secondary.
const std::vector<std::string>& document_kinds();
/// The keys of a parameter in the described form `{ value = …, unit = …, basis = …, … }`.
const std::vector<std::string>& described_parameter_keys();
/// The bases a described parameter may give: law, official guidance, practice document, default.
const std::vector<std::string>& basis_words();
/// The units a described parameter may give (docs/rules-authoring.md lists them).
const std::vector<std::string>& parameter_units();
/// The keys of a text in two languages (`title`, `name`, `description`).
const std::vector<std::string>& localized_keys();
/// The keys of a test file that returns a table rather than a list of tests.
const std::vector<std::string>& test_file_keys();
/// The keys of one pack test.
const std::vector<std::string>& test_keys();

/// " (did you mean 'x'?)" when `key` is one edit or transposition away from a known key (or two,
/// for longer keys), else "".
std::string did_you_mean(std::string_view key, const std::vector<std::string>& known);

/// The message for a key that is not in `known`: "unknown key 'x' (did you mean 'y'?); the keys
/// are: a, b, c".
std::string unknown_key_message(std::string_view key, const std::vector<std::string>& known);

/// The first key of the JSON object `table` that is not in `known`, or nullptr.
const std::string* first_unknown_key(const nlohmann::json& table, const std::vector<std::string>& known);

}  // namespace hashigo::pack
