-- Zama alerts: the follow-up that keeps a screening closure from being a silent one (断らない相談
-- 支援; JS-03, overriding the national rule, which follows up refer_out only), and the programme
-- route of households on public assistance before the 2025 joint use (ZM-06).

local function answered(case)
  for _, r in ipairs(case.referrals) do
    if r.status == "accepted" or r.status == "done" then return true end
  end
  return false
end

return {
  {
    id = "JS-03",
    title = {
      ja = "断らない相談：スクリーニングで終えた相談のフォローアップ",
      en = "No one turned away: follow up a consultation closed at screening",
    },
    references = {
      { id = "diversity_bukai", section = "林委員: 「断らない相談支援」" },
      { id = "jiritsu_soudan_shiyo", section = "つなぎ先を確認しフォローする" },
    },
    note = "14日・90日は既定値（screening_followup_days, screening_followup_window_days）",
    decide = function(case, ctx)
      if case.status ~= "closed" then return nil end
      local out = case.screening == "refer_out"
      if not out and case.screening ~= "info_only" then return nil end
      if answered(case) then return nil end
      local since = ctx.days_between(case.opened_on, ctx.as_of)
      if not ctx.at_most("days_since_screening", since, "screening_followup_window_days") then return nil end
      local due = ctx.add_days(case.opened_on, ctx.param("screening_followup_days"))
      local overdue = ctx.above("days_since_screening", since, "screening_followup_days")
      return {
        code = out and "referral_follow_up" or "info_only_follow_up",
        due = due,
        severity = overdue and "urgent" or "warning",
        reason = {
          ja = out and string.format("%sに他機関へつないで終えた相談：%sまでに、つなぎ先に届いたか、困りごとが残っていないかを確かめる", case.opened_on, due)
                   or string.format("%sに情報提供のみで終えた相談：%sまでに本人へ連絡し、困りごとが残っていないか確かめる（断らない相談）", case.opened_on, due),
          en = out and string.format("referred out and closed on %s: by %s, confirm the hand-over reached and nothing is left unsolved", case.opened_on, due)
                   or string.format("closed with information only on %s: by %s, call the person back and check nothing is left unsolved (no one turned away)", case.opened_on, due),
        },
        plain = {
          ja = "そのあと どうですか。また れんらくします。",
          en = "How are things now? We will get in touch again.",
        },
      }
    end,
  },
  {
    id = "ZM-06",
    title = {
      ja = "生活保護世帯の事業の使い分け（2025年3月まで）",
      en = "Public-assistance households: which readiness programme (until March 2025)",
    },
    references = {
      { id = "jiritsu_ho_kaisei_2024", section = "特定被保護者の就労準備支援の利用（2025-04-01施行）" },
      { id = "seikatsu_hogo_ho", section = "第55条の7（被保護者就労支援事業・被保護者就労準備支援事業（予算事業））" },
      { id = "diversity_bukai", section = "林委員: 生活保護制度との連携" },
    },
    decide = function(case, ctx)
      if case.status == "closed" or not case.household.on_public_assistance then return nil end
      local p = case.programs.jyunbi
      if p == nil or not p.active then return nil end
      if ctx.equals("hihogosha_joint_use", ctx.param("hihogosha_joint_use"), true) then return nil end
      return {
        code = "program_route_check",
        due = ctx.as_of,
        severity = "warning",
        reason = {
          ja = "生活保護世帯が困窮法の就労準備支援に登録されている：2025年3月までは被保護者就労準備支援事業として登録し直す（はたらっく・ざまの場は同じ）",
          en = "a household on public assistance is enrolled in the needy-persons readiness programme: until March 2025 enrol in the recipients' programme instead (same place, Hatarakku Zama)",
        },
        plain = {
          ja = "つかう しくみの なまえを なおします。しえんの ないようは かわりません。",
          en = "We will fix the name of the program you are in. Your support stays the same.",
        },
      }
    end,
  },
}
