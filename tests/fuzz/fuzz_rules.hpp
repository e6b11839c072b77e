#pragma once
// A rules root for pack harnesses: a temporary folder holding a compact `national` manifest (the
// real national pack's parameters, rungs and first day, without its rule modules and texts, so
// every input loads in well under a millisecond) and a region `fuzz`, whose files each input
// rewrites.
#include <hashigo/case/fold.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/format/case_json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace fuzz {

namespace fs = std::filesystem;

inline std::string read_source_file(const char* relative) {
  std::ifstream in(std::string(HASHIGO_FUZZ_SOURCE_DIR) + "/" + relative, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/// A JSON value as a Lua literal (strings with decimal escapes for control bytes).
inline std::string lua_literal(const nlohmann::json& v) {
  if (v.is_string()) {
    std::string out = "\"";
    for (const unsigned char c : v.get<std::string>()) {
      if (c < 0x20) {
        char escape[8];
        std::snprintf(escape, sizeof escape, "\\%03u", static_cast<unsigned>(c));
        out += escape;
        continue;
      }
      if (c == '"' || c == '\\') out += '\\';
      out += static_cast<char>(c);
    }
    return out + "\"";
  }
  if (v.is_object()) {
    std::string out = "{";
    for (auto it = v.begin(); it != v.end(); ++it) out += "[" + lua_literal(it.key()) + "] = " + lua_literal(*it) + ", ";
    return out + "}";
  }
  if (v.is_array()) {
    std::string out = "{";
    for (const auto& item : v) out += lua_literal(item) + ", ";
    return out + "}";
  }
  return v.dump();  // numbers and booleans (null does not occur in a manifest)
}

/// The real national pack's parameters, rungs, declarations and first day as a small pack.lua.
inline std::string compact_national() {
  hashigo::engine::engine_options o;
  o.rules_root = fs::path(HASHIGO_FUZZ_SOURCE_DIR) / "rules";
  hashigo::engine::engine real(o);
  const auto national = real.pack("national");
  std::string text = "return {\n  name = 'national', version = " + lua_literal(national.version) + ",\n";
  text += "  in_force_from = " + lua_literal(national.in_force_from) + ",\n  rungs = {\n";
  for (const auto& [stage, rungs] : national.ladder.rungs) {
    text += "    [" + lua_literal(std::string(hashigo::cases::to_string(stage))) + "] = {";
    for (const auto& r : rungs) text += lua_literal(r) + ", ";
    text += "},\n";
  }
  text += "  },\n  parameters = {\n";
  for (const auto& p : national.parameters) {
    nlohmann::json value;
    if (p.values.size() == 1 && p.values.front().since.empty()) {
      value = p.values.front().value;
    } else {
      for (const auto& [since, v] : p.values) value[since] = v;
    }
    text += "    [" + lua_literal(p.name) + "] = " + lua_literal(value) + ",\n";
  }
  text += "  },\n";
  for (const auto& [key, value] : national.declarations) text += "  [" + lua_literal(key) + "] = " + lua_literal(value) + ",\n";
  return text + "}\n";
}

/// The temporary rules root, made once per process and removed at exit.
inline const fs::path& rules_root() {
  static const fs::path root = [] {
    char tmpl[] = "/tmp/hashigo-fuzz-XXXXXX";
    const fs::path base(mkdtemp(tmpl));
    const fs::path r = base / "rules";
    fs::create_directories(r / "national");
    fs::create_directories(r / "fuzz");
    std::ofstream(r / "national" / "pack.lua", std::ios::binary) << compact_national();
    {  // a broken compact manifest would quietly turn every input into a load error: stop instead
      hashigo::engine::engine_options check;
      check.rules_root = r;
      if (hashigo::engine::engine(check).pack("national").parameters.empty()) std::abort();
    }
    static const fs::path to_remove = base;
    std::atexit([] {
      std::error_code ec;
      fs::remove_all(to_remove, ec);
    });
    return r;
  }();
  return root;
}

/// Replaces one file of the `fuzz` region.
inline void write_region_file(const std::string& name, std::string_view text) {
  std::ofstream(rules_root() / "fuzz" / name, std::ios::binary | std::ios::trunc).write(text.data(),
                                                                                        static_cast<std::streamsize>(text.size()));
}

/// Bさん's case, folded on a day.
inline hashigo::cases::case_state b_san(const char* day) {
  static const hashigo::format::case_file file = [] {
    auto f = hashigo::format::case_file_from_json(
        hashigo::format::parse_json(read_source_file("examples/cases/b-san.json"), "b-san.json"));
    hashigo::cases::sort_events(f.events);
    return f;
  }();
  return hashigo::cases::fold(file.header, file.events, hashigo::date::parse_or_throw(day, "day"));
}

/// An engine over the root. Smaller caps than the defaults keep inputs that loop or allocate
/// cheap (each such input reaches its cap; the caps' behaviour does not depend on their size).
inline hashigo::engine::engine make_engine() {
  hashigo::engine::engine_options o;
  o.rules_root = rules_root();
  o.instructions = 100'000;
  o.memory_bytes = 4u << 20;
  o.wall_clock_ms = 100;
  return hashigo::engine::engine(o);
}

}  // namespace fuzz
