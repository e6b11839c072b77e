#pragma once
// Reading a pack's files from disk and digesting them; no Lua here.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace hashigo::lua {

/// Reads a whole file as bytes (line numbers must match what the author sees). Throws
/// script_error RULE001 naming the file when it cannot be read.
std::string read_pack_file(const std::filesystem::path& path, const std::string& display_name);

/// The regions (sub-folders with a pack.lua) under a rules root, sorted.
std::vector<std::string> list_regions(const std::filesystem::path& rules_root);

/// SHA-256 over the sorted relative paths and contents of every file of the given pack folders
/// except their tests/ (tests do not change decisions). The names (`<root>/<region>/<file>`) go
/// to `files_out`; with `bytes_out`, so do the bytes digested, so that a loader runs exactly them.
std::string digest_packs(const std::filesystem::path& rules_root, const std::vector<std::string>& regions,
                         std::vector<std::string>& files_out,
                         std::map<std::string, std::string>* bytes_out = nullptr);

}  // namespace hashigo::lua
