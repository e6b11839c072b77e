// Evaluates every case of a JSONL file (one case-file object per line, docs/case-format.md) under
// one rule pack on one day and prints one decision per line, as `hashigo eval <file> --json` would.
// Usage: hashigo_embed <pack-folder> <as-of YYYY-MM-DD> <cases.jsonl>
#include <hashigo/hashigo.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
  using hashigo::error_kind;
  if (argc != 4) {
    std::cerr << "usage: hashigo_embed <pack-folder> <as-of YYYY-MM-DD> <cases.jsonl>\n";
    return static_cast<int>(error_kind::usage);
  }
  const std::string path = argv[3];
  int status = 0;
  try {
    const auto as_of = hashigo::date::parse_or_throw(argv[2], "as-of");
    // A pack folder lives under a rules root, next to the packs it extends and the shared lib/.
    std::filesystem::path pack = std::filesystem::absolute(argv[1]);
    if (!pack.has_filename()) pack = pack.parent_path();  // `rules/national/`
    const std::string region = pack.filename().string();
    hashigo::engine::engine eng({.rules_root = pack.parent_path()});
    eng.require_region(region, argv[1]);  // loading is lazy: say now that the folder is no pack

    std::ifstream in(path);
    if (!in) throw hashigo::input_error(path, "cannot be read");
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      if (line.empty()) continue;
      const std::string where = path + ":" + std::to_string(n);
      hashigo::app::evaluation result;
      try {  // errors name the line, then the field: `cases.jsonl:2: events[3].date: …`
        auto file = hashigo::format::case_file_from_json(hashigo::format::parse_json(line, where));
        result = hashigo::app::evaluate_case(eng, file, {.as_of = as_of, .region = region});
      } catch (const hashigo::input_error& e) {
        if (e.where().starts_with(where)) throw;
        throw hashigo::input_error(e.where().empty() ? where : where + ": " + e.where(), e.detail());
      }
      const auto& decision = result.decision;  // a failing rule is a decision, not a throw
      std::cout << hashigo::app::to_json(result).dump() << '\n';
      if (!decision.ok()) status = static_cast<int>(error_kind::rule);
    }
  } catch (const hashigo::error& e) {
    std::cerr << e.code() << ": " << e.what() << '\n';
    return e.exit_status();
  }
  return status;
}
