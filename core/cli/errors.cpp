#include "errors.hpp"

#include <fmt/format.h>

#include <string_view>

namespace hashigo::cli {

std::string error_text(context& ctx, const error& e) {
  const std::string message = e.text(ctx.language());
  const std::string_view shown = message;
  if (shown.substr(0, e.code().size() + 1) == e.code() + " " || shown.substr(0, e.code().size() + 1) == e.code() + ":")
    return message;
  return fmt::format("{}: {}", e.code(), message);
}

void fail_with(const engine::decision& d) {
  std::string text = fmt::format("{} {}: {}", d.error->code, d.error->where, d.error->message);
  if (!d.error->traceback.empty()) text += "\n" + d.error->traceback;
  throw rule_error(d.error->code, text);
}

}  // namespace hashigo::cli
