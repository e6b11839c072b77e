-- The minimum wage that binds an employer: the 地域別最低賃金 of the prefecture where the person
-- works (最低賃金法 第9条・第10条), read from the household's prefecture. The national weighted
-- average is no one's legal minimum; it is used only when the prefecture is not recorded or has
-- no table here, and the reason says so. `local minimum_wage = require("minimum_wage")`.
local contains = require("lists").contains

local minimum_wage = {}

---The minimum wage in force on as_of for the case, in yen an hour, and what it is (for reasons).
---@param case hashigo.Case
---@param ctx hashigo.Ctx
---@return number yen
---@return hashigo.Text label e.g. 神奈川県最低賃金 / Kanagawa minimum wage
function minimum_wage.in_force(case, ctx)
  local pref = case.household.prefecture
  local name = case.household.prefecture_name
  if pref ~= nil and contains(ctx.param("minimum_wage_prefectures"), pref) then
    return ctx.param("minimum_wage_" .. pref), {
      ja = (name and name.ja or pref) .. "最低賃金",
      en = (name and name.en or pref) .. " minimum wage",
    }
  end
  local fallback = ctx.param("minimum_wage_fallback")
  if pref == nil then
    return ctx.param("minimum_wage_yen"), { ja = fallback.ja .. "（都道府県不明）", en = fallback.en .. " (prefecture not recorded)" }
  end
  return ctx.param("minimum_wage_yen"), {
    ja = string.format("%s（%sの表なし）", fallback.ja, name and name.ja or pref),
    en = string.format("%s (no table for %s)", fallback.en, name and name.en or pref),
  }
end

return minimum_wage
