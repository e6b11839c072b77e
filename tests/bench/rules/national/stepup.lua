-- Step-up and step-down rules (domain research §2.9: SU-01..06, SD-01..02, EX-01).
-- Each rule returns nil (it does not apply) or { step = "up"|"down"|"hold", to = …, reason = … }.
-- `to` may be left out: the engine then uses the next position up or down the pack's ladder.
-- When rules disagree, down wins over hold, and hold over up.

-- True when the case's position ("stage" or "stage/rung") is one of the listed positions.
local function at_one_of(case, positions)
  local here = case.rung and (case.stage .. "/" .. case.rung) or case.stage
  for _, p in ipairs(positions) do
    if p == here or p == case.stage then return true end
  end
  return false
end

local function pct(x) return string.format("%.0f%%", (x or 0) * 100) end

-- True when the active placement is general employment on an employment contract: then EX-01
-- alone decides the move, so the ladder rules below stand aside.
local function hired_into_general(case, ctx)
  local p = case.placement
  if p == nil or p.contract ~= "employment" then return false end
  for _, kind in ipairs(ctx.param("general_employment_kinds")) do
    if p.kind == kind then return true end
  end
  return false
end

local stages = { life = 1, social = 2, employment = 3, intermediate = 4, general = 5 }

return {
  {
    id = "SU-02",
    title = { ja = "短期目標の達成によるステップアップ", en = "Step up on short-term goal attainment" },
    note = "UWNちば「本人の状態像に応じた支援のあり方」 (個別支援計画②: 3か月の短期目標); threshold 80% [default]",
    decide = function(case, ctx)
      if hired_into_general(case, ctx) then return nil end
      if not at_one_of(case, ctx.param("goal_driven_positions")) then return nil end
      local fresh = ctx.at_most("days_since_review", case.days_since_review, "review_fresh_days")
      local met = ctx.at_least("goal_attainment", case.goal_attainment, "goal_attainment_min")
      local settled = ctx.at_least("months_in_rung", case.months_in_rung, "min_months_in_position")
      if fresh and met and settled then
        return {
          step = "up",
          reason = {
            ja = string.format("直近の振り返りで短期目標の%sを達成（基準%s以上）", pct(case.goal_attainment), pct(ctx.param("goal_attainment_min"))),
            en = string.format("%s of short-term goals achieved at the last review (needs %s)", pct(case.goal_attainment), pct(ctx.param("goal_attainment_min"))),
          },
          plain = {
            ja = "めあての ほとんどが できました。つぎの だんかいに すすめます。",
            en = "You reached most of your goals, so you can move to the next step.",
          },
        }
      end
    end,
  },
  {
    id = "SU-03",
    title = { ja = "出勤の安定による勤務の拡大", en = "Step up on steady attendance" },
    note = "UWNちば「本人の状態像に応じた支援のあり方」 (休む時は必ず連絡する); 90% over 4 weeks [default]",
    decide = function(case, ctx)
      if hired_into_general(case, ctx) then return nil end
      if not at_one_of(case, ctx.param("attendance_driven_positions")) then return nil end
      local steady = ctx.at_least("attendance_30d", case.attendance_30d, "attendance_step_min")
      local no_silence = ctx.at_most("unannounced_absences_30d", case.unannounced_absences_30d, 0)
      local long_enough = ctx.at_least("months_in_rung", case.months_in_rung, "attendance_step_months")
      if steady and no_silence and long_enough then
        return {
          step = "up",
          reason = {
            ja = string.format("過去30日の出勤率%s・無断欠勤なし（基準%s以上）", pct(case.attendance_30d), pct(ctx.param("attendance_step_min"))),
            en = string.format("attendance %s over 30 days with no unannounced absence (needs %s)", pct(case.attendance_30d), pct(ctx.param("attendance_step_min"))),
          },
          plain = {
            ja = "やすまずに かよえています。はたらく じかんを ふやせます。",
            en = "You have come to work steadily, so you can work more.",
          },
        }
      end
    end,
  },
  {
    id = "SU-04",
    title = { ja = "勤務時間の拡大（フルタイムへ）", en = "Hours ladder: part time to full time" },
    note = "UWNちば「本人の状態像に応じた支援のあり方」 (週2〜3日×3〜4時間から段階的に); 30 h/week [default]",
    decide = function(case, ctx)
      if not (case.stage == "general" and case.rung == "part_time") then return nil end
      if ctx.at_least("hours_per_week", case.hours_per_week, "full_time_hours_per_week") then
        return {
          step = "up",
          to = { stage = "general", rung = "full_time" },
          reason = {
            ja = string.format("週%.0f時間の勤務（基準%d時間以上）", case.hours_per_week, ctx.param("full_time_hours_per_week")),
            en = string.format("working %.0f hours a week (full time from %d)", case.hours_per_week, ctx.param("full_time_hours_per_week")),
          },
        }
      end
    end,
  },
  {
    id = "SU-05",
    title = { ja = "最低賃金以上の支払いによる職員化", en = "Pay ladder: paid at least the minimum wage" },
    note = "UWNちば「本人の状態像に応じた支援のあり方」 (無償→有償コミューター→最賃保障職員); 最低賃金 (W-minwage)",
    allows_skip = true,
    decide = function(case, ctx)
      if hired_into_general(case, ctx) then return nil end
      if not (case.stage == "intermediate" and (case.rung == "commuter_unpaid" or case.rung == "commuter_paid")) then
        return nil
      end
      if ctx.at_least("wage_per_hour_yen", case.wage_per_hour_yen, "minimum_wage_yen") then
        return {
          step = "up",
          to = { stage = "intermediate", rung = "minwage_staff" },
          reason = {
            ja = string.format("時給%.0f円（最低賃金%d円以上）で雇用されている", case.wage_per_hour_yen, ctx.param("minimum_wage_yen")),
            en = string.format("paid %.0f yen an hour (minimum wage %d)", case.wage_per_hour_yen, ctx.param("minimum_wage_yen")),
          },
        }
      end
    end,
  },
  {
    id = "SU-06",
    title = { ja = "人事考課による一般賃金への移行", en = "Appraisal: move to general wages" },
    note = "UWNちば「本人の状態像に応じた支援のあり方」 (人事考課表 5段階); average 4 [default]",
    decide = function(case, ctx)
      if hired_into_general(case, ctx) then return nil end
      if not (case.stage == "intermediate" and case.rung == "minwage_staff") then return nil end
      local fresh = ctx.at_most("days_since_appraisal", case.days_since_appraisal, "appraisal_fresh_days")
      local good = ctx.at_least("appraisal_average", case.appraisal_average, "appraisal_average_min")
      if fresh and good then
        return {
          step = "up",
          reason = {
            ja = string.format("人事考課の平均%.1f（基準%.1f以上）", case.appraisal_average, ctx.param("appraisal_average_min")),
            en = string.format("appraisal average %.1f (needs %.1f)", case.appraisal_average, ctx.param("appraisal_average_min")),
          },
        }
      end
    end,
  },
  {
    id = "SD-01",
    title = { ja = "出勤率の低下によるステップダウン", en = "Step down on falling attendance" },
    note = "UWNちば「本人の状態像に応じた支援のあり方」 (最賃保障職員から有償コミューターへ移るなど); 60% over 2 weeks [default]",
    decide = function(case, ctx)
      if stages[case.stage] < stages[ctx.param("step_down_from_stage")] or case.placement == nil then return nil end
      if ctx.below("attendance_14d", case.attendance_14d, "attendance_floor") then
        return {
          step = "down",
          reason = {
            ja = string.format("過去2週間の出勤率%s（%s未満）：働き方を見直し、再アセスメント", pct(case.attendance_14d), pct(ctx.param("attendance_floor"))),
            en = string.format("attendance %s over 2 weeks (below %s): adjust the work and re-assess", pct(case.attendance_14d), pct(ctx.param("attendance_floor"))),
          },
          plain = {
            ja = "いまは すこし たいへんそうです。むりの ない はたらきかたに もどしましょう。",
            en = "Things look hard right now. Let's go back to a lighter way of working for a while.",
          },
        }
      end
    end,
  },
  {
    id = "SD-02",
    title = { ja = "Five Different Positions の悪化による保留", en = "Hold on a Five Different Positions fall" },
    note = "ダイバーシティ就労支援ネットワーク構築検討部会 議事概要 (Five Different Positions: レベル1〜2は長期の支援)",
    decide = function(case, ctx)
      if case.min_fdp_axis == nil or case.previous_min_fdp_axis == nil then return nil end
      local low = ctx.at_most("min_fdp_axis", case.min_fdp_axis, "fdp_hold_level")
      local fell = ctx.below("min_fdp_axis", case.min_fdp_axis, case.previous_min_fdp_axis)
      if low and fell then
        return {
          step = "hold",
          reason = {
            ja = string.format("FDPの最低軸がレベル%dに低下：ステップアップを保留し、ケース会議へ", case.min_fdp_axis),
            en = string.format("lowest FDP axis fell to level %d: hold any step up and hold a case conference", case.min_fdp_axis),
          },
        }
      end
    end,
  },
  {
    id = "EX-01",
    title = { ja = "一般就労への移行", en = "Exit to general employment" },
    note = "UWNちば「本人の状態像に応じた支援のあり方」 (支援が必要なくなった時点で一般就労へ移行)",
    allows_skip = true,
    decide = function(case, ctx)
      local p = case.placement
      if case.stage == "general" or not hired_into_general(case, ctx) then return nil end
      ctx.equals("contract", p.contract, "employment")
      local full = ctx.at_least("hours_per_week", p.hours_per_week, "full_time_hours_per_week")
      return {
        step = "up",
        to = { stage = "general", rung = full and "full_time" or "part_time" },
        reason = {
          ja = string.format("%sに雇用契約で就職（週%.0f時間）", p.employer ~= "" and p.employer or "事業所", p.hours_per_week),
          en = string.format("hired on an employment contract at %s (%.0f hours a week)", p.employer ~= "" and p.employer or "an employer", p.hours_per_week),
        },
        plain = {
          ja = "しごとが きまりました。おめでとうございます。",
          en = "You got a job. Congratulations!",
        },
      }
    end,
  },
}
