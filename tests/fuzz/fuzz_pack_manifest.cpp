// libFuzzer harness: the pack manifest loader. The input is a region's pack.lua (extending the
// national manifest when it says so); loading it runs it in the sandbox and reads its name,
// version, extends, parameters, rungs and declarations. The only acceptable failures are
// hashigo::error (a rule or input error). A pack that loads is then used for one evaluation.
#include <hashigo/engine/decision.hpp>
#include <hashigo/error.hpp>

#include "fuzz_rules.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::write_region_file("pack.lua", std::string_view(reinterpret_cast<const char*>(data), size));
  auto eng = fuzz::make_engine();
  try {
    const auto summary = eng.pack("fuzz");
    (void)summary.digest;
    static const auto state = fuzz::b_san("2015-06-30");
    (void)hashigo::engine::to_json(eng.evaluate(state, "fuzz")).dump();
  } catch (const hashigo::error&) {
  }
  return 0;
}
