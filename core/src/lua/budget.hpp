#pragma once
// Resource accounting shared by the allocator, the count hook and host functions (S2, S3).
#include <lua.hpp>

#include <cstddef>
#include <cstdint>

namespace hashigo::lua {

/// The hook fires after this many VM instructions (HAProxy measured 500..10000 as free).
inline constexpr int hook_every = 1000;

/// Memory and instruction accounting for one state. Owned by `state`, declared before the
/// lua_State so it outlives lua_close (which frees through the allocator).
struct budget {
  std::size_t used = 0;             ///< bytes currently allocated by the state
  std::size_t limit = 0;            ///< allocator cap in bytes
  std::int64_t ticks_start = 0;     ///< instruction budget given to the current protected call
  std::int64_t ticks_left = 0;      ///< what remains of it
  bool exhausted = false;           ///< set once the budget ran out; cleared by `arm`
  bool panicked = false;            ///< the panic function ran: the state is corrupt
};

/// lua_Alloc with a hard cap; refuses growth only (ltests.c `debug_realloc`, HAProxy `hlua_alloc`).
void* capped_alloc(void* ud, void* ptr, std::size_t osize, std::size_t nsize) noexcept;

/// Stores `b` in the state's extra space (coroutines would inherit the pointer).
void attach_budget(lua_State* L, budget* b) noexcept;
/// The budget attached to `L`.
budget& budget_of(lua_State* L) noexcept;

/// Gives the state a fresh instruction budget and installs the count hook (every `hook_every`).
void arm_budget(lua_State* L, std::int64_t instructions) noexcept;

/// Charges `ticks` instructions for work done in C (pattern matching); raises the budget error
/// when that exhausts the budget.
// stack: [] -> [] (may raise)
void charge_budget(lua_State* L, std::int64_t ticks);

/// Raises "instruction budget exhausted" and re-arms the hook with count 1 so that a script
/// cannot swallow the error with pcall (Redis `luaMaskCountHook`).
// stack: [] -> (raises)
[[noreturn]] void raise_budget_exhausted(lua_State* L, int level);

}  // namespace hashigo::lua
