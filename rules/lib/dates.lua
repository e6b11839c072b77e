-- Calendar months on `YYYY-MM-DD` dates (ctx.add_days counts days). Shared by every pack:
-- `local dates = require("dates")`.
local dates = {}

local function parts(day)
  return tonumber(string.sub(day, 1, 4)), tonumber(string.sub(day, 6, 7)), tonumber(string.sub(day, 9, 10))
end

---The first day of the month `months` after the month of `day`.
---@param day hashigo.Date
---@param months integer
---@return hashigo.Date
function dates.month_start_after(day, months)
  local y, m = parts(day)
  local total = y * 12 + (m - 1) + months
  return string.format("%04d-%02d-01", total // 12, total % 12 + 1)
end

---`day` plus `months` calendar months, the day of the month kept up to the 28th (a due date
---that exists in every month).
---@param day hashigo.Date
---@param months integer
---@return hashigo.Date
function dates.add_months(day, months)
  local y, m, d = parts(day)
  local total = y * 12 + (m - 1) + months
  return string.format("%04d-%02d-%02d", total // 12, total % 12 + 1, math.min(d, 28))
end

return dates
