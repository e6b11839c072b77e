#pragma once
// The bibliography rules and parameters cite by id (`rules/references.lua`, shared by every pack,
// and a region's own `rules/<region>/references.lua`), and the resolution of `references` lists
// against it: a citation names a document a reader can find, never a working file name.
#include <hashigo/pack/summary.hpp>

#include "pack/files.hpp"

#include "lua/sandbox.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace hashigo::pack {

/// The file of the shared bibliography, directly under the rules root.
inline constexpr const char* bibliography_file = "references.lua";

/// Runs `<root_name>/references.lua` and each region's `<root_name>/<region>/references.lua` that
/// `files` holds (the digested bytes) as data in `st`, checks every entry (RULE005 naming the file
/// and the field: unknown keys, a kind outside document_kinds(), a malformed date, an id defined
/// twice) and sets `out.bibliography`, sorted by id.
void load_bibliography(lua::state& st, const std::string& root_name, const std::vector<std::string>& regions,
                       const pack_files& files, summary& out);

/// Resolves `{ { id = …, section = …, quote = … }, … }` against `meta.bibliography`. `location`
/// (file or file:line) and `field` (e.g. `rule SU-02: references`) name the place in RULE005
/// errors: an id the bibliography does not have, an unknown key, a value of the wrong type.
std::vector<reference> resolve_references(const summary& meta, const nlohmann::json& list, const std::string& location,
                                          const std::string& field);

/// `note = "…"` or `{ ja = "…", en = "…" }`; RULE005 at `location` naming `field` otherwise.
cases::localized note_from(const nlohmann::json& j, const std::string& location, const std::string& field);

}  // namespace hashigo::pack
