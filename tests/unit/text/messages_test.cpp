#include <doctest/doctest.h>
#include <hashigo/text/messages.hpp>

#include <fmt/args.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>
#include <vector>

namespace text = hashigo::text;

namespace {

std::vector<std::string> sorted_placeholders(std::string_view s) {
  auto p = text::placeholders(s);
  std::sort(p.begin(), p.end());
  return p;
}

// Japanese text has at least one character outside ASCII.
bool has_non_ascii(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

}  // namespace

TEST_CASE("every message has a Japanese and an English text") {
  REQUIRE(text::catalogue().size() > 100);
  for (const auto& e : text::catalogue()) {
    INFO("id: " << e.id);
    CHECK(!e.ja.empty());
    CHECK(!e.en.empty());
  }
}

TEST_CASE("ids are unique") {
  const auto& all = text::catalogue();
  for (std::size_t i = 1; i < all.size(); ++i) {
    INFO("id: " << all[i].id);
    CHECK(all[i - 1].id != all[i].id);
  }
}

TEST_CASE("Japanese and English texts have the same placeholders") {
  for (const auto& e : text::catalogue()) {
    INFO("id: " << e.id << " ja: " << e.ja << " en: " << e.en);
    CHECK(sorted_placeholders(e.ja) == sorted_placeholders(e.en));
  }
}

TEST_CASE("every text formats with as many arguments as it has placeholders") {
  for (const auto& e : text::catalogue()) {
    INFO("id: " << e.id);
    const auto n = text::placeholders(e.ja).size();
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (std::size_t i = 0; i < n; ++i) args.push_back(std::string("x"));
    CHECK_NOTHROW((void)fmt::vformat(e.ja, args));
    CHECK_NOTHROW((void)fmt::vformat(e.en, args));
  }
}

TEST_CASE("Japanese texts are Japanese, apart from codes that stay as they are") {
  // Texts that are the same in both languages by nature: symbols, abbreviations, plain codes.
  const std::vector<std::string_view> same = {"test.ok", "json_type.null"};
  for (const auto& e : text::catalogue()) {
    INFO("id: " << e.id << " ja: " << e.ja);
    const bool symbolic = e.ja == e.en && (e.ja.find_first_not_of("{}()[] :-—·/<>=%") == std::string_view::npos ||
                                           std::find(same.begin(), same.end(), e.id) != same.end());
    if (!symbolic) CHECK(has_non_ascii(e.ja));
  }
}

TEST_CASE("placeholders are found, escaped braces are not") {
  CHECK(text::placeholders("{} and {0} and {:<8}") == std::vector<std::string>{"{}", "{0}", "{:<8}"});
  CHECK(text::placeholders("{{literal}} {}").size() == 1);
  CHECK(text::placeholders("none").empty());
}

TEST_CASE("lookups: a label by kind and code, an unknown id as itself") {
  CHECK(text::label("stage", "social", "ja") == std::optional<std::string>("社会自立"));
  CHECK(text::label("stage", "social", "en") == std::optional<std::string>("social"));
  CHECK(!text::label("stage", "astronaut", "ja"));
  CHECK(text::raw("no.such.message", "ja") == "no.such.message");
  CHECK(text::msg("decision.eligibility", "ja", "就労準備支援事業", "あり") == "利用要件 就労準備支援事業: あり");
  CHECK(text::msg("decision.eligibility", "en", "Readiness", "eligible") == "eligibility Readiness: eligible");
}

// A message id used in the code but missing from the catalogue would print the bare id to a user.
TEST_CASE("every message id the code names is in the catalogue") {
  namespace fs = std::filesystem;
  const std::regex used(R"re(\b(?:message|msg)\("([a-z_]+(?:\.[a-z_]+)+)")re");
  std::size_t seen = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(HASHIGO_TEST_SOURCE_DIR) / "core")) {
    if (!entry.is_regular_file() || (entry.path().extension() != ".cpp" && entry.path().extension() != ".hpp"))
      continue;
    std::ifstream in(entry.path());
    const std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (std::sregex_iterator it(source.begin(), source.end(), used), end; it != end; ++it) {
      const std::string id = (*it)[1];
      INFO(entry.path().string() << ": " << id);
      CHECK(text::has(id));
      ++seen;
    }
  }
  CHECK(seen > 200);
}
