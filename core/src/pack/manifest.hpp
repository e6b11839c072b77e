#pragma once
// The manifest of a pack: its pack.lua and those of the packs it extends, read in the sandbox,
// checked key by key and merged base first (docs/rules-authoring.md, "The pack model").
#include <hashigo/pack/summary.hpp>

#include "lua/sandbox.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace hashigo::pack {

/// One pack.lua of an extends chain, as it returned.
struct manifest_layer {
  std::string region;
  std::string file;    ///< `rules/<region>/pack.lua`, as errors name it
  nlohmann::json meta;
};

/// Runs `<root>/<region>/pack.lua` and those of the packs it extends in `st`, the region first.
/// Throws input_error for a region that is not a pack, script_error RULE001 for a missing or
/// cyclic `extends` and RULE005 for a pack.lua that does not return a table.
std::vector<manifest_layer> read_chain(lua::state& st, const std::filesystem::path& rules_root, const std::string& region);

/// Checks every layer's keys and shapes (RULE005 naming the file and key) and merges the layers,
/// base first, into the manifest part of `out` (all but region, digest, files, bibliography and
/// rules). `out.bibliography` must be loaded: `sources` and parameter references cite it.
void merge_manifest(const std::vector<manifest_layer>& chain, summary& out);

}  // namespace hashigo::pack
