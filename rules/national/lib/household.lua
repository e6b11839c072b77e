-- Household tables of the national pack (JR-04 基準額, HK-02 住宅扶助基準): parameters indexed by
-- household size. `local household = require("household")`.
local household = {}

---The entry of the household-size table parameter `name` for a household of `size` (larger
---households use the last entry). nil when that entry is `false`: the region's source gives no
---value for that size, and none is made up.
---@param ctx hashigo.Ctx
---@param name string
---@param size integer|nil
---@return number|nil
function household.by_size(ctx, name, size)
  local t = ctx.param(name)
  local n = math.max(1, math.min(size or 1, #t))
  return t[n] or nil
end

---When the 基準額 or the 住宅扶助基準 table gives no value for the household's size: a reason
---saying so; otherwise nil.
---@param ctx hashigo.Ctx
---@param size integer|nil
---@return hashigo.Text|nil
function household.gap(ctx, size)
  local missing = {}
  if household.by_size(ctx, "kijungaku_by_size", size) == nil then missing[#missing + 1] = "kijungaku_by_size" end
  if household.by_size(ctx, "jutaku_fujo_by_size", size) == nil then missing[#missing + 1] = "jutaku_fujo_by_size" end
  if #missing == 0 then return nil end
  local names = table.concat(missing, ", ")
  return {
    ja = string.format("%d人世帯の基準額・住宅扶助基準が地域の表にない（出典に記載なし: %s）：市町村の表で判断する", size or 1, names),
    en = string.format("the region's table has no line for a household of %d (not given by its source: %s): decide on the municipality's own table", size or 1, names),
  }
end

---When a household on public assistance may not use `what` (就労準備支援, 家計改善支援, 居住支援):
---before 2025-04 none of them (the welfare office's own programmes apply); from 2025-04 only a
---特定被保護者, a recipient the welfare office has recognised for joint use (recorded as the
---programme `tokutei_hihogosha`). A reason saying so, or nil when the household may use it.
---@param case hashigo.Case
---@param ctx hashigo.Ctx
---@param what hashigo.Text the programme's name
---@return hashigo.Text|nil
function household.assistance_bar(case, ctx, what)
  if not case.household.on_public_assistance then return nil end
  if not ctx.param("hihogosha_joint_use") then
    return { ja = string.format("生活保護世帯：%sではなく福祉事務所の支援が対象（特定被保護者の併用は2025年4月から）", what.ja),
             en = string.format("household on public assistance: the welfare office's programmes apply, not %s (joint use by recognised recipients from April 2025)", what.en) }
  end
  local r = case.programs.tokutei_hihogosha
  if r ~= nil and r.active then return nil end
  return { ja = string.format("生活保護世帯：%sを併用できるのは福祉事務所が特定被保護者と認めた人だけ（生活保護法第55条の11）：認定を福祉事務所に相談", what.ja),
           en = string.format("household on public assistance: only a recipient the welfare office recognises as 特定被保護者 may use %s too (Public Assistance Act art. 55-11): ask the welfare office", what.en) }
end

return household
