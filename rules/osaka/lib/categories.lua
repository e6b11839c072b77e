-- Osaka's categories of people who find it hard to work (pack.lua diversity_categories), as its
-- eligibility, referral and alert rules read them. `local categories = require("categories")`.
local contains = require("lists").contains

local categories = {}

---True when the person falls in category `cat` (see pack.lua diversity_categories): every
---constraint given holds, and at least one signal holds when signals are given.
function categories.in_category(case, ctx, cat)
  local age = case.age
  if cat.age_min ~= nil and (age == nil or age < cat.age_min) then return false end
  if cat.age_max ~= nil and (age == nil or age > cat.age_max) then return false end
  -- age bands that follow a dated parameter (e.g. the サポステ ages: 39 until FY2019, 49 from FY2020)
  if cat.age_max_param ~= nil and (age == nil or age > ctx.param(cat.age_max_param)) then return false end
  if cat.age_over_param ~= nil and (age == nil or age <= ctx.param(cat.age_over_param)) then return false end
  if cat.born_from ~= nil or cat.born_to ~= nil then
    if age == nil then return false end
    local year = tonumber(ctx.as_of:sub(1, 4))
    local latest, earliest = year - age, year - age - 1 -- the birth years this age allows
    if cat.born_from ~= nil and latest < cat.born_from then return false end
    if cat.born_to ~= nil and earliest > cat.born_to then return false end
  end
  if cat.gender ~= nil and case.person.gender ~= cat.gender then return false end
  if cat.household_kind ~= nil and case.household.kind ~= cat.household_kind then return false end
  if cat.housing ~= nil and case.household.housing ~= cat.housing then return false end
  if cat.source ~= nil and case.intake_source ~= cat.source then return false end
  local signals = cat.concerns ~= nil or cat.cert
  if not signals then return true end
  if cat.cert and case.person.disability_cert ~= nil and case.person.disability_cert ~= "none" then return true end
  for _, c in ipairs(cat.concerns or {}) do
    if contains(case.concerns, c) then return true end
  end
  return false
end

return categories
