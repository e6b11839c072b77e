#include "context.hpp"

#include <hashigo/error.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

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

void context::use_pack_of(engine::engine& eng, const std::string& region) {
  try {
    names.use_pack(eng.pack(region));
  } catch (const error&) {
    // Names only: the catalogue's stand in, and a command that needs the pack says why it fails.
  }
}

void context::use_pack_of(const std::string& region) {
  try {
    auto eng = make_engine();
    use_pack_of(eng, region);
  } catch (const error&) {
    // No usable rules root: the catalogue's names stand in (case show needs no pack).
  }
}

store::database context::open_db_for_reading() const { return store::database::open(db_path, store::open_mode::read); }

store::database context::open_db(bool create) const { return store::database::open(db_path, create); }

std::filesystem::path context::rules_folder() const {
  namespace fs = std::filesystem;
  const fs::path root = rules_root.empty() ? engine::engine::default_rules_root() : fs::path(rules_root);
  std::error_code ec;
  const auto status = fs::status(root, ec);  // follows links: a link loop is an error here, not later
  if (ec) throw usage_error(message("error.rules_unreadable", root.string(), ec.message()));
  if (!fs::is_directory(status)) throw usage_error(message("error.rules_folder", root.string()));
  return root;
}

engine::engine context::make_engine() const {
  engine::engine_options opts;
  opts.rules_root = rules_folder();
  return engine::engine(opts);
}

void context::emit(const std::string& path, const std::string& text) {
  if (path.empty()) {
    fmt::print("{}", text);
    return;
  }
  write_output(path, text);
  fmt::print(stderr, "{}\n", msg("sim.wrote_html", path));
}

void context::write_output(const std::string& path, const std::string& text) const {
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) {
      const int why = errno;
      out.close();
      std::remove(temp.c_str());
      throw input_error(path, message("error.cannot_write_file", std::strerror(why)));
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const int why = errno;
    std::remove(temp.c_str());
    throw input_error(path, message("error.cannot_write_file", std::strerror(why)));
  }
}

std::string context::read_input(const std::string& path) const {
  const std::size_t limit = json_limits.max_bytes;
  const std::string shown = path == "-" ? "<stdin>" : path;
  auto too_large = [&] {
    return input_error(shown, message("error.too_large", limit));
  };
  std::string text;
  if (path == "-") {
    // At most one byte past the limit is read: a huge stream is refused without being held.
    char buf[1 << 16];
    while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
      text.append(buf, static_cast<std::size_t>(std::cin.gcount()));
      if (text.size() > limit) throw too_large();
    }
    return text;
  }
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec)
    throw input_error(path, ec == std::errc::no_such_file_or_directory ? message("error.file_not_found")
                                                                       : message("error.cannot_read", ec.message()));
  if (std::filesystem::is_directory(status)) throw input_error(path, message("error.is_folder"));
  if (std::filesystem::is_regular_file(status) && std::filesystem::file_size(path, ec) > limit && !ec) throw too_large();
  std::ifstream in(path, std::ios::binary);
  if (!in) throw input_error(path, message("error.permission"));
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {  // a FIFO has no size to check up front
    text.append(buf, static_cast<std::size_t>(in.gcount()));
    if (text.size() > limit) throw too_large();
  }
  return text;
}

nlohmann::json context::read_json(const std::string& path) const {
  const std::string shown = path == "-" ? "<stdin>" : path;
  return format::parse_json(read_input(path), shown, json_limits);
}

void rethrow_in_file(const std::string& file, const std::exception_ptr& e) {
  try {
    std::rethrow_exception(e);
  } catch (const input_error& err) {
    if (err.where().rfind(file, 0) == 0) throw;  // already names the file (a JSON syntax error)
    throw input_error(err.where().empty() ? file : file + ": " + err.where(), err);
  }
}

format::case_file context::read_case_file(const std::string& path) const {
  const std::string shown = path == "-" ? "<stdin>" : path;
  const auto doc = read_json(path);
  try {
    return format::case_file_from_json(doc);
  } catch (const input_error&) {
    rethrow_in_file(shown, std::current_exception());
  }
}

}  // namespace hashigo::cli
