#pragma once
// Synthetic cases for `make bench`: deterministic event histories (std::mt19937_64, fixed seed)
// that walk a person month by month over the national ladder, varying the stage and rung,
// attendance, goals, wages, placements, FDP assessments, household finance, programmes,
// referrals, contacts, moves, suspensions and closures. Each case is folded like a real one.
#include <hashigo/case/state.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace hashigo::bench {

/// One generated case: its header, its events (sorted as fold reads them) and the day to decide on.
struct synthetic_case {
  cases::case_header header;
  std::vector<cases::event> events;
  date as_of;
};

/// The seed every run uses (change it and every figure in docs/performance.md changes).
inline constexpr std::uint64_t default_seed = 0x68617368'69676f31ULL;  // "hashigo1"

/// Case number `index` of the sequence seeded by `seed`: the same (seed, index) always gives the
/// same case, independently of the other cases, so batches can be regenerated on demand.
synthetic_case make_case(std::uint64_t seed, std::uint64_t index);

/// Generates cases [first, first + n) and folds each at its as_of (throws if the generator ever
/// produced an impossible history: that is a bug in the generator).
std::vector<cases::case_state> make_states(std::uint64_t seed, std::uint64_t first, std::size_t n);

/// What the generated population looks like (printed before the benchmarks run).
struct population_stats {
  std::size_t cases = 0;
  std::size_t events = 0;
  std::size_t by_stage[5] = {};
  std::size_t with_placement = 0;
  std::size_t with_plan = 0;
  std::size_t closed = 0;
  std::size_t suspended = 0;
};
population_stats describe(const std::vector<cases::case_state>& states);

}  // namespace hashigo::bench
