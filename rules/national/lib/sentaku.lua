-- 就労選択支援 (W-sentaku; 障害者総合支援法, from 2025-10-01 for new 就労継続支援B型 users): when a
-- new B型 user need not go through it first. Read by RF-SENTAKU (which then proposes nothing) and
-- RF-SENTAKU-EXEMPT (which says why). `local sentaku = require("sentaku")`.
local lists = require("lists")

local sentaku = {}

-- Worked before: a job loss recorded, or an employment contract that has ended.
local function worked_before(case)
  if case.job_loss ~= nil then return true end
  for _, p in ipairs(case.placements) do
    if p.contract == "employment" and not p.active then return true end
  end
  return false
end

---Why a new B型 user is exempt from 就労選択支援, or nil when they are not: age 50 or over,
---障害基礎年金 grade 1, work experience but employment now hard by age, strength or health, or no
---就労選択支援 provider to use (none in the region, or the referral to one turned down: then the
---就労移行支援 assessment stands in).
---@param case hashigo.Case
---@param ctx hashigo.Ctx
---@return hashigo.Text|nil
function sentaku.b_exemption(case, ctx)
  if case.age ~= nil and ctx.at_least("age", case.age, "shuro_sentaku_exempt_age") then
    return { ja = string.format("%d歳（50歳以上）", case.age), en = string.format("age %d (50 or over)", case.age) }
  end
  if ctx.equals("basic_pension_grade", case.person.basic_pension_grade, 1) then
    return { ja = "障害基礎年金1級", en = "disability basic pension, grade 1" }
  end
  if worked_before(case) and lists.any_of(case.concerns, ctx.param("shuro_sentaku_unable_concerns")) then
    return {
      ja = "就労経験があり、年齢や体力・心身の状態で一般企業への就職が難しくなった（市町村が確認）",
      en = "has worked before, and age, strength or health now make a job with an ordinary employer hard (the municipality confirms)",
    }
  end
  if not ctx.param("shuro_sentaku_nearby") then
    return {
      ja = "地域に就労選択支援の事業所がない：就労移行支援事業所等のアセスメントで代える",
      en = "no employment-choice support provider in the region: an employment-transition provider's assessment stands in",
    }
  end
  for _, r in ipairs(case.referrals) do
    if r.target == "shuro_sentaku" and r.status == "rejected" then
      return {
        ja = string.format("就労選択支援の事業所が受け入れられない（%sのつなぎが断られた：近くにない・待機）：就労移行支援事業所等のアセスメントで代える", r.made_on),
        en = string.format("no employment-choice support provider can take the person (the referral of %s was turned down: none nearby, or a waiting list): an employment-transition provider's assessment stands in", r.made_on),
      }
    end
  end
  return nil
end

---True while a referral to `kind` (keizoku_b, keizoku_a) is made or accepted and the person has
---never used it: a new use pending.
---@param case hashigo.Case
---@param kind string
---@return boolean
function sentaku.new_use_pending(case, kind)
  if case.programs[kind] ~= nil then return false end
  for _, r in ipairs(case.referrals) do
    if r.target == kind and (r.status == "made" or r.status == "accepted") then return true end
  end
  return false
end

return sentaku
