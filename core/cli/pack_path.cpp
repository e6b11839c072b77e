#include "pack_path.hpp"

#include <hashigo/error.hpp>

#include <fmt/format.h>

namespace hashigo::cli {

pack_path resolve_pack(const context& ctx, const std::string& arg) {
  std::filesystem::path p(arg);
  while (!p.empty() && p.filename().empty()) p = p.parent_path();  // drop a trailing slash
  std::error_code ec;
  if (p.has_parent_path() && std::filesystem::is_directory(p, ec))
    return {std::filesystem::absolute(p.parent_path()), p.filename().string()};
  if (p.has_parent_path())
    throw input_error(arg, ec ? message("error.pack_folder_unreadable", ec.message())
                              : message("error.no_pack_folder"));
  const auto root = ctx.rules_root.empty() ? engine::engine::default_rules_root() : std::filesystem::path(ctx.rules_root);
  return {root, p.string()};
}

}  // namespace hashigo::cli
