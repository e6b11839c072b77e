// The capped allocator and the instruction-count hook (lua-host.md S2, S3).
#include "lua/budget.hpp"

#include <cstdlib>
#include <cstring>

namespace hashigo::lua {

void* capped_alloc(void* ud, void* ptr, std::size_t osize, std::size_t nsize) noexcept {
  auto* b = static_cast<budget*>(ud);
  if (ptr == nullptr) osize = 0;  // osize is a type tag (LUA_TSTRING, ...) when ptr is NULL
  if (nsize == 0) {
    std::free(ptr);
    b->used -= osize;
    return nullptr;
  }
  if (nsize > osize && (b->used > b->limit || nsize - osize > b->limit - b->used))
    return nullptr;  // refuse growth only; written so that huge requests cannot overflow
  void* p = std::realloc(ptr, nsize);
  if (p != nullptr) b->used = b->used - osize + nsize;
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

// Count hook: draws `hook_every` instructions per call from the shared budget.
void budget_hook(lua_State* L, lua_Debug*) {
  budget& b = budget_of(L);
  b.ticks_left -= b.exhausted ? 1 : hook_every;
  if (b.exhausted || b.ticks_left <= 0) raise_budget_exhausted(L, 0);
}

}  // namespace

void arm_budget(lua_State* L, std::int64_t instructions) noexcept {
  budget& b = budget_of(L);
  b.ticks_start = instructions;
  b.ticks_left = instructions;
  b.exhausted = false;
  lua_sethook(L, budget_hook, LUA_MASKCOUNT, hook_every);  // also resets the hook counter
}

void charge_budget(lua_State* L, std::int64_t ticks) {
  budget& b = budget_of(L);
  b.ticks_left -= ticks;
  if (b.exhausted || b.ticks_left <= 0) raise_budget_exhausted(L, 1);
}

void raise_budget_exhausted(lua_State* L, int level) {
  budget& b = budget_of(L);
  b.exhausted = true;
  lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);  // fire on every instruction from now on
  // Level 0 inside a hook is the interrupted Lua function; level 1 from a C function is its caller.
  luaL_where(L, level);
  lua_pushfstring(L, "instruction budget exhausted (%I instructions)",
                  static_cast<LUAI_UACINT>(b.ticks_start));
  lua_concat(L, 2);
  lua_error(L);
  std::abort();  // not reached: lua_error does not return
}

}  // namespace hashigo::lua
