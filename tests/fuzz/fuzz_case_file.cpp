// libFuzzer harness: the case-file reader. Any bytes go in; the only acceptable failure is a
// hashigo::input_error (exit 3 in the CLI). Anything else escaping — another exception, a crash,
// a sanitizer report — is a finding. A file that reads must also fold, and survive a round trip
// through to_json unchanged.
#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hashigo;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  format::case_file file;
  try {
    file = format::case_file_from_json(format::parse_json(text, "fuzz.json"));
  } catch (const input_error&) {
    return 0;
  }
  const auto written = format::to_json(file);
  const auto again = format::to_json(format::case_file_from_json(format::parse_json(written.dump(), "round.json")));
  if (again != written) std::abort();  // the writer and the reader disagree
  auto events = file.events;
  cases::sort_events(events);
  if (events.empty()) return 0;
  try {
    for (const date day : {events[events.size() / 2].on, events.back().on}) {
      const auto state = cases::fold(file.header, events, day);
      (void)format::to_json(state).dump();
    }
  } catch (const input_error&) {
  }
  return 0;
}
