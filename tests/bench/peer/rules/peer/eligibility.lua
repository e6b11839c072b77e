-- Eligibility of the peer decision: of working age, poor (income or public assistance), not yet in
-- general work.

local ELIGIBLE = { ja = "年齢・収入の要件を満たし、一般就労の前", en = "Of working age, within the income test, not yet in general work" }
local NOT_ELIGIBLE = { ja = "年齢・収入・段階のいずれかの要件を満たさない", en = "Outside the age or income test, or already in general work" }

return {
  {
    id = "PEER-EL",
    title = { ja = "比較用の事業の対象", en = "Peer programme eligibility" },
    references = { { id = "peer_decision", section = "Outputs: eligible" } },
    decide = function(case, ctx)
      local household = case.household
      local aged = ctx.at_least("age", case.age, "min_age") and ctx.at_most("age", case.age, "max_age")
      local poor = ctx.below("income_yen", household.income_yen, "income_limit_yen")
        or ctx.equals("on_public_assistance", household.on_public_assistance, true)
      local before_general = not ctx.equals("stage", case.stage, "general")
      local yes = aged and poor and before_general
      return { program = "peer", eligible = yes, reason = yes and ELIGIBLE or NOT_ELIGIBLE }
    end,
  },
}
