#include <doctest/doctest.h>

#include <hashigo/app/receipts.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/format/case_json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace hashigo;

namespace {

format::case_file b_san() {
  std::ifstream in(fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "cases" / "b-san.json");
  std::stringstream text;
  text << in.rdbuf();
  auto file = format::case_file_from_json(format::parse_json(text.str(), "b-san.json"));
  cases::sort_events(file.events);
  return file;
}

// A receipt as `eval --commit` stores it for `day`.
app::recorded_decision receipt_of(engine::engine& eng, const format::case_file& file, const std::string& day) {
  const date as_of = date::parse_or_throw(day, "as_of");
  const auto d = eng.evaluate(cases::fold(file.header, file.events, as_of), "national");
  return {day, engine::to_json(d).dump(), d.pack_digest, app::events_digest(file.events, as_of)};
}

}  // namespace

TEST_CASE("the events digest covers every event up to the day, notes included, in fold order") {
  auto file = b_san();
  const date day = date::parse_or_throw("2015-06-30", "as_of");
  const auto base = app::events_digest(file.events, day);
  CHECK(base.size() == 64);
  auto reversed = file.events;
  std::reverse(reversed.begin(), reversed.end());
  CHECK(app::events_digest(reversed, day) == base);  // the caller's order does not matter
  auto later = file.events;
  later.back().note = "a note after the day";  // the closure, long after 2015-06-30
  CHECK(app::events_digest(later, day) == base);
  auto noted = file.events;
  noted.front().note += "（追記）";
  CHECK(app::events_digest(noted, day) != base);
}

TEST_CASE("verifying a receipt: identical, different, pack changed, events changed, unverifiable") {
  engine::engine eng({.rules_root = fs::path(HASHIGO_TEST_SOURCE_DIR) / "rules"});
  const auto file = b_san();
  const auto receipt = receipt_of(eng, file, "2015-06-30");
  CHECK(app::verify(eng, file.header, file.events, receipt).result == app::verdict::identical);

  auto edited = receipt;  // a stored outcome that no longer matches what the rules say
  auto doc = nlohmann::json::parse(edited.outcome_json);
  doc["step"]["accepted"] = !doc["step"]["accepted"].get<bool>();
  edited.outcome_json = doc.dump();
  const auto v = app::verify(eng, file.header, file.events, edited);
  CHECK(v.result == app::verdict::different);
  CHECK(v.now == "/step/accepted");

  auto other_pack = receipt;
  other_pack.pack_digest = std::string(64, 'a');
  const auto p = app::verify(eng, file.header, file.events, other_pack);
  CHECK(p.result == app::verdict::pack_changed);
  CHECK(p.recorded == std::string(64, 'a'));
  CHECK(p.now == receipt.pack_digest);

  auto fewer = file.events;
  fewer.erase(fewer.begin() + 2);  // an event the receipt was made from is gone
  CHECK(app::verify(eng, file.header, fewer, receipt).result == app::verdict::events_changed);

  auto old = receipt;
  old.events_digest.clear();
  CHECK(app::verify(eng, file.header, file.events, old).result == app::verdict::unverifiable);
}
