-- Five Different Positions (FDP) readings shared by the rules: the diversity network committee's
-- "Level 1〜2 が1項目でもあれば長期化する可能性が高い". `local fdp = require("fdp")`.
local fdp = {}

---True when the lowest FDP axis is at or below long_term_fdp_level (long-term risk), the
---comparison recorded for the explanation; false without an assessment.
---@param case hashigo.Case
---@param ctx hashigo.Ctx
---@return boolean
function fdp.long_term(case, ctx)
  return case.min_fdp_axis ~= nil and ctx.at_most("min_fdp_axis", case.min_fdp_axis, "long_term_fdp_level")
end

return fdp
