#pragma once
// Resource accounting shared by the allocator, the count hook and host functions (S2, S3).
#include <lua.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace hashigo::lua {

/// The hook fires after this many VM instructions (HAProxy measured 500..10000 as free).
inline constexpr int hook_every = 1000;

/// Memory and instruction accounting for one state. Owned by `state`, declared before the
/// lua_State so it outlives lua_close (which frees through the allocator).
struct budget {
  std::size_t used = 0;             ///< bytes currently allocated by the state
  std::size_t limit = 0;            ///< cap in bytes, for `used` and `host` together
  /// Bytes the host copied out of the state during the current protected call (check records,
  /// outcomes as JSON): they grow with what a rule does as surely as its own allocations.
  std::size_t host = 0;
  std::int64_t ticks_start = 0;     ///< instruction budget given to the current protected call
  std::int64_t ticks_left = 0;      ///< what remains of it
  bool exhausted = false;           ///< set once the budget ran out; cleared by `arm`
  std::int64_t wall_clock_ms = 0;   ///< wall-clock backstop of the current protected call (0 = off)
  std::chrono::steady_clock::time_point deadline{};  ///< when that backstop runs out
  unsigned costly_calls = 0;        ///< calls of costly library functions (the clock is read every 16th)
  bool timed_out = false;           ///< `exhausted` because of the wall clock, not the count
  bool panicked = false;            ///< the panic function ran: the state is corrupt
};

/// lua_Alloc with a hard cap on `used + host`; refuses growth only (ltests.c `debug_realloc`,
/// HAProxy `hlua_alloc`).
void* capped_alloc(void* ud, void* ptr, std::size_t osize, std::size_t nsize) noexcept;

/// Allocations (new blocks and blocks grown) that Lua states made on this thread so far: the
/// benchmark tells Lua's own allocations (tables a rule returns) from the host's with it.
std::uint64_t allocations_on_this_thread() noexcept;

/// Stores `b` in the state's extra space (coroutines would inherit the pointer).
void attach_budget(lua_State* L, budget* b) noexcept;
/// The budget attached to `L`.
budget& budget_of(lua_State* L) noexcept;

/// Gives the state a fresh instruction budget and wall-clock deadline and installs the count hook
/// (every `hook_every` instructions). The count cannot see work done inside library functions or
/// single VM instructions (comparing two long strings, `utf8.len` of an 8 MB string; table.sort
/// charges its comparisons itself), so a loop of such calls could run for hours within 1M instructions; the
/// deadline, checked every `hook_every` instructions and every 16th call of a costly library
/// function (count_costly_call), stops it. It is a backstop: rules that respect the count never
/// come near it.
void arm_budget(lua_State* L, std::int64_t instructions, std::int64_t wall_clock_ms) noexcept;

/// Called by the sandbox's wrappers of library functions whose one call can take long (they loop
/// over a string or a table in C): every 16th call reads the wall clock, and raises once past the
/// deadline. A call hook did this for every call, cheap ones included, at 4% of an evaluation.
// stack: [] -> [] (may raise)
void count_costly_call(lua_State* L);

/// Charges `ticks` instructions for work done in C (pattern matching); raises the budget error
/// when that exhausts the budget.
// stack: [] -> [] (may raise)
void charge_budget(lua_State* L, std::int64_t ticks);

/// Counts `bytes` of host copies against the memory cap; raises RULE004 at the calling rule's
/// line when they do not fit (nothing is copied then). Reset by arm_budget.
// stack: [] -> [] (may raise)
void charge_host_memory(lua_State* L, std::size_t bytes);

/// "16 MiB", "512 KiB" or "1000 bytes".
std::string human_size(std::size_t bytes);

/// "instruction budget exhausted (N instructions)" or "time limit exceeded (...)".
std::string budget_message(const budget& b);

/// Raises "instruction budget exhausted" (or "time limit exceeded") and re-arms the hook with
/// count 1 so that a script cannot swallow the error with pcall (Redis `luaMaskCountHook`).
// stack: [] -> (raises)
[[noreturn]] void raise_budget_exhausted(lua_State* L, int level);

}  // namespace hashigo::lua
