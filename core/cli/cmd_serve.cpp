// `hashigo serve`: runs the HTTP server program (hashigo-serve) that sits beside this one. It is
// a program of its own because it links cpp-httplib, a shared library, and `hashigo` keeps its
// runtime linked in statically for a fast start (docs/performance.md); the two must not meet.
#include "context.hpp"

#include <hashigo/error.hpp>

#include <unistd.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace hashigo::cli {

void add_serve_command(CLI::App& app, context& ctx) {
  // Listed in --help; forward_serve runs the server before this parser sees `serve`.
  app.add_subcommand("serve", ctx.msg("help.serve"));
}

void forward_serve(int argc, char** argv, context& ctx) {
  // The global options (and their values) may come before `serve`; they go to the server too.
  int at = 1;
  while (at < argc) {
    const std::string_view a = argv[at];
    if (a == "--db" || a == "--rules" || a == "--lang" || a == "--max-input-size") {
      at += 2;
    } else if (a.rfind("--db=", 0) == 0 || a.rfind("--rules=", 0) == 0 || a.rfind("--lang=", 0) == 0 ||
               a.rfind("--max-input-size=", 0) == 0) {
      ++at;
    } else {
      break;
    }
  }
  if (at >= argc || std::string_view(argv[at]) != "serve") return;
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  const auto program = (ec ? std::filesystem::path(".") : self.parent_path()) / "hashigo-serve";
  std::vector<std::string> args{program.string()};
  bool lang_given = false;
  for (int i = 1; i < argc; ++i) {
    if (i == at) continue;
    const std::string_view a = argv[i];
    lang_given = lang_given || a == "--lang" || a.rfind("--lang=", 0) == 0;
    args.emplace_back(a);
  }
  if (!lang_given) args.insert(args.begin() + 1, {"--lang", ctx.language()});  // the locale, as hashigo read it
  std::vector<char*> out;
  for (auto& a : args) out.push_back(a.data());
  out.push_back(nullptr);
  ::execv(program.c_str(), out.data());
  throw usage_error(message("error.serve_missing", program.string()));  // execv returns only when it failed
}

}  // namespace hashigo::cli
