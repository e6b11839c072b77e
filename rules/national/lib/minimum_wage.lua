-- The minimum wage that binds an employer: the 地域別最低賃金 of the prefecture where the person
-- works (最低賃金法 第9条・第10条), read from the household's prefecture. When the prefecture is
-- not recorded or has no table here, the pack's home prefecture (parameter home_prefecture) stands
-- in, and the reason says so; a pack with no home prefecture (national) falls back to the national
-- weighted average, which is no one's legal minimum. `local minimum_wage = require("minimum_wage")`.
local contains = require("lists").contains

local minimum_wage = {}

-- A prefecture's minimum wage as reasons name it: 神奈川県最低賃金 / Kanagawa minimum wage.
local function wage_name(pref_name)
  return { ja = pref_name.ja .. "最低賃金", en = pref_name.en .. " minimum wage" }
end

---The parameter that stands in when the case's prefecture has no table, and what it is called:
---the home prefecture's minimum_wage_<code>, or minimum_wage_yen in a pack without one.
---@param ctx hashigo.Ctx
---@return string name a numeric parameter's name, for ctx.at_least / ctx.below / ctx.param
---@return hashigo.Text label e.g. 千葉県最低賃金 / Chiba minimum wage
function minimum_wage.home(ctx)
  local home = ctx.param("home_prefecture")
  if home.code == nil then return "minimum_wage_yen", ctx.param("minimum_wage_fallback") end
  return "minimum_wage_" .. home.code, wage_name(home)
end

---The minimum wage in force on as_of for the case, in yen an hour, and what it is (for reasons).
---@param case hashigo.Case
---@param ctx hashigo.Ctx
---@return number yen
---@return hashigo.Text label e.g. 神奈川県最低賃金 / Kanagawa minimum wage
function minimum_wage.in_force(case, ctx)
  local pref = case.household.prefecture
  local name = case.household.prefecture_name
  if pref ~= nil and contains(ctx.param("minimum_wage_prefectures"), pref) then
    return ctx.param("minimum_wage_" .. pref), wage_name({ ja = name and name.ja or pref, en = name and name.en or pref })
  end
  local param, fallback = minimum_wage.home(ctx)
  if pref == nil then
    return ctx.param(param), { ja = fallback.ja .. "（都道府県不明）", en = fallback.en .. " (prefecture not recorded)" }
  end
  return ctx.param(param), {
    ja = string.format("%s（%sの表なし）", fallback.ja, name and name.ja or pref),
    en = string.format("%s (no table for %s)", fallback.en, name and name.en or pref),
  }
end

---The first active placement on an employment contract paid below the home prefecture's minimum
---wage (the regions' MW-01 / OS-33), and that wage in yen; nil when every contract pays it.
---@param case hashigo.Case
---@param ctx hashigo.Ctx
---@return hashigo.Placement|nil
---@return number|nil yen
function minimum_wage.underpaid(case, ctx)
  local wage = minimum_wage.home(ctx)
  for _, p in ipairs(case.placements) do
    if p.active and p.contract == "employment" and p.wage_per_hour_yen ~= nil
      and ctx.below("wage_per_hour_yen", p.wage_per_hour_yen, wage) then
      return p, ctx.param(wage)
    end
  end
  return nil
end

return minimum_wage
