-- Chiba step rules (UWNちば「本人の状態像に応じた支援のあり方」): the exit from the universal-work ladder to general
-- work once support is no longer needed (UW-07). On the ladder of pack.lua the national rules
-- apply unchanged: UW-01 starts a commuter after matching and the workplace visit (体験・就業の
-- 開始), SU-02 (個別支援計画の目標; both commuter forms in Chiba) and UW-05 move an unpaid commuter
-- up, SU-03 (出勤) and SU-05 (千葉県最低賃金) move a paid commuter to a wage, SU-06 (人事考課表)
-- moves 最賃保障職員 up to 一般賃金職員 — the next rung here, not general work — and SD-01 steps
-- down (最賃保障職員から有償コミューターへ移るなど). EX-01 still moves a hire elsewhere into
-- general work (it supersedes UW-07 here).

local pct = require("text").pct

return {
  -- A new job elsewhere: EX-01 decides the move, not the exit from the ladder.
  {
    id = "EX-01",
    supersedes = { "UW-07" },
  },
  {
    id = "UW-07",
    title = {
      ja = "支援が必要なくなった時点で一般就労へ移行",
      en = "Exit to general work once support is no longer needed",
    },
    references = {
      { id = "uwn_chiba_report", section = "ユニバーサル就労の働き方: 一般賃金職員「いよいよ本格就労へ」, 面談や振返りなどの支援あり, 支援が必要なくなった時点で一般就労へと移行" },
    },
    note = "all goals met at a fresh review [default value, not from a source]",
    allows_skip = true,
    decide = function(case, ctx)
      if not (case.stage == "intermediate" and case.rung == "regular_staff") then return nil end
      local p = case.placement
      if p == nil then return nil end
      local fresh = ctx.at_most("days_since_review", case.days_since_review, "review_fresh_days")
      local goals = ctx.at_least("goal_attainment", case.goal_attainment, "uw_exit_goal_attainment")
      local settled = ctx.at_least("months_in_rung", case.months_in_rung, "min_months_in_position")
      if not (fresh and goals and settled) then return nil end
      local full = ctx.at_least("hours_per_week", p.hours_per_week, "full_time_hours_per_week")
      return {
        step = "up",
        to = { stage = "general", rung = full and "full_time" or "part_time" },
        reason = {
          ja = string.format("一般賃金職員として目標を%s達成：職場での支援が不要になり一般就労へ（週%.0f時間）",
            pct(case.goal_attainment), p.hours_per_week),
          en = string.format("as regular-wage staff, %s of goals achieved: workplace support is no longer needed, so general work (%.0f h/week)",
            pct(case.goal_attainment), p.hours_per_week),
        },
        plain = {
          ja = "サポートが なくても はたらけるように なりました。ふつうの はたらきかたに うつります。",
          en = "You can now work without extra support, so you move on to regular work.",
        },
      }
    end,
  },
}
