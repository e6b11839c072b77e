-- Referrals of the peer decision, one rule per target.

local CERTIFICATE = { ja = "障害者手帳がある", en = "Holds a disability certificate" }
local YOUNG = { ja = "49歳以下で生活・社会自立の段階", en = "Aged 49 or under, at the life or social stage" }
local HOURS = { ja = "中間的就労で週20時間以上", en = "Intermediate work of 20 hours a week or more" }
local LOW_INCOME = { ja = "世帯の収入が10万円未満", en = "Household income under 100,000 yen" }

return {
  {
    id = "PEER-RF-NAKAPOTSU",
    title = { ja = "比較用の判定：なかぽつへ", en = "Peer decision: refer to Nakapotsu" },
    references = { { id = "peer_decision", section = "Outputs: referrals" } },
    decide = function(case, ctx)
      if ctx.equals("disability_cert", case.person.disability_cert, "none") then return nil end
      return { target = "nakapotsu", reason = CERTIFICATE }
    end,
  },
  {
    id = "PEER-RF-SAPOSUTE",
    title = { ja = "比較用の判定：サポステへ", en = "Peer decision: refer to the Youth Support Station" },
    references = { { id = "peer_decision", section = "Outputs: referrals" } },
    decide = function(case, ctx)
      if case.stage ~= "life" and case.stage ~= "social" then return nil end
      if ctx.at_least("age", case.age, "min_age") and ctx.at_most("age", case.age, "saposute_max_age") then
        return { target = "saposute", reason = YOUNG }
      end
      return nil
    end,
  },
  {
    id = "PEER-RF-HELLOWORK",
    title = { ja = "比較用の判定：ハローワークへ", en = "Peer decision: refer to Hello Work" },
    references = { { id = "peer_decision", section = "Outputs: referrals" } },
    decide = function(case, ctx)
      if case.stage ~= "intermediate" then return nil end
      if ctx.at_least("hours_per_week", case.hours_per_week, "hellowork_hours_min") then
        return { target = "hellowork", reason = HOURS }
      end
      return nil
    end,
  },
  {
    id = "PEER-RF-KAKEI",
    title = { ja = "比較用の判定：家計改善支援へ", en = "Peer decision: refer to household-budget support" },
    references = { { id = "peer_decision", section = "Outputs: referrals" } },
    decide = function(case, ctx)
      if ctx.below("income_yen", case.household.income_yen, "kakei_income_below_yen") then
        return { target = "kakei", reason = LOW_INCOME }
      end
      return nil
    end,
  },
}
