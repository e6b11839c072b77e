-- Chiba referrals (UWNちば「本人の状態像に応じた支援のあり方」): team support with a 中核地域生活支援センター for
-- universal-work participants at long-term risk (CHB-03), and household-budget consultation at
-- the paid steps (KK-04). The national RF-HW proposes Hello Work (同行) once the experience goals
-- are met — the 就職活動へ branch of Chiba's flow.

local contains = require("lists").contains
local facts = require("case_facts")

-- True when a referral to `target` is already under way or done.
local function referred(case, target)
  return facts.referred(case, target, true)
end

return {
  {
    id = "CHB-03",
    title = {
      ja = "中核地域生活支援センターとのチーム支援",
      en = "Team support with the regional life-support centre",
    },
    references = {
      { id = "uwn_chiba_report", section = "支援イメージ: 外部支援団体との継続的な（伴走型）チーム支援 — 中核地域生活支援センター, 障害者就業・生活支援センター, 地域障害者職業センター, 当事者支援団体, ハローワーク" },
      { id = "diversity_bukai", section = "Five Different Positions レベル1〜2" },
    },
    note = "level 2 [default value, not from a source]",
    decide = function(case, ctx)
      if case.stage ~= "intermediate" or case.status == "closed" or not case.consent then return nil end
      if not contains(ctx.param("uw_rungs"), case.rung) then return nil end
      -- An agency that already supports the person's daily life is on the team: no new one.
      for _, target in ipairs(ctx.param("team_support_agencies")) do
        if referred(case, target) then return nil end
      end
      if not ctx.at_most("min_fdp_axis", case.min_fdp_axis, "team_support_fdp_level") then return nil end
      return {
        target = "chukaku_center",
        urgency = "routine",
        warm_handoff = true,
        reason = {
          ja = string.format("ユニバーサル就労中でFDPの最低軸がレベル%d：職場・支援室と中核地域生活支援センターの伴走型チーム支援を", case.min_fdp_axis),
          en = string.format("in universal work with the lowest FDP axis at level %d: add the regional life-support centre to the workplace team", case.min_fdp_axis),
        },
        plain = {
          ja = "くらしの ことも そうだんできる ところと いっしょに ささえます。",
          en = "A centre that helps with daily life will support you together with us.",
        },
      }
    end,
  },
  {
    id = "KK-04",
    title = { ja = "就労段階に応じた家計相談", en = "Household-budget consultation by work step" },
    references = {
      { id = "uwn_chiba_report", section = "家計相談支援事業（就労段階に応じて実施）: 応援ネットワークちば — VAIC-CCI・生活クラブ生協千葉" },
    },
    note = "rungs [default value, not from a source]",
    decide = function(case, ctx)
      if case.status == "closed" or not case.consent then return nil end
      local k = case.programs.kakei
      if (k ~= nil and k.active) or referred(case, "kakei") then return nil end
      if case.stage ~= "intermediate" or not contains(ctx.param("kakei_review_rungs"), case.rung) then return nil end
      local h = case.household
      if h.income_yen == nil then return nil end
      local debt = ctx.above("debt_total_yen", h.debt_total_yen, 0)
      local arrears = ctx.at_least("arrears_months", h.arrears_months, 1)
      local deficit = h.expenses_yen ~= nil and ctx.above("expenses_yen", h.expenses_yen, h.income_yen)
      if not (debt or arrears or deficit) then return nil end
      return {
        target = "kakei",
        urgency = "routine",
        warm_handoff = false,
        reason = {
          ja = "収入のある働き方になり、世帯に借金・滞納・赤字がある：家計相談で家計表をつくり見直す",
          en = "now paid, and the household has debt, arrears or a deficit: make and review a budget in the budget consultation",
        },
        plain = {
          ja = "おかねの ことも そうだんできます。",
          en = "You can also get help with money matters.",
        },
      }
    end,
  },
}
