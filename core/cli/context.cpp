#include "context.hpp"

#include <hashigo/error.hpp>

#include <fmt/format.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace hashigo::cli {

const std::string& context::language() {
  if (lang.empty()) {
    lang = "en";
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      const char* v = std::getenv(var);
      if (v && *v) {
        if (std::string_view(v).substr(0, 2) == "ja") lang = "ja";
        break;
      }
    }
  }
  return lang;
}

std::string context::pick(const cases::localized& text) {
  const std::string& chosen = language() == "ja" ? text.ja : text.en;
  return chosen.empty() ? (text.en.empty() ? text.ja : text.en) : chosen;
}

store::database context::open_db_for_reading() const { return store::database::open(db_path, store::open_mode::read); }

store::database context::open_db(bool create) const { return store::database::open(db_path, create); }

engine::engine context::make_engine() const {
  engine::engine_options opts;
  opts.rules_root = rules_root.empty() ? engine::engine::default_rules_root() : std::filesystem::path(rules_root);
  return engine::engine(opts);
}

std::string context::read_input(const std::string& path) {
  if (path == "-") {
    std::ostringstream buf;
    buf << std::cin.rdbuf();
    return buf.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw input_error(path, "cannot read the file");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void rethrow_in_file(const std::string& file, const std::exception_ptr& e) {
  try {
    std::rethrow_exception(e);
  } catch (const input_error& err) {
    if (err.where().rfind(file, 0) == 0) throw;  // already names the file (a JSON syntax error)
    throw input_error(err.where().empty() ? file : file + ": " + err.where(), err.detail());
  }
}

format::case_file context::read_case_file(const std::string& path) {
  const std::string shown = path == "-" ? "<stdin>" : path;
  const std::string text = read_input(path);
  try {
    return format::case_file_from_json(format::parse_json(text, shown));
  } catch (const input_error&) {
    rethrow_in_file(shown, std::current_exception());
  }
}

}  // namespace hashigo::cli
