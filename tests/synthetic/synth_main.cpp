// hashigo_synth N [FIRST [SEED]]: synthetic cases FIRST … FIRST+N-1 as JSON Lines of case files,
// for `hashigo batch` tests and benchmarks. The same arguments always print the same bytes.
#include "synthetic.hpp"

#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
  if (argc < 2 || argc > 4) {
    std::fprintf(stderr, "usage: hashigo_synth N [FIRST [SEED]]\n");
    return 2;
  }
  const auto n = std::strtoull(argv[1], nullptr, 10);
  const auto first = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 0;
  const auto seed = argc > 3 ? std::strtoull(argv[3], nullptr, 0) : hashigo::bench::default_seed;
  try {
    std::string line;
    for (unsigned long long i = first; i < first + n; ++i) {
      const auto c = hashigo::bench::make_case(seed, i);
      line = hashigo::format::to_json(hashigo::format::case_file{c.header, c.events}).dump();
      // What batch will read must be a case file that reads back to the same text: a generator
      // that writes something else would measure the error path, not decisions.
      const auto back = hashigo::format::case_file_from_json(hashigo::format::parse_json(line, "case " + std::to_string(i)));
      if (hashigo::format::to_json(back).dump() != line) {
        std::fprintf(stderr, "hashigo_synth: case %llu does not read back as it was written\n", i);
        return 1;
      }
      line += '\n';
      std::fwrite(line.data(), 1, line.size(), stdout);
    }
  } catch (const hashigo::error& e) {
    std::fprintf(stderr, "%s: %s\n", e.code().c_str(), e.what());
    return e.exit_status();
  }
  return std::fflush(stdout) == 0 ? 0 : 1;
}
