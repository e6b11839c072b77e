#include "pack_names.hpp"

namespace hashigo::cli {

report::code_namer names_over(context& ctx, const std::vector<std::string>& regions) {
  std::vector<labels> packs;
  for (const auto& region : regions) {
    labels own;
    std::swap(own, ctx.names);
    ctx.use_pack_of(region);
    std::swap(own, ctx.names);
    packs.push_back(std::move(own));
  }
  if (!regions.empty()) ctx.use_pack_of(regions.front());  // what the command prints besides
  return [packs = std::move(packs)](std::string_view kind, const std::string& code, const std::string& lang) {
    for (const auto& p : packs)
      if (std::string found = p.find(kind, code, lang); !found.empty()) return found;
    if (kind == "placement")
      for (const auto& p : packs)
        if (std::string found = p.find("rung", code, lang); !found.empty()) return found;
    return std::string();
  };
}

report::code_namer names_of_every_region(context& ctx) {
  std::vector<std::string> regions{"national"};
  try {
    for (const auto& r : ctx.make_engine().regions())
      if (r != "national") regions.push_back(r);
  } catch (const error&) {
    // no usable rules root: the catalogue's names stand in
  }
  return names_over(ctx, regions);
}

}  // namespace hashigo::cli
