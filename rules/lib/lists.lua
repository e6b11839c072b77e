-- Lists as rules read them (parameters such as `commuter_kinds`, case fields such as `concerns`).
-- Shared by every pack: `local lists = require("lists")`.
local lists = {}

---True when `value` is an element of `list` (nil: no list, false).
---@param list any[]|nil
---@param value any
---@return boolean
function lists.contains(list, value)
  if list == nil then return false end
  for _, v in ipairs(list) do
    if v == value then return true end
  end
  return false
end

---True when any of `values` is an element of `list`.
---@param list any[]|nil
---@param values any[]
---@return boolean
function lists.any_of(list, values)
  for _, v in ipairs(values) do
    if lists.contains(list, v) then return true end
  end
  return false
end

return lists
