-- Kushiro step rules (003_dc0ba222058be22b.txt, 釧路モデルの分析): paid work marks the start of
-- 就労自立 (PW-01), the house rule "お休みする時は、必ず連絡する" holds the next step when it is
-- not kept (HR-02), and with no intermediate work yet a step down from general work goes back to
-- 就労自立 (SD-01, replacing the national rule). National SU-02 (goals) moves 日常生活自立 →
-- 社会生活自立 → 就労自立, and EX-01 (hired) moves 就労自立 straight to general work.

local function contains(list, x)
  for _, v in ipairs(list) do
    if v == x then return true end
  end
  return false
end

local function pct(x) return string.format("%.0f%%", (x or 0) * 100) end

-- The share of paid work: hours of paid active placements (a wage, a stipend or an employment
-- contract) over the hours of all active placements; nil when no hours are scheduled.
local function paid_share(case)
  local paid, total = 0, 0
  for _, p in ipairs(case.placements) do
    if p.active then
      total = total + p.hours_per_week
      local pays = (p.wage_per_hour_yen or 0) > 0 or (p.stipend_per_shift_yen or 0) > 0 or p.contract == "employment"
      if pays then paid = paid + p.hours_per_week end
    end
  end
  if total <= 0 then return nil end
  return paid / total
end

local function hired_into_general(case, ctx)
  local p = case.placement
  return p ~= nil and p.contract == "employment" and contains(ctx.param("general_employment_kinds"), p.kind)
end

-- True when the active placement is certified work training once Kushiro has a certified
-- provider: then the national JK-03 (taken off `disable` with the certification) decides the move.
-- Commuter placements count as paid programme work here: Kushiro has no universal-work ladder.
local function entering_work_training(case, ctx)
  local p = case.placement
  return p ~= nil and ctx.param("kunren_certified") and contains(ctx.param("kunren_kinds"), p.kind)
end

local stages = { life = 1, social = 2, employment = 3, intermediate = 4, general = 5 }

return {
  {
    id = "PW-01",
    title = { ja = "有償の仕事が始まる：就労自立の段階へ", en = "Paid work begins: on to work independence" },
    source = "003_dc0ba222058be22b.txt (釧路モデルの分析: 日常生活自立・社会生活自立はペイドワーク０％、就労自立でペイドワーク１００％へ; 漁網の仕立て作業等)",
    decide = function(case, ctx)
      if case.stage ~= "social" or hired_into_general(case, ctx) or entering_work_training(case, ctx) then return nil end
      local share = paid_share(case)
      if not ctx.above("paid_work_share", share, "paid_share_employment_above") then return nil end
      return {
        step = "up",
        to = { stage = "employment" },
        reason = {
          ja = string.format("活動時間のうち有償の仕事が%s（社会生活自立は0%%）：就労自立の段階へ", pct(share)),
          en = string.format("%s of the activity hours are now paid work (social independence is 0%%): on to work independence", pct(share)),
        },
        plain = {
          ja = "おかねを もらう しごとが はじまりました。はたらく じゅんびの だんかいに すすみます。",
          en = "You have started paid work. You move on to the work stage.",
        },
      }
    end,
  },
  {
    id = "HR-02",
    title = { ja = "みんなで守るルール：連絡のない欠席が続くときは保留", en = "House rules: hold the next step after repeated unannounced absences" },
    source = "003_dc0ba222058be22b.txt (みんなで守るルール 平成26年7月14日版 5. お休みする時は、必ず連絡する); 2 absences in 30 days [default]",
    decide = function(case, ctx)
      if case.placement == nil or hired_into_general(case, ctx) or case.stage == "general" then return nil end
      if not ctx.at_least("unannounced_absences_30d", case.unannounced_absences_30d, "house_rule_hold_absences") then return nil end
      return {
        step = "hold",
        reason = {
          ja = string.format("過去30日に連絡のない欠席が%d回：「お休みする時は、必ず連絡する」を一緒に確かめるまでステップアップを保留", case.unannounced_absences_30d),
          en = string.format("%d unannounced absences in 30 days: hold any step up until the rule 'always call when you will be absent' is talked through", case.unannounced_absences_30d),
        },
        plain = {
          ja = "やすむ ときは かならず れんらくする、という やくそくを もういちど いっしょに たしかめましょう。",
          en = "Let's go over our promise again: always call when you will be absent.",
        },
      }
    end,
  },
  {
    id = "SD-01",
    title = { ja = "出勤率の低下によるステップダウン（中間的就労なし）", en = "Step down on falling attendance (no intermediate work)" },
    source = "003_dc0ba222058be22b.txt (※就労訓練、事業者認定はまだです; 釧路モデル: 中間的就労がない; 最賃保障職員から有償コミューターへ移るなど); 60% over 2 weeks [default]",
    -- From general work the step goes past the unused intermediate stage, back to 就労自立.
    allows_skip = true,
    decide = function(case, ctx)
      if stages[case.stage] < stages[ctx.param("step_down_from_stage")] or case.placement == nil then return nil end
      if not ctx.below("attendance_14d", case.attendance_14d, "attendance_floor") then return nil end
      local here = case.rung and (case.stage .. "/" .. case.rung) or case.stage
      local target = ctx.param("step_down_to")[here]  -- "stage" or "stage/rung"
      local to = nil
      if target then
        local stage, rung = string.match(target, "^([a-z]+)/(.+)$")
        to = { stage = stage or target, rung = rung }
      end
      local back_to_work_stage = case.stage == "general" and to ~= nil and to.stage == "employment"
      return {
        step = "down",
        to = to,
        reason = {
          ja = string.format("過去2週間の出勤率%s（%s未満）：%s働き方を見直し、再アセスメント", pct(case.attendance_14d), pct(ctx.param("attendance_floor")),
            back_to_work_stage and "中間的就労がないため就労自立の段階に戻り、" or ""),
          en = string.format("attendance %s over 2 weeks (below %s): %sadjust the work and re-assess", pct(case.attendance_14d), pct(ctx.param("attendance_floor")),
            back_to_work_stage and "back to the work-independence stage (there is no intermediate work), " or ""),
        },
        plain = {
          ja = "いまは すこし たいへんそうです。むりの ない はたらきかたに もどしましょう。",
          en = "Things look hard right now. Let's go back to a lighter way of working for a while.",
        },
      }
    end,
  },
}
