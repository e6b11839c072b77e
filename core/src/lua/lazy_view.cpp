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

// stack: [] -> [value] | []
bool lazy_view::load(lua_State* L, int real, int field, int key) {
  const int top = lua_gettop(L);
  {
    readonly_builder out(L, qualified_[static_cast<std::size_t>(field)].c_str(),
                         pools_[static_cast<std::size_t>(field)].get());
    (*writer_)(field, out);
  }
  if (lua_gettop(L) == top) return false;
  if (key > 0) {
    lua_pushvalue(L, key);  // the string the rule read: no need to make it again
  } else {
    lua_rawgeti(L, LUA_REGISTRYINDEX, keys_ref_);
    lua_rawgeti(L, -1, field + 1);  // [value, keys, key]
    lua_remove(L, -2);
  }
  lua_pushvalue(L, -2);  // [value, key, value]
  lua_rawset(L, real);   // [value]
  loaded_.push_back(field);
  return true;
}

// __index of the real table, reached when a read finds no such field there. Upvalue 2 maps each
// field's name to its index + 1: one table read finds it.
// stack: [real, key] -> [value] | [nil]
int lazy_view::index(lua_State* L) {
  auto* self = static_cast<lazy_view*>(lua_touserdata(L, lua_upvalueindex(1)));
  if (!self->writer_ || lua_type(L, 2) != LUA_TSTRING) return 0;
  lua_pushvalue(L, 2);
  lua_rawget(L, lua_upvalueindex(2));  // [real, key, index + 1 | nil]
  const auto field = static_cast<int>(lua_tointeger(L, -1)) - 1;
  lua_pop(L, 1);
  if (field < 0) return 0;
  return self->load(L, 1, field, 2) ? 1 : 0;
}

// Completes the real table before something walks it.
// stack: [real] -> []
int lazy_view::load_all(lua_State* L) {
  auto* self = static_cast<lazy_view*>(lua_touserdata(L, lua_upvalueindex(1)));
  if (!self->writer_) return 0;
  for (int f = 0; f < static_cast<int>(self->fields_.size()); ++f) {
    if (std::find(self->loaded_.begin(), self->loaded_.end(), f) != self->loaded_.end()) continue;
    if (self->load(L, 1, f, 0)) lua_pop(L, 1);
  }
  return 0;
}

// stack: [proxy] -> [proxy]
void lazy_view::arm(lua_State* L, const field_writer* writer) {
  lua_getmetatable(L, -1);         // [proxy, mt]
  lua_pushliteral(L, "__index");
  lua_rawget(L, -2);               // [proxy, mt, real]
  const int real = lua_gettop(L);
  if (keys_ref_ == LUA_NOREF) {  // the field names as Lua strings, made once: [i] is field i - 1
    lua_createtable(L, static_cast<int>(fields_.size()), 0);
    for (std::size_t i = 0; i < fields_.size(); ++i) {
      lua_pushlstring(L, fields_[i].data(), fields_[i].size());
      lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
    }
    keys_ref_ = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  if (!loaded_.empty()) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, keys_ref_);  // [proxy, mt, real, keys]
    for (const int f : loaded_) {
      lua_rawgeti(L, -1, f + 1);
      lua_pushnil(L);
      lua_rawset(L, real);
    }
    lua_pop(L, 1);
  }
  loaded_.clear();
  if (lua_getmetatable(L, real)) {  // armed before: the pool kept the root table
    lua_pop(L, 1);
  } else {
    lua_createtable(L, 0, 2);       // [proxy, mt, real, loader_mt]
    lua_pushlightuserdata(L, this);
    lua_createtable(L, 0, static_cast<int>(fields_.size()));  // name -> index + 1
    for (std::size_t i = 0; i < fields_.size(); ++i) {
      lua_pushinteger(L, static_cast<lua_Integer>(i + 1));
      lua_setfield(L, -2, fields_[i].c_str());
    }
    lua_pushcclosure(L, index, 2);
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
