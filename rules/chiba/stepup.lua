-- Chiba step rules (UWNちば「本人の状態像に応じた支援のあり方」): the exit from the universal-work ladder to general
-- work once support is no longer needed, judged on the 人事考課表 of the regular-wage post (UW-07).
-- On the ladder of pack.lua the national rules apply unchanged: UW-01 starts a commuter after
-- matching and the workplace visit (体験・就業の開始), SU-02 (個別支援計画の目標; both commuter
-- forms) and UW-05 move an unpaid commuter up, SU-02 and SU-05 (千葉県最低賃金) move a paid
-- commuter to a wage once the 雇用契約書 is signed, SU-06 (人事考課表) moves 最賃保障職員 up to
-- 一般賃金職員 — the next rung here, not general work — and SD-01 with SD-04 steps down
-- (最賃保障職員から有償コミューターへ移るなど) once the contract changes. EX-01 still moves a hire elsewhere into
-- general work (it supersedes UW-07 here).

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
      { id = "uwn_chiba_report", section = "ユニバーサル就労の働き方: 一般賃金職員「いよいよ本格就労へ」、支援が必要なくなった時点で一般就労へと移行; 【ステップアップの目安】人事考課表" },
    },
    note = "人事考課の平均4.5は既定値（uw_exit_appraisal_average） / the appraisal average of 4.5 is our default",
    allows_skip = true,
    decide = function(case, ctx)
      if not (case.stage == "intermediate" and case.rung == "regular_staff") then return nil end
      local p = case.placement
      if p == nil then return nil end
      -- The employees' yardstick is the 人事考課表 (【ステップアップの目安】), and it must be of
      -- this post: the appraisal that moved the person up to general wages does not count again.
      local a = case.appraisal
      local of_post = ctx.equals("appraisal_placement", a and a.placement_id, p.id)
      local fresh = ctx.at_most("days_since_appraisal", case.days_since_appraisal, "appraisal_fresh_days")
      local good = ctx.at_least("appraisal_average", case.appraisal_average, "uw_exit_appraisal_average")
      local settled = ctx.at_least("months_in_rung", case.months_in_rung, "min_months_in_position")
      if not (of_post and fresh and good and settled) then return nil end
      local full = ctx.at_least("hours_per_week", p.hours_per_week, "full_time_hours_per_week")
      return {
        step = "up",
        to = { stage = "general", rung = full and "full_time" or "part_time" },
        reason = {
          ja = string.format("一般賃金職員としての人事考課の平均%.1f（基準%.1f以上）：職場での支援が不要になり一般就労へ（週%.0f時間）",
            case.appraisal_average, ctx.param("uw_exit_appraisal_average"), p.hours_per_week),
          en = string.format("appraisal average %.1f as regular-wage staff (needs %.1f): workplace support is no longer needed, so general work (%.0f h/week)",
            case.appraisal_average, ctx.param("uw_exit_appraisal_average"), p.hours_per_week),
        },
        plain = {
          ja = "サポートが なくても はたらけるように なりました。ふつうの はたらきかたに うつります。",
          en = "You can now work without extra support, so you move on to regular work.",
        },
      }
    end,
  },
}
