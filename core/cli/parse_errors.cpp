#include "parse_errors.hpp"

#include <hashigo/error.hpp>

#include <regex>
#include <string_view>

namespace hashigo::cli {

namespace {

// One form of CLI11's message (its Error.hpp and Validators.hpp) and the catalogue id that says it;
// the capture groups are the placeholders, in order. The more specific forms come first.
struct form {
  std::regex pattern;
  std::string_view id;
};

const std::vector<form>& forms() {
  static const std::vector<form> all = {
      {std::regex("^A subcommand is required$"), "usage.subcommand_required"},
      {std::regex("^The following arguments? (?:was|were) not expected: (.*)$"), "usage.not_expected"},
      {std::regex("^(\\S+): [0-9]+ required \\S+ missing$"), "usage.value_missing"},
      {std::regex("^(\\S+): (.*) not in \\{(.*)\\}$"), "usage.not_allowed"},
      {std::regex("^The value (.*) is not an allowed value for (\\S+)$"), "usage.not_allowed_value"},
      {std::regex("^Could not convert: (\\S+) = (.*)$"), "usage.not_convertible"},
      {std::regex("^(\\S+): (\\S+) unit not recognized\\. Allowed values: \\{(.*)\\}$"), "usage.not_allowed"},
      {std::regex("^(\\S+) excludes (\\S+)$"), "usage.excludes"},
      {std::regex("^(\\S+) requires (\\S+)$"), "usage.requires"},
      {std::regex("^(\\S+) is required$"), "usage.required"},
  };
  return all;
}

}  // namespace

std::string parse_error_text(context& ctx, const std::string& english) {
  if (ctx.language() != "ja") return english;
  std::smatch m;
  for (const auto& f : forms()) {
    if (!std::regex_match(english, m, f.pattern)) continue;
    std::vector<message_arg> args;
    for (std::size_t i = 1; i < m.size(); ++i) args.push_back({m[i].str()});
    return message::with(std::string(f.id), std::move(args)).render("ja");
  }
  return english;
}

}  // namespace hashigo::cli
