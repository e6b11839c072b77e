#pragma once
// Reading a pack's files from disk and digesting them; no Lua here.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace hashigo::pack {

/// The folder under a rules root whose modules every pack may `require` (rules/lib/). It is not a
/// region: no pack may be called so.
inline constexpr const char* shared_lib_folder = "lib";

/// Reads a whole file as bytes (line numbers must match what the author sees). Throws
/// script_error RULE001 naming the file when it cannot be read.
std::string read_pack_file(const std::filesystem::path& path, const std::string& display_name);

/// The regions (sub-folders with a pack.lua, other than shared_lib_folder) under a rules root, sorted.
std::vector<std::string> list_regions(const std::filesystem::path& rules_root);

/// What a pack can run, read once: every file of its folders and of the shared module folder.
struct pack_files {
  std::string digest;                         ///< SHA-256 over `names` and their bytes
  std::vector<std::string> names;             ///< `<root>/<region>/<file>`, sorted
  std::map<std::string, std::string> bytes;   ///< by name: what the loader runs is what was digested
};

/// Reads and digests every file of the given pack folders, of `<root>/lib/` (every pack may
/// require its modules, so a change there changes every pack's digest) and the shared
/// bibliography `<root>/references.lua` (it changes what explanations cite), except `tests/` folders
/// (tests do not change decisions). Length-prefixed names and contents, sorted by name.
/// Throws script_error RULE001 naming the file or folder that cannot be read.
pack_files digest_packs(const std::filesystem::path& rules_root, const std::vector<std::string>& regions,
                        bool keep_bytes = true);

}  // namespace hashigo::pack
