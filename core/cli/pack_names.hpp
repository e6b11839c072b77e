#pragma once
// Naming codes in a report that spans packs: the monthly statistics (every region's cases in one
// store) and a cohort run (two regions side by side).
#include "context.hpp"

#include <hashigo/report/monthly.hpp>

#include <string>
#include <vector>

namespace hashigo::cli {

/// Names a code by the first of `regions`' packs that declares it (a region's own programme or
/// alert by its own pack), else nothing (the catalogue's name stands in). A placement kind that
/// is a rung is named as the rung. A pack that does not load names nothing.
report::code_namer names_over(context& ctx, const std::vector<std::string>& regions);

/// names_over the national pack first (every region's pack builds on it), then the other
/// regions' packs (their own programmes and alerts); the catalogue's names without a rules root.
report::code_namer names_of_every_region(context& ctx);

}  // namespace hashigo::cli
