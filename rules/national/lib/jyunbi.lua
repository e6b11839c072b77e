-- 就労準備支援 (domain research §2.2): the household lines of JR-01 and what bars the programme
-- whatever the income. Used by national's JR-01 and JR-02 and by regions that read them.
-- `local jyunbi = require("jyunbi")`.
local by_size = require("household").by_size
local assistance_bar = require("household").assistance_bar

local jyunbi = {}

---The JR-01 lines for the household (JR-03: the household is the unit; JR-04: 基準額): the income
---line (基準額 + 住宅扶助基準), the asset line (基準額 × jyunbi_asset_multiple) and the 基準額.
---@param case hashigo.Case
---@param ctx hashigo.Ctx
---All nil when the region's tables give no value for the household's size (household.gap).
---@return number|nil income_line, number|nil asset_line, number|nil base
function jyunbi.lines(case, ctx)
  local h = case.household
  local base = by_size(ctx, "kijungaku_by_size", h.size)
  local cap = by_size(ctx, "jutaku_fujo_by_size", h.size)
  if base == nil or cap == nil then return nil, nil, nil end
  return base + cap, base * ctx.param("jyunbi_asset_multiple"), base
end

---What bars readiness support whatever the income: age before 2019-04 (JR-05), public assistance
---unless recognised for joint use from 2025-04 (JS-09), the 12-month period used up without a
---longer period set (JR-06).
---@param case hashigo.Case
---@param ctx hashigo.Ctx
---@return hashigo.Text[]
function jyunbi.bars(case, ctx)
  local bars = {}
  local cap = ctx.param("jyunbi_max_age")
  if cap and case.age ~= nil and not ctx.at_most("age", case.age, cap) then
    bars[#bars + 1] = { ja = string.format("%d歳（対象は%d歳以下：2019年3月までの年齢要件）", case.age, cap),
                        en = string.format("age %d (up to %d: the age limit in force until March 2019)", case.age, cap) }
  end
  local assisted = assistance_bar(case, ctx, { ja = "就労準備支援", en = "readiness support" })
  if assisted ~= nil then bars[#bars + 1] = assisted end
  local p = case.programs.jyunbi
  if p ~= nil and not (p.active and p.extensions > 0)
      and not ctx.below("jyunbi_months_used", p.months, "jyunbi_period_months") then
    bars[#bars + 1] = { ja = string.format("利用期間%dか月を使い切った（市町村が延長を認めていない）", p.months),
                        en = string.format("the %d-month period is used up (no longer period set by the municipality)", p.months) }
  end
  return bars
end

return jyunbi
