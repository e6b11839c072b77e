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

---The other members of the case's linked household (`hashigo household new`), in the record's
---order; empty when the case is not linked to one.
---@param case hashigo.Case
---@return hashigo.HouseholdMember[]
function household.others(case)
  local out = {}
  local linked = case.household.linked
  if linked == nil then return out end
  for _, m in ipairs(linked.members) do
    if not m.self then out[#out + 1] = m end
  end
  return out
end

---True when the member has a case that is open on the day decided (neither closed nor
---suspended, and opened).
---@param m hashigo.HouseholdMember
---@return boolean
function household.member_open(m)
  return m.status ~= nil and m.status ~= "closed" and m.status ~= "suspended"
end

local relation_names = {
  head = { ja = "世帯主", en = "the head of the household" },
  spouse = { ja = "配偶者", en = "the spouse" },
  parent = { ja = "親", en = "a parent" },
  child = { ja = "子", en = "a child" },
  sibling = { ja = "きょうだい", en = "a sibling" },
  grandparent = { ja = "祖父母", en = "a grandparent" },
  grandchild = { ja = "孫", en = "a grandchild" },
  other = { ja = "世帯員", en = "a member" },
}

---The member named for reasons: relation, and case id when there is one ("親（ota-haha）").
---@param m hashigo.HouseholdMember
---@return hashigo.Text
function household.member_name(m)
  local r = relation_names[m.relation] or relation_names.other
  if m.case == nil then return { ja = r.ja, en = r.en } end
  return { ja = string.format("%s（%s）", r.ja, m.case), en = string.format("%s (%s)", r.en, m.case) }
end

return household
