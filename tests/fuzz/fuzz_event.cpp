// libFuzzer harness: the event reader and the rules that decide whether an event can follow a
// case. Any bytes go in as an event (or an array of events, as `event add` takes them); the only
// acceptable failure is a hashigo::input_error. Events that read are appended to Bさん's case
// (examples/cases/b-san.json) through the same check the store runs before writing.
#include <hashigo/case/fold.hpp>
#include <hashigo/case/validate.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace {

const hashigo::format::case_file& b_san() {
  static const hashigo::format::case_file file = [] {
    std::ifstream in(HASHIGO_FUZZ_SOURCE_DIR "/examples/cases/b-san.json", std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto f = hashigo::format::case_file_from_json(hashigo::format::parse_json(text, "b-san.json"));
    hashigo::cases::sort_events(f.events);
    return f;
  }();
  return file;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hashigo;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<cases::event> events;
  try {
    const auto doc = format::parse_json(text, "fuzz.json");
    if (doc.is_array()) {
      for (std::size_t i = 0; i < doc.size(); ++i) events.push_back(format::event_from_json(doc[i], "[" + std::to_string(i) + "]"));
    } else {
      events.push_back(format::event_from_json(doc, ""));
    }
    for (const auto& e : events) {
      cases::validate(e);
      const auto back = format::event_from_json(format::to_json(e), "round");
      if (format::to_json(back) != format::to_json(e)) std::abort();  // writer and reader disagree
    }
    cases::check_appendable(b_san().header, b_san().events, events);
  } catch (const input_error&) {
  }
  return 0;
}
