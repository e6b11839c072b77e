#pragma once
// `rules/<region>` on the command line names both the rules root and the region.
#include "context.hpp"

#include <filesystem>
#include <string>

namespace hashigo::cli {

struct pack_path {
  std::filesystem::path root;
  std::string region;
};

/// Splits `rules/chiba` (or `rules/chiba/`) into root and region; a bare name (`chiba`) uses
/// the context's rules root.
pack_path resolve_pack(const context& ctx, const std::string& arg);

}  // namespace hashigo::cli
