// The capped allocator and the instruction-count hook (lua-host.md S2, S3).
#include "lua/budget.hpp"

#include "lua/host_error.hpp"

#include <cstdlib>
#include <cstring>
#include <string>

namespace hashigo::lua {

namespace {
thread_local std::uint64_t allocations = 0;
}  // namespace

std::uint64_t allocations_on_this_thread() noexcept { return allocations; }

void* capped_alloc(void* ud, void* ptr, std::size_t osize, std::size_t nsize) noexcept {
  auto* b = static_cast<budget*>(ud);
  if (ptr == nullptr) osize = 0;  // osize is a type tag (LUA_TSTRING, ...) when ptr is NULL
  if (nsize == 0) {
    std::free(ptr);
    b->used -= osize;
    return nullptr;
  }
  const std::size_t taken = b->used + b->host;  // both are kept at or below the limit
  if (nsize > osize && (taken > b->limit || nsize - osize > b->limit - taken))
    return nullptr;  // refuse growth only; written so that huge requests cannot overflow
  void* p = std::realloc(ptr, nsize);
  if (p != nullptr) {
    b->used = b->used - osize + nsize;
    if (nsize > osize) ++allocations;
  }
  return p;
}

void attach_budget(lua_State* L, budget* b) noexcept {
  std::memcpy(lua_getextraspace(L), &b, sizeof b);
}

budget& budget_of(lua_State* L) noexcept {
  budget* b = nullptr;
  std::memcpy(&b, lua_getextraspace(L), sizeof b);
  return *b;
}

namespace {

constexpr int hook_mask = LUA_MASKCOUNT;
constexpr unsigned clock_every_calls = 16;  // measured: ~5 ns per call instead of ~25 ns

bool past_deadline(const budget& b) noexcept {
  return b.wall_clock_ms > 0 && std::chrono::steady_clock::now() >= b.deadline;
}

// Count hook: draws `hook_every` instructions per call from the shared budget, and checks the
// wall clock. Once the budget is exhausted it fires on every instruction and re-raises.
void budget_hook(lua_State* L, lua_Debug*) {
  budget& b = budget_of(L);
  b.ticks_left -= b.exhausted ? 1 : hook_every;
  if (!b.exhausted && past_deadline(b)) b.timed_out = true;
  if (b.exhausted || b.timed_out || b.ticks_left <= 0) raise_budget_exhausted(L, 0);
}

}  // namespace

void arm_budget(lua_State* L, std::int64_t instructions, std::int64_t wall_clock_ms) noexcept {
  budget& b = budget_of(L);
  b.ticks_start = instructions;
  b.ticks_left = instructions;
  b.exhausted = false;
  b.timed_out = false;
  b.host = 0;
  b.wall_clock_ms = wall_clock_ms;
  if (wall_clock_ms > 0) b.deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(wall_clock_ms);
  lua_sethook(L, budget_hook, hook_mask, hook_every);  // also resets the hook counter
}

void count_costly_call(lua_State* L) {
  // Reading the clock costs more than the call it guards: every 16th call only. Raises only when
  // first crossing the deadline, at the caller (a message handler runs after, unhindered).
  budget& b = budget_of(L);
  if (++b.costly_calls % clock_every_calls != 0 || b.exhausted) return;
  if (past_deadline(b)) {
    b.timed_out = true;
    raise_budget_exhausted(L, 1);
  }
}

void charge_budget(lua_State* L, std::int64_t ticks) {
  budget& b = budget_of(L);
  b.ticks_left -= ticks;
  if (!b.exhausted && past_deadline(b)) b.timed_out = true;
  if (b.exhausted || b.timed_out || b.ticks_left <= 0) raise_budget_exhausted(L, 1);
}

void charge_host_memory(lua_State* L, std::size_t bytes) {
  budget& b = budget_of(L);
  const std::size_t taken = b.used + b.host;
  if (taken <= b.limit && bytes <= b.limit - taken) {
    b.host += bytes;
    return;
  }
  raise_coded_error(L, codes::memory,
                    "memory limit exceeded (" + human_size(b.limit) +
                        ", counting what the host copied for this evaluation: recorded checks and outcomes)");
}

std::string human_size(std::size_t bytes) {
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  if (bytes >= (1u << 10) && bytes % (1u << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

std::string budget_message(const budget& b) {
  if (b.timed_out)
    return "time limit exceeded (" + std::to_string(b.wall_clock_ms) +
           " ms of wall-clock time; the instruction count cannot see work done inside library "
           "calls such as utf8.len, or comparisons of long strings)";
  return "instruction budget exhausted (" + std::to_string(b.ticks_start) + " instructions)";
}

void raise_budget_exhausted(lua_State* L, int level) {
  budget& b = budget_of(L);
  b.exhausted = true;
  lua_sethook(L, budget_hook, hook_mask, 1);  // fire on every instruction from now on
  // Level 0 inside a count hook is the interrupted Lua function; level 1 from a C function is its
  // caller.
  luaL_where(L, level);
  {
    const std::string message = budget_message(b);  // destroyed before lua_error unwinds
    lua_pushlstring(L, message.data(), message.size());
  }
  lua_concat(L, 2);
  lua_error(L);
  std::abort();  // not reached: lua_error does not return
}

}  // namespace hashigo::lua
