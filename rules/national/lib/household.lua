-- Household tables of the national pack (JR-04 基準額, HK-02 住宅扶助基準): parameters indexed by
-- household size. `local household = require("household")`.
local household = {}

---The entry of the household-size table parameter `name` for a household of `size` (larger
---households use the last entry).
---@param ctx hashigo.Ctx
---@param name string
---@param size integer|nil
---@return number
function household.by_size(ctx, name, size)
  local t = ctx.param(name)
  local n = math.max(1, math.min(size or 1, #t))
  return t[n]
end

return household
