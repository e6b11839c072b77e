#include "pack/files.hpp"

#include "lua/sandbox.hpp"

#include <hashigo/sha256.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <fstream>

namespace hashigo::pack {

namespace fs = std::filesystem;
using lua::script_error;
namespace codes = lua::codes;

std::string read_pack_file(const fs::path& path, const std::string& display_name) {
  // One read of the whole file: a cold `hashigo eval` reads every file of the pack.
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw script_error(codes::load, display_name, "cannot read the file", "");
  const std::streamoff size = in.tellg();
  std::string bytes(size > 0 ? static_cast<std::size_t>(size) : 0, '\0');
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (in.gcount() != static_cast<std::streamsize>(bytes.size()))
    throw script_error(codes::load, display_name, "cannot read the file (it changed while being read)", "");
  return bytes;
}

std::vector<std::string> list_regions(const fs::path& rules_root) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(rules_root, ec))
    if (entry.is_directory() && entry.path().filename() != shared_lib_folder && fs::exists(entry.path() / "pack.lua"))
      out.push_back(entry.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

// Adds the files under `dir` (recursively, but not tests/) as `<root>/<relative path>`.
void list_files(const fs::path& rules_root, const fs::path& dir, std::vector<std::pair<std::string, fs::path>>& files) {
  const std::string root_name = rules_root.filename().string();
  // A link loop or an unreadable folder inside a pack is the pack's problem, named as such.
  std::error_code ec;
  auto it = fs::recursive_directory_iterator(dir, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code kind_ec;
    const bool is_dir = it->is_directory(kind_ec);
    const bool is_file = !kind_ec && it->is_regular_file(kind_ec);
    if (kind_ec)
      throw script_error(codes::load, root_name + "/" + it->path().lexically_relative(rules_root).generic_string(),
                         fmt::format("cannot read the file ({})", kind_ec.message()), "");
    if (is_dir && it->path().filename() == "tests") {
      it.disable_recursion_pending();
      continue;
    }
    if (!is_file) continue;
    // Lexically: fs::relative resolves symbolic links, a system call per path component.
    files.emplace_back(root_name + "/" + it->path().lexically_relative(rules_root).generic_string(), it->path());
  }
  if (ec)
    throw script_error(codes::load, root_name + "/" + dir.lexically_relative(rules_root).generic_string(),
                       fmt::format("cannot read the pack's files ({})", ec.message()), "");
}

}  // namespace

pack_files digest_packs(const fs::path& rules_root, const std::vector<std::string>& regions, bool keep_bytes) {
  std::vector<std::pair<std::string, fs::path>> files;
  for (const auto& region : regions) list_files(rules_root, rules_root / region, files);
  const fs::path shared = rules_root / shared_lib_folder;
  std::error_code ec;
  if (fs::is_directory(shared, ec)) list_files(rules_root, shared, files);
  // The shared bibliography: what explanations cite, so a change to it changes every digest.
  const fs::path bibliography = rules_root / "references.lua";
  if (fs::is_regular_file(bibliography, ec))
    files.emplace_back(rules_root.filename().string() + "/references.lua", bibliography);
  std::sort(files.begin(), files.end());
  pack_files out;
  sha256 h;
  for (const auto& [name, path] : files) {
    std::string bytes = read_pack_file(path, name);
    // length-prefixed, so no two different file sets can produce the same byte stream
    h.update(fmt::format("{}\n{}\n", name, bytes.size()));
    h.update(bytes);
    out.names.push_back(name);
    if (keep_bytes) out.bytes[name] = std::move(bytes);
  }
  out.digest = h.hex();
  return out;
}

}  // namespace hashigo::pack
