-- How the national pack proposes a referral (domain research §2.8; JS-02 consent), for its own
-- referral rules and for regions' rules. `local referrals = require("referrals")`.
local contains = require("lists").contains
local referred = require("case_facts").referred

local referrals = {}

---Makes the `propose(case, ctx, target, p)` of a referral module, which
---  * leaves out targets the case has already been referred to (with `again_after_rejection`, a
---    rejected referral does not count);
---  * makes the hand-off warm (同行・合同面談) when the person is at long-term risk (min FDP axis
---    ≤ long_term_fdp_level), saying so: the National Employment Support Network paper warns against 丸投げ and ベルトコンベア referrals
---    (§2.8 routing note); with `always_warm`, every hand-off with consent is warm;
---  * without consent to share information (JS-02), keeps only targets that sit on the 支援会議
---    (法9条, shien_kaigi_members), as a cold sharing of information there, and says so.
---`p` is { reason = {ja, en}, plain = {ja, en}, urgency?, warm_handoff? }; propose returns the
---referral outcome, or nil.
---@param options? { always_warm?: boolean, again_after_rejection?: boolean }
---@return fun(case: hashigo.Case, ctx: hashigo.Ctx, target: string, p: table): hashigo.ReferralOutcome|nil
function referrals.proposer(options)
  local always_warm = options ~= nil and options.always_warm or false
  local again_after_rejection = options ~= nil and options.again_after_rejection or false
  return function(case, ctx, target, p)
    if referred(case, target, again_after_rejection) then return nil end
    local ja, en = { p.reason.ja }, { p.reason.en }
    local warm = always_warm or p.warm_handoff or false
    local urgency = p.urgency or "routine"
    -- compared first without recording, so a case without long-term risk shows no failed check
    if case.min_fdp_axis ~= nil and case.min_fdp_axis <= ctx.param("long_term_fdp_level")
        and ctx.at_most("min_fdp_axis", case.min_fdp_axis, "long_term_fdp_level") then
      if not warm then
        ja[#ja + 1] = "長期支援のリスク（FDPレベル2以下）：丸投げせず同行・合同面談でつなぐ"
        en[#en + 1] = "long-term risk (an FDP axis at level 2 or below): hand over in person (accompany, joint meeting), not on paper"
      end
      warm = true
    end
    if not ctx.equals("consent", case.consent, true) then
      if not contains(ctx.param("shien_kaigi_members"), target) then return nil end
      warm = false
      if urgency == "routine" then urgency = "soon" end
      ja[#ja + 1] = "本人の同意がないため、支援会議（法9条）での情報共有に限る。正式なつなぎは同意を得てから"
      en[#en + 1] = "no consent yet: share information only in the support meeting (Act art. 9); refer formally once the person consents"
    end
    return {
      target = target,
      urgency = urgency,
      warm_handoff = warm,
      reason = { ja = table.concat(ja, "。"), en = table.concat(en, "; ") },
      plain = p.plain,
    }
  end
end

---A fresh review with the short-term goals met, or a fresh good appraisal: ready to look for work.
---@param case hashigo.Case
---@param ctx hashigo.Ctx
---@return boolean
function referrals.ready_for_job_search(case, ctx)
  if case.days_since_review ~= nil and case.goal_attainment ~= nil
      and ctx.at_most("days_since_review", case.days_since_review, "review_fresh_days")
      and ctx.at_least("goal_attainment", case.goal_attainment, "goal_attainment_min") then
    return true
  end
  return case.appraisal_average ~= nil and case.days_since_appraisal ~= nil
    and ctx.at_most("days_since_appraisal", case.days_since_appraisal, "appraisal_fresh_days")
    and ctx.at_least("appraisal_average", case.appraisal_average, "appraisal_average_min")
end

return referrals
