-- Paid work in the Kushiro model (Kushiro council presentation: 釧路モデルの分析: 日常生活自立・社会生活自立はペイドワーク０％、
-- 就労自立でペイドワーク１００％へ), as its step and referral rules read it.
-- `local paid_work = require("paid_work")`.
local paid_work = {}

---The share of paid work: hours of paid active placements (a wage, a stipend or an employment
---contract) over the hours of all active placements; nil when no hours are scheduled.
---@param case hashigo.Case
---@return number|nil
function paid_work.share(case)
  local paid, total = 0, 0
  for _, p in ipairs(case.placements) do
    if p.active then
      total = total + p.hours_per_week
      local pays = (p.wage_per_hour_yen or 0) > 0 or (p.stipend_per_shift_yen or 0) > 0 or p.contract == "employment"
      if pays then paid = paid + p.hours_per_week end
    end
  end
  if total <= 0 then return nil end
  return paid / total
end

return paid_work
