#pragma once
// Reading a pack's files from disk and digesting them; no Lua here.
#include <filesystem>
#include <string>
#include <vector>

namespace hashigo::lua {

/// Reads a whole file as bytes (line numbers must match what the author sees). Throws
/// script_error RULE001 naming the file when it cannot be read.
std::string read_pack_file(const std::filesystem::path& path, const std::string& display_name);

/// The regions (sub-folders with a pack.lua) under a rules root, sorted.
std::vector<std::string> list_regions(const std::filesystem::path& rules_root);

/// SHA-256 over the sorted relative paths and contents of every file of the given pack folders
/// except their tests/ (tests do not change decisions).
std::string digest_packs(const std::filesystem::path& rules_root, const std::vector<std::string>& regions,
                         std::vector<std::string>& files_out);

}  // namespace hashigo::lua
