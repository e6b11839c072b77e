-- Alerts: time limits and overdue tasks a support worker must act on.
-- Each rule returns nil or { code = "...", due = "YYYY-MM-DD", severity = "info"|"warning"|"urgent", reason = … }.
return {
  {
    id = "SU-01",
    title = { ja = "就労体験・職場の月次振り返り", en = "Monthly placement review" },
    note = "UWNちば「本人の状態像に応じた支援のあり方」 (1か月ごとの振り返り)",
    decide = function(case, ctx)
      local p = case.placement
      if p == nil or case.status == "closed" then return nil end
      local since = case.days_since_review
      if since == nil then
        since = ctx.days_between(p.start_on, ctx.as_of)
      end
      if ctx.at_least("days_since_review", since, "review_interval_days") then
        local last = case.days_since_review and ctx.add_days(ctx.as_of, -case.days_since_review) or p.start_on
        return {
          code = "placement_review_due",
          due = ctx.add_days(last, ctx.param("review_interval_days")),
          severity = "warning",
          reason = {
            ja = string.format("前回の振り返りから%d日経過（%d日ごとに実施）", since, ctx.param("review_interval_days")),
            en = string.format("%d days since the last placement review (due every %d days)", since, ctx.param("review_interval_days")),
          },
        }
      end
    end,
  },
  {
    id = "JS-06",
    title = { ja = "プラン期間終了・評価の実施", en = "Plan period ending: evaluation due" },
    note = "生活困窮者自立支援法施行規則 (プランの定期的な確認・見直し)",
    decide = function(case, ctx)
      if case.plan == nil or case.status ~= "in_support" then return nil end
      if ctx.at_most("days_to_plan_end", case.days_to_plan_end, "plan_end_notice_days") then
        local overdue = case.days_to_plan_end < 0
        return {
          code = "evaluation_due",
          due = case.plan.end_on,
          severity = overdue and "urgent" or "warning",
          reason = {
            ja = overdue and string.format("プラン期間が%sに終了済み：評価と再プランまたは終結を", case.plan.end_on)
                          or string.format("プラン期間が%sに終了：評価の準備を", case.plan.end_on),
            en = overdue and string.format("the plan ended on %s: evaluate, then re-plan or close", case.plan.end_on)
                          or string.format("the plan ends on %s: prepare the evaluation", case.plan.end_on),
          },
        }
      end
    end,
  },
}
