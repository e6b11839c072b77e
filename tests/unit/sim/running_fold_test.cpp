// The running fold a cohort uses gives the state fold() gives over the same events, month by
// month, on every example case without corrections (compared as the view rules receive).
#include <doctest/doctest.h>

#include <hashigo/case/fold.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/sim/journey.hpp>

#include <filesystem>
#include <fstream>

using namespace hashigo;
namespace fs = std::filesystem;

namespace {

format::case_file example(const fs::path& path) {
  std::ifstream in(path);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto file = format::case_file_from_json(format::parse_json(text, path.string()));
  cases::sort_events(file.events);
  return file;
}

bool has_corrections(const format::case_file& f) {
  for (const auto& e : f.events)
    if (std::holds_alternative<cases::event_voided_event>(e.body)) return true;
  return false;
}

}  // namespace

TEST_CASE("running_fold agrees with fold at every month end of every example case") {
  int compared = 0, files = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "cases")) {
    const auto file = example(entry.path());
    if (has_corrections(file)) continue;
    ++files;
    cases::running_fold running(file.header);
    std::size_t next = 0;
    const date last = file.events.back().on.add_months(2);
    for (const date day : sim::month_ends(file.events.front().on, last)) {
      while (next < file.events.size() && !(day < file.events[next].on)) running.apply(file.events[next++]);
      const auto whole = cases::fold(file.header, file.events, day);
      INFO(entry.path().filename().string() << " on " << day.to_string());
      CHECK(engine::engine::case_view(running.at(day)) == engine::engine::case_view(whole));
      ++compared;
    }
  }
  CHECK(files >= 10);
  CHECK(compared > 100);
}

TEST_CASE("running_fold refuses what fold would refuse as events arrive") {
  const auto file = example(fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "cases" / "b-san.json");
  SUBCASE("an event before the last one applied") {
    cases::running_fold running(file.header);
    running.apply(file.events[0]);
    running.apply(file.events[3]);
    auto early = file.events[3];
    early.on = file.events[3].on.add_days(-1);
    CHECK_THROWS_AS(running.apply(early), input_error);
  }
  SUBCASE("a state asked for before the last event applied") {
    cases::running_fold running(file.header);
    running.apply(file.events[0]);
    running.apply(file.events[3]);
    CHECK_THROWS_AS((void)running.at(file.events[3].on.add_days(-1)), input_error);
    CHECK_NOTHROW((void)running.at(file.events[3].on));
  }
  SUBCASE("anything but an intake first") {
    cases::running_fold running(file.header);
    CHECK_THROWS_AS(running.apply(file.events[1]), input_error);
  }
  SUBCASE("a correction") {
    cases::running_fold running(file.header);
    running.apply(file.events[0]);
    cases::event v;
    v.on = file.events[0].on;
    v.seq = 99;
    v.body = cases::event_voided_event{0, "typo"};
    CHECK_THROWS_AS(running.apply(v), input_error);
  }
}
