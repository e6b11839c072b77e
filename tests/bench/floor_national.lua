-- The floor of `make bench`: the national pack's rules hand-written as ONE plain Lua function,
-- called straight through the Lua C API with no sandbox, no read-only views, no instruction
-- budget, no memory cap, no check recording and no parameter lookup (thresholds are literals).
--
-- It mirrors, condition for condition and text for text, these rules of rules/national/:
--   stepup.lua : SU-02 SU-03 SU-04 SU-05 SU-06 SD-01 SD-02 EX-01
--   alerts.lua : SU-01 JS-06
-- plus the multi-hit semantics of the engine (down beats hold beats up; `to` defaults to the
-- next position of the ladder). When the national pack gains or changes rules (eligibility.lua,
-- referral.lua, …), add them here too: the benchmark prints the pack's rule ids that this file
-- does not mirror, and compares its answers with the engine's on the synthetic cases.
--
-- Called as decide(case, as_of) with `case` a plain table holding the same fields as the
-- engine's case view, and two host functions add_days(date, n) and days_between(a, b).
-- Returns { step = "up"|"down"|"stay", to = { stage, rung } | nil,
--           reasons = { { id, ja, en, plain_ja, plain_en }, … },
--           alerts = { { code, due, severity, ja, en }, … } }.

local format = string.format
local add_days, days_between = add_days, days_between

-- minimum_wage_yen (SU-05), in force from each October.
local minimum_wage = {
  { "2015-10-01", 798 }, { "2016-10-01", 823 }, { "2017-10-01", 848 }, { "2018-10-01", 874 },
  { "2019-10-01", 901 }, { "2020-10-01", 902 }, { "2021-10-01", 930 }, { "2022-10-01", 961 },
  { "2023-10-01", 1004 }, { "2024-10-01", 1055 }, { "2025-10-01", 1121 },
}
local function minimum_wage_on(as_of)
  local v
  for i = 1, #minimum_wage do
    local e = minimum_wage[i]
    if e[1] > as_of then break end
    v = e[2]
  end
  return v
end

local stages = { life = 1, social = 2, employment = 3, intermediate = 4, general = 5 }
local general_kinds = { part_time = true, full_time = true, regular_staff = true }
-- The ladder of pack.lua `rungs`: the position above / below each position.
local up_of = {
  life = { stage = "social" }, social = { stage = "employment" },
  employment = { stage = "intermediate", rung = "commuter_unpaid" },
  ["intermediate/commuter_unpaid"] = { stage = "intermediate", rung = "commuter_paid" },
  ["intermediate/commuter_paid"] = { stage = "intermediate", rung = "minwage_staff" },
  ["intermediate/minwage_staff"] = { stage = "general", rung = "part_time" },
  ["general/part_time"] = { stage = "general", rung = "full_time" },
}
local down_of = {
  social = { stage = "life" }, employment = { stage = "social" },
  ["intermediate/commuter_unpaid"] = { stage = "employment" },
  ["intermediate/commuter_paid"] = { stage = "intermediate", rung = "commuter_unpaid" },
  ["intermediate/minwage_staff"] = { stage = "intermediate", rung = "commuter_paid" },
  ["general/part_time"] = { stage = "intermediate", rung = "minwage_staff" },
  ["general/full_time"] = { stage = "general", rung = "part_time" },
}

local function pct(x) return format("%.0f%%", (x or 0) * 100) end

local function hired_into_general(case)
  local p = case.placement
  return p ~= nil and p.contract == "employment" and general_kinds[p.kind] == true
end

return function(case, as_of)
  local stage, rung = case.stage, case.rung
  local hired = hired_into_general(case)
  local ups, holds, downs = {}, {}, {}

  -- SU-02: goal attainment at goal-driven positions (life, social, intermediate/commuter_unpaid).
  if not hired and (stage == "life" or stage == "social" or (stage == "intermediate" and rung == "commuter_unpaid")) then
    local dsr, ga = case.days_since_review, case.goal_attainment
    if dsr ~= nil and dsr <= 35 and ga ~= nil and ga >= 0.8 and case.months_in_rung >= 1 then
      ups[#ups + 1] = {
        id = "SU-02",
        ja = format("直近の振り返りで短期目標の%sを達成（基準%s以上）", pct(ga), pct(0.8)),
        en = format("%s of short-term goals achieved at the last review (needs %s)", pct(ga), pct(0.8)),
        plain_ja = "めあての ほとんどが できました。つぎの だんかいに すすめます。",
        plain_en = "You reached most of your goals, so you can move to the next step.",
      }
    end
  end
  -- SU-03: steady attendance at intermediate/commuter_paid.
  if not hired and stage == "intermediate" and rung == "commuter_paid" then
    local a30 = case.attendance_30d
    if a30 ~= nil and a30 >= 0.9 and case.unannounced_absences_30d <= 0 and case.months_in_rung >= 2 then
      ups[#ups + 1] = {
        id = "SU-03",
        ja = format("過去30日の出勤率%s・無断欠勤なし（基準%s以上）", pct(a30), pct(0.9)),
        en = format("attendance %s over 30 days with no unannounced absence (needs %s)", pct(a30), pct(0.9)),
        plain_ja = "やすまずに かよえています。はたらく じかんを ふやせます。",
        plain_en = "You have come to work steadily, so you can work more.",
      }
    end
  end
  -- SU-04: part time to full time on hours.
  if stage == "general" and rung == "part_time" and case.hours_per_week >= 30 then
    local text_ja = format("週%.0f時間の勤務（基準%d時間以上）", case.hours_per_week, 30)
    local text_en = format("working %.0f hours a week (full time from %d)", case.hours_per_week, 30)
    ups[#ups + 1] = { id = "SU-04", to = { stage = "general", rung = "full_time" },
                      ja = text_ja, en = text_en, plain_ja = text_ja, plain_en = text_en }
  end
  -- SU-05: paid at least the minimum wage as a commuter.
  if not hired and stage == "intermediate" and (rung == "commuter_unpaid" or rung == "commuter_paid") then
    local wage, minimum = case.wage_per_hour_yen, minimum_wage_on(as_of)
    if wage ~= nil and wage >= minimum then
      local text_ja = format("時給%.0f円（最低賃金%d円以上）で雇用されている", wage, minimum)
      local text_en = format("paid %.0f yen an hour (minimum wage %d)", wage, minimum)
      ups[#ups + 1] = { id = "SU-05", skip = true, to = { stage = "intermediate", rung = "minwage_staff" },
                        ja = text_ja, en = text_en, plain_ja = text_ja, plain_en = text_en }
    end
  end
  -- SU-06: appraisal at intermediate/minwage_staff.
  if not hired and stage == "intermediate" and rung == "minwage_staff" then
    local dsa, avg = case.days_since_appraisal, case.appraisal_average
    if dsa ~= nil and dsa <= 100 and avg ~= nil and avg >= 4.0 then
      local text_ja = format("人事考課の平均%.1f（基準%.1f以上）", avg, 4.0)
      local text_en = format("appraisal average %.1f (needs %.1f)", avg, 4.0)
      ups[#ups + 1] = { id = "SU-06", ja = text_ja, en = text_en, plain_ja = text_ja, plain_en = text_en }
    end
  end
  -- SD-01: falling attendance from intermediate up, with a placement.
  if stages[stage] >= stages.intermediate and case.placement ~= nil then
    local a14 = case.attendance_14d
    if a14 ~= nil and a14 < 0.6 then
      downs[#downs + 1] = {
        id = "SD-01",
        ja = format("過去2週間の出勤率%s（%s未満）：働き方を見直し、再アセスメント", pct(a14), pct(0.6)),
        en = format("attendance %s over 2 weeks (below %s): adjust the work and re-assess", pct(a14), pct(0.6)),
        plain_ja = "いまは すこし たいへんそうです。むりの ない はたらきかたに もどしましょう。",
        plain_en = "Things look hard right now. Let's go back to a lighter way of working for a while.",
      }
    end
  end
  -- SD-02: a fall of the lowest FDP axis to level 2 or below holds progression.
  local fdp, prev = case.min_fdp_axis, case.previous_min_fdp_axis
  if fdp ~= nil and prev ~= nil and fdp <= 2 and fdp < prev then
    local text_ja = format("FDPの最低軸がレベル%dに低下：ステップアップを保留し、ケース会議へ", fdp)
    local text_en = format("lowest FDP axis fell to level %d: hold any step up and hold a case conference", fdp)
    holds[#holds + 1] = { id = "SD-02", ja = text_ja, en = text_en, plain_ja = text_ja, plain_en = text_en }
  end
  -- EX-01: hired into general work on an employment contract.
  if stage ~= "general" and hired then
    local p = case.placement
    ups[#ups + 1] = {
      id = "EX-01", skip = true,
      to = { stage = "general", rung = p.hours_per_week >= 30 and "full_time" or "part_time" },
      ja = format("%sに雇用契約で就職（週%.0f時間）", p.employer ~= "" and p.employer or "事業所", p.hours_per_week),
      en = format("hired on an employment contract at %s (%.0f hours a week)", p.employer ~= "" and p.employer or "an employer", p.hours_per_week),
      plain_ja = "しごとが きまりました。おめでとうございます。",
      plain_en = "You got a job. Congratulations!",
    }
  end

  -- Multi-hit: down beats hold beats up; a rule without `to` moves one position.
  local out = { step = "stay", reasons = {}, alerts = {} }
  local winners = #downs > 0 and downs or #holds > 0 and holds or ups
  if #winners > 0 then
    out.reasons = winners
    if winners ~= holds then
      local here = rung and (stage .. "/" .. rung) or stage
      out.step = winners == downs and "down" or "up"
      out.to = winners[1].to or (winners == downs and down_of[here] or up_of[here])
    end
  end

  -- Alerts. SU-01: monthly placement review.
  local p = case.placement
  if p ~= nil and case.status ~= "closed" then
    local since = case.days_since_review
    if since == nil then since = days_between(p.start_on, as_of) end
    if since >= 30 then
      local last = case.days_since_review and add_days(as_of, -case.days_since_review) or p.start_on
      out.alerts[#out.alerts + 1] = {
        code = "placement_review_due", due = add_days(last, 30), severity = "warning",
        ja = format("前回の振り返りから%d日経過（%d日ごとに実施）", since, 30),
        en = format("%d days since the last placement review (due every %d days)", since, 30),
      }
    end
  end
  -- JS-06: plan period ending.
  local plan = case.plan
  if plan ~= nil and case.status == "in_support" and case.days_to_plan_end <= 14 then
    local overdue = case.days_to_plan_end < 0
    out.alerts[#out.alerts + 1] = {
      code = "evaluation_due", due = plan.end_on, severity = overdue and "urgent" or "warning",
      ja = overdue and format("プラン期間が%sに終了済み：評価と再プランまたは終結を", plan.end_on)
                    or format("プラン期間が%sに終了：評価の準備を", plan.end_on),
      en = overdue and format("the plan ended on %s: evaluate, then re-plan or close", plan.end_on)
                    or format("the plan ends on %s: prepare the evaluation", plan.end_on),
    }
  end
  return out
end
