-- Household tables of the national pack (JR-04 基準額, HK-02 住宅扶助基準): parameters indexed by
-- household size. `local household = require("household")`.
local household = {}

---The entry of the household-size table parameter `name` for a household of `size` (larger
---households use the last entry). nil when that entry is `false`: the region's source gives no
---value for that size, and none is made up.
---@param ctx hashigo.Ctx
---@param name string
---@param size integer|nil
---@return number|nil
function household.by_size(ctx, name, size)
  local t = ctx.param(name)
  local n = math.max(1, math.min(size or 1, #t))
  return t[n] or nil
end

---When the 基準額 or the 住宅扶助基準 table gives no value for the household's size: a reason
---saying so; otherwise nil.
---@param ctx hashigo.Ctx
---@param size integer|nil
---@return hashigo.Text|nil
function household.gap(ctx, size)
  local missing = {}
  if household.by_size(ctx, "kijungaku_by_size", size) == nil then missing[#missing + 1] = "kijungaku_by_size" end
  if household.by_size(ctx, "jutaku_fujo_by_size", size) == nil then missing[#missing + 1] = "jutaku_fujo_by_size" end
  if #missing == 0 then return nil end
  local names = table.concat(missing, ", ")
  return {
    ja = string.format("%d人世帯の基準額・住宅扶助基準が地域の表にない（出典に記載なし: %s）：市町村の表で判断する", size or 1, names),
    en = string.format("the region's table has no line for a household of %d (not given by its source: %s): decide on the municipality's own table", size or 1, names),
  }
end

return household
