// libFuzzer harness: running rule code. The input is a region's stepup.lua over the national
// manifest; it is loaded in the sandbox and its rules run against Bさん's case one month in.
// A rule that fails must give a decision with status "error" (or a hashigo::error while
// loading); a crash, a sanitizer report or any other exception is a finding.
#include <hashigo/engine/decision.hpp>
#include <hashigo/error.hpp>

#include "fuzz_rules.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::write_region_file("pack.lua", "return { name = 'fuzz', version = '0', extends = 'national' }\n");
  fuzz::write_region_file("stepup.lua", std::string_view(reinterpret_cast<const char*>(data), size));
  static const hashigo::cases::case_state days[] = {fuzz::b_san("2015-06-30")};
  auto eng = fuzz::make_engine();
  try {
    for (const auto& state : days) {
      const auto d = eng.evaluate(state, "fuzz");
      // A failed decision names a rule code (RULE00n) and where it broke, and has no outcome; its
      // JSON says the same as the struct.
      if (d.error && (d.error->code.rfind("RULE", 0) != 0 || d.error->where.empty() || d.step.to)) std::abort();
      const auto json = hashigo::engine::to_json(d);
      if (json["status"] != (d.ok() ? "ok" : "error") || json.contains("error") == d.ok()) std::abort();
      (void)json.dump();
    }
  } catch (const hashigo::error&) {
  }
  return 0;
}
