-- 就労訓練 (W-kunren): who it is for. Used by national's JK-01 and by regions that answer for the
-- same target group. `local kunren = require("kunren")`.
local contains = require("lists").contains

local kunren = {}

---The grounds for "immediate general employment is difficult" (直ちに一般就労が困難な者: long-term
---risk, the concerns of kunren_target_concerns, a disability certificate, public assistance); an
---empty list when there are none.
---@param case hashigo.Case
---@param ctx hashigo.Ctx
---@return hashigo.Text[]
function kunren.target_grounds(case, ctx)
  local grounds = {}
  if case.min_fdp_axis ~= nil and case.min_fdp_axis <= ctx.param("long_term_fdp_level") then
    grounds[#grounds + 1] = { ja = string.format("FDPの最低軸がレベル%d", case.min_fdp_axis),
                              en = string.format("lowest FDP axis at level %d", case.min_fdp_axis) }
  end
  for _, c in ipairs(case.concerns) do
    if contains(ctx.param("kunren_target_concerns"), c) then
      grounds[#grounds + 1] = { ja = "相談内容：" .. c, en = "concern: " .. c }
    end
  end
  if case.person.disability_cert ~= "none" then
    grounds[#grounds + 1] = { ja = "障害者手帳：" .. case.person.disability_cert, en = "disability certificate: " .. case.person.disability_cert }
  end
  if case.household.on_public_assistance then
    grounds[#grounds + 1] = { ja = "生活保護受給", en = "on public assistance" }
  end
  return grounds
end

return kunren
