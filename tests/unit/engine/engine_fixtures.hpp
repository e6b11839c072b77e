#pragma once
// Temporary rule packs and quick case states for engine tests.
#include <hashigo/case/fold.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/format/case_json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace engine_fixtures {

namespace fs = std::filesystem;

/// A rules root in a fresh temp folder holding a copy of rules/national, the shared modules it
/// requires (rules/lib) and the bibliography it cites (rules/references.lua); removed on destruction.
class temp_rules {
 public:
  temp_rules() {
    char tmpl[] = "/tmp/hashigo-rules-XXXXXX";
    base_ = fs::path(mkdtemp(tmpl));
    root_ = base_ / "rules";
    fs::create_directories(root_);
    fs::copy(fs::path(HASHIGO_TEST_SOURCE_DIR) / "rules" / "national", root_ / "national", fs::copy_options::recursive);
    fs::copy(fs::path(HASHIGO_TEST_SOURCE_DIR) / "rules" / "lib", root_ / "lib", fs::copy_options::recursive);
    fs::copy(fs::path(HASHIGO_TEST_SOURCE_DIR) / "rules" / "references.lua", root_ / "references.lua");
  }
  ~temp_rules() {
    std::error_code ec;
    fs::remove_all(base_, ec);
  }
  temp_rules(const temp_rules&) = delete;
  temp_rules& operator=(const temp_rules&) = delete;

  const fs::path& root() const { return root_; }
  void write(const std::string& relative, const std::string& text) const {
    fs::create_directories((root_ / relative).parent_path());
    std::ofstream(root_ / relative) << text;
  }
  /// A region extending national whose `module` file holds `rules_lua`.
  void region(const std::string& name, const std::string& module, const std::string& rules_lua,
              const std::string& pack_extra = "") const {
    write(name + "/pack.lua", "return { name = { ja = \"" + name + "\", en = \"" + name +
                                  "\" }, version = \"1\", extends = \"national\", " + pack_extra + " }\n");
    if (!module.empty()) write(name + "/" + module + ".lua", rules_lua);
  }
  hashigo::engine::engine make_engine(std::int64_t instructions = 1'000'000) const {
    hashigo::engine::engine_options o;
    o.rules_root = root_;
    o.instructions = instructions;
    return hashigo::engine::engine(o);
  }

 private:
  fs::path base_;
  fs::path root_;
};

/// An engine over the repository's own rules/ (every shipped pack).
inline hashigo::engine::engine repository_engine() {
  hashigo::engine::engine_options o;
  o.rules_root = fs::path(HASHIGO_TEST_SOURCE_DIR) / "rules";
  return hashigo::engine::engine(o);
}

/// Folds a case file (JSON text) on a day.
inline hashigo::cases::case_state state_of(const std::string& json_text, const char* as_of) {
  auto file = hashigo::format::case_file_from_json(hashigo::format::parse_json(json_text, "test.json"));
  hashigo::cases::sort_events(file.events);
  return hashigo::cases::fold(file.header, file.events, hashigo::date::parse_or_throw(as_of, "as_of"));
}

/// Folds examples/cases/b-san.json on a day.
inline hashigo::cases::case_state b_san(const char* as_of) {
  std::ifstream in(fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "cases" / "b-san.json");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return state_of(text, as_of);
}

/// A case in support at intermediate/<rung> since 2020-01-06, with the given extra events.
inline std::string commuter_case(const std::string& rung, const std::string& extra_events) {
  return R"({"id":"c","person":{"birth_date":"1990-01-01"},"household":{"size":1},"events":[
    {"type":"intake","date":"2020-01-06","stage":"intermediate","rung":")" + rung + R"("},
    {"type":"assessment","date":"2020-01-07","fdp":{"interpersonal":3,"mental":3,"stress":3,"thinking":3,"environment":3}},
    {"type":"plan","date":"2020-01-08","start_on":"2020-01-08","end_on":"2020-12-31"},
    {"type":"plan_approved","date":"2020-01-09"})" + extra_events + "]}";
}

}  // namespace engine_fixtures
