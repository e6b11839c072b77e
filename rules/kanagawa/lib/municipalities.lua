-- The city a Kanagawa case belongs to, for the rules that depend on which optional programmes
-- (任意事業) a city runs. `local municipality_of = require("municipalities").of`.
local municipalities = {}

---The municipality a case belongs to: the household's (case.household.municipality, its
---全国地方公共団体コード) when this pack serves it; else default_municipality.
---@param case hashigo.Case
---@param ctx hashigo.Ctx
---@return string name the key in parameter municipalities
---@return table city its entry (code, programs, …)
function municipalities.of(case, ctx)
  local cities = ctx.param("municipalities")
  for name, city in pairs(cities) do
    if city.code == case.household.municipality then return name, city end
  end
  local m = ctx.param("default_municipality")
  return m, cities[m]
end

return municipalities
