#pragma once
/// @file The ladder: which moves between positions are legal. Rules propose; the ladder disposes.
#include <hashigo/case/event.hpp>
#include <hashigo/case/ladder_types.hpp>

#include <map>
#include <string>
#include <vector>

namespace hashigo::cases {

/// The rungs a pack names for each stage, lowest first; a stage without rungs is one position.
struct ladder_spec {
  std::map<stage, std::vector<std::string>> rungs;

  /// True when `p` is a position of this ladder (a declared rung, or no rung on a rung-less stage).
  bool contains(const position& p) const;
  /// The lowest position of a stage.
  position first_of(stage s) const;
  /// The highest position of a stage.
  position last_of(stage s) const;
  /// The position one above (`+1`) or below (`-1`) `p`; nullopt at either end of the ladder.
  std::optional<position> neighbour(const position& p, int direction) const;
};

/// The ladder's answer to a proposed move.
struct move_verdict {
  bool legal = false;
  std::string direction;  ///< up | down | lateral
  bool skip = false;      ///< more than one stage or rung
  localized why;          ///< why it was refused (empty when legal)
};

/// Decides whether a case in `status` at `from` may move to `to`. A move is one stage (landing
/// on the first rung going up, the last going down) or one rung; anything further is a skip,
/// legal only when `skip_allowed` (the proposing rule says it may skip). Nothing moves a closed
/// or suspended case, and `to` must be a position of `spec`.
move_verdict check_move(const ladder_spec& spec, process_status status, const position& from,
                        const position& to, bool skip_allowed);
/// The same into `out`, whose strings keep their capacity (no allocation once they have grown).
void check_move(const ladder_spec& spec, process_status status, const position& from, const position& to,
                bool skip_allowed, move_verdict& out);

}  // namespace hashigo::cases
