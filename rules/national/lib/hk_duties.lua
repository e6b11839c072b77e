-- The housing benefit's monthly job-search duties (住居確保給付金の求職活動要件), read the same way
-- by the alerts (HK-04, HK-05) and by the extension decision (HK-06), so that the warning and the
-- decision never disagree. `local hk_duties = require("hk_duties")`.
local hk_duties = {}

---This month's duties: counsellor interviews always; Hello Work consultations and applications
---unless `light` (the income-drop route while hk_income_drop_light_duties holds).
---@param case hashigo.Case
---@param ctx hashigo.Ctx
---@param light boolean only the interviews are required
---@return boolean ok every duty met
---@return hashigo.Text[] unmet the duties not met, for reasons
function hk_duties.check(case, ctx, light)
  local unmet = {}
  local interviews = 0
  for _, kind in ipairs(ctx.param("hk_counselor_contact_kinds")) do
    interviews = interviews + (case.contacts_30d[kind] or 0)
  end
  if not ctx.at_least("counselor_interviews_30d", interviews, "hk_counselor_interviews_min") then
    unmet[#unmet + 1] = { ja = string.format("相談支援員との面談%d回（月%d回以上）", interviews, ctx.param("hk_counselor_interviews_min")),
                          en = string.format("%d interviews with the counsellor (%d a month needed)", interviews, ctx.param("hk_counselor_interviews_min")) }
  end
  if not light then
    local js = case.job_search_30d
    if not ctx.at_least("hw_consultations_30d", js.hw_consultations, "hk_hw_consultations_min") then
      unmet[#unmet + 1] = { ja = string.format("ハローワークでの職業相談%d回（月%d回以上）", js.hw_consultations, ctx.param("hk_hw_consultations_min")),
                            en = string.format("%d Hello Work consultations (%d a month needed)", js.hw_consultations, ctx.param("hk_hw_consultations_min")) }
    end
    local tries = js.applications + js.job_interviews
    if not ctx.at_least("applications_30d", tries, "hk_applications_min") then
      unmet[#unmet + 1] = { ja = string.format("応募・面接%d回（週1回以上）", tries),
                            en = string.format("%d applications or job interviews (one a week needed)", tries) }
    end
  end
  return #unmet == 0, unmet
end

return hk_duties
