// The known keys of pack files (keys.hpp). Adding a key to a pack file means adding it here and
// reading it where its list is used; the docs list the same keys (docs/rules-authoring.md).
#include "pack/keys.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace hashigo::pack {

const std::vector<std::string>& pack_keys() {
  static const std::vector<std::string> keys = {"name",       "version", "description", "extends",  "in_force_from",
                                                "sources",    "rungs",   "parameters",  "disable",  "programs",
                                                "referral_targets", "rung_names", "alert_names", "check_labels"};
  return keys;
}

const std::vector<std::string>& declaration_keys() {
  // The names a pack gives its codes: programmes, referral targets, rungs, alert codes and the
  // labels of its checks, each `code = { ja = …, en = … }`.
  static const std::vector<std::string> keys = {"programs", "referral_targets", "rung_names", "alert_names", "check_labels"};
  return keys;
}

const std::vector<std::string>& declaration_entry_keys() {
  static const std::vector<std::string> keys = {"ja", "en"};
  return keys;
}

const std::vector<std::string>& rule_keys() {
  static const std::vector<std::string> keys = {"id",          "title",      "references", "note",      "decide",
                                                "allows_skip", "supersedes", "applies_to"};
  return keys;
}

const std::vector<std::string>& reference_keys() {
  static const std::vector<std::string> keys = {"id", "section", "quote"};
  return keys;
}

const std::vector<std::string>& document_keys() {
  static const std::vector<std::string> keys = {"title", "kind", "publisher", "url", "date", "note"};
  return keys;
}

const std::vector<std::string>& document_kinds() {
  static const std::vector<std::string> kinds = {"law", "official guidance", "practice document", "secondary"};
  return kinds;
}

const std::vector<std::string>& described_parameter_keys() {
  static const std::vector<std::string> keys = {"value", "unit", "basis", "note", "references"};
  return keys;
}

const std::vector<std::string>& basis_words() {
  // In the order of enum class basis, after none.
  static const std::vector<std::string> words = {"law", "official guidance", "practice document", "default"};
  return words;
}

const std::vector<std::string>& parameter_units() {
  // What a value counts, so that a reader can tell 0.8 (a ratio) from 30 (days) without the rule.
  static const std::vector<std::string> units = {
      "yen",  "yen/month", "yen/hour", "ratio", "days",  "months", "hours/week", "persons", "age",
      "count", "level",    "points",   "times", "list",  "map",    "flag",       "date", "text"};
  return units;
}

const std::vector<std::string>& localized_keys() {
  static const std::vector<std::string> keys = {"ja", "en"};
  return keys;
}

const std::vector<std::string>& test_file_keys() {
  static const std::vector<std::string> keys = {"tests", "patches", "exclude"};
  return keys;
}

const std::vector<std::string>& test_keys() {
  static const std::vector<std::string> keys = {"name", "case", "as_of", "months", "expect", "household", "household_cases", "employers", "filled", "agencies"};
  return keys;
}

namespace {

// Optimal string alignment distance (edits, with adjacent transpositions), capped: keys are short.
std::size_t distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i)
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[n][m];
}

}  // namespace

std::string did_you_mean(std::string_view key, const std::vector<std::string>& known) {
  if (key.size() > 64) return {};
  const std::size_t allowed = key.size() >= 8 ? 2 : 1;
  const std::string* best = nullptr;
  std::size_t best_distance = allowed + 1;
  for (const auto& k : known) {
    const std::size_t d = distance(key, k);
    if (d < best_distance) {
      best = &k;
      best_distance = d;
    }
  }
  return best ? fmt::format(" (did you mean '{}'?)", *best) : std::string();
}

std::string unknown_key_message(std::string_view key, const std::vector<std::string>& known) {
  std::string list;
  for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
  const std::string_view shown = key.size() > 64 ? key.substr(0, 64) : key;
  return fmt::format("unknown key '{}'{}; the keys are: {}", shown, did_you_mean(key, known), list);
}

const std::string* first_unknown_key(const nlohmann::json& table, const std::vector<std::string>& known) {
  if (!table.is_object()) return nullptr;
  for (auto it = table.begin(); it != table.end(); ++it)  // sorted: the same key is named every run
    if (std::find(known.begin(), known.end(), it.key()) == known.end()) return &it.key();
  return nullptr;
}

}  // namespace hashigo::pack
