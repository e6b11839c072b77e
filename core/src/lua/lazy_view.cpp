#include "lua/lazy_view.hpp"

#include <lua.hpp>

#include <algorithm>

namespace hashigo::lua {

lazy_view::lazy_view(std::string view, std::vector<std::string> fields) : fields_(std::move(fields)) {
  for (const auto& f : fields_) {
    qualified_.push_back(view + "." + f);
    pools_.push_back(std::make_unique<readonly_pool>());
  }
}

lazy_view::~lazy_view() = default;

int lazy_view::find(std::string_view key) const noexcept {
  for (std::size_t i = 0; i < fields_.size(); ++i)
    if (fields_[i] == key) return static_cast<int>(i);
  return -1;
}

// stack: [] -> [value] | []
bool lazy_view::load(lua_State* L, int real, int field) {
  const int top = lua_gettop(L);
  {
    readonly_builder out(L, qualified_[static_cast<std::size_t>(field)].c_str(),
                         pools_[static_cast<std::size_t>(field)].get());
    (*writer_)(field, out);
  }
  if (lua_gettop(L) == top) return false;
  const std::string& name = fields_[static_cast<std::size_t>(field)];
  lua_pushlstring(L, name.data(), name.size());  // [value, key]
  lua_pushvalue(L, -2);                          // [value, key, value]
  lua_rawset(L, real);                           // [value]
  loaded_.push_back(field);
  return true;
}

// __index of the real table, reached when a read finds no such field there.
// stack: [real, key] -> [value] | [nil]
int lazy_view::index(lua_State* L) {
  auto* self = static_cast<lazy_view*>(lua_touserdata(L, lua_upvalueindex(1)));
  if (!self->writer_ || lua_type(L, 2) != LUA_TSTRING) return 0;
  std::size_t n = 0;
  const char* key = lua_tolstring(L, 2, &n);
  const int field = self->find({key, n});
  if (field < 0) return 0;
  return self->load(L, 1, field) ? 1 : 0;
}

// Completes the real table before something walks it.
// stack: [real] -> []
int lazy_view::load_all(lua_State* L) {
  auto* self = static_cast<lazy_view*>(lua_touserdata(L, lua_upvalueindex(1)));
  if (!self->writer_) return 0;
  for (int f = 0; f < static_cast<int>(self->fields_.size()); ++f) {
    if (std::find(self->loaded_.begin(), self->loaded_.end(), f) != self->loaded_.end()) continue;
    if (self->load(L, 1, f)) lua_pop(L, 1);
  }
  return 0;
}

// stack: [proxy] -> [proxy]
void lazy_view::arm(lua_State* L, const field_writer* writer) {
  lua_getmetatable(L, -1);         // [proxy, mt]
  lua_pushliteral(L, "__index");
  lua_rawget(L, -2);               // [proxy, mt, real]
  const int real = lua_gettop(L);
  for (const int f : loaded_) {
    const std::string& name = fields_[static_cast<std::size_t>(f)];
    lua_pushlstring(L, name.data(), name.size());
    lua_pushnil(L);
    lua_rawset(L, real);
  }
  loaded_.clear();
  if (lua_getmetatable(L, real)) {  // armed before: the pool kept the root table
    lua_pop(L, 1);
  } else {
    lua_createtable(L, 0, 2);       // [proxy, mt, real, loader_mt]
    lua_pushlightuserdata(L, this);
    lua_pushcclosure(L, index, 1);
    lua_setfield(L, -2, "__index");
    lua_pushlightuserdata(L, this);
    lua_pushcclosure(L, load_all, 1);
    lua_setfield(L, -2, "load_all");
    lua_setmetatable(L, real);
  }
  lua_pop(L, 2);                    // [proxy]
  writer_ = writer;
}

}  // namespace hashigo::lua
