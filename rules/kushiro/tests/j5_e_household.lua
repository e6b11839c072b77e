-- J5 – Household E under Kushiro's rules (domain research §6 J5; 地域包括支援センター and the
-- 社会福祉協議会 are in Kushiro's network, Kushiro council presentation). The national course up to the farm work —
-- consent gating and the 支援会議 (JS-02), 地域包括 and outreach, the 社協 salon, life → social
-- on goals. Then Kushiro differs: his goals met in December do not make 就労自立, which is paid
-- work at 100% of his hours (PW-01); he stays at 社会生活自立 through the unpaid farm experience,
-- and the ¥500-a-shift farm work from March is paid programme work that moves him to 就労自立,
-- not a paid-commuter rung — there is no intermediate work (UW-01 disabled). No job search yet:
-- his goals are not met (PW-02 waits for readiness).
return {
  {
    name = "J5 Household E under Kushiro, month by month",
    case = "../../../examples/cases/e-household.json",
    months = { from = "2022-05", to = "2023-05" },
    expect = {
      ["2022-05"] = { position = "life", status = "intake", step = "stay", fired = { "JS-02", "RF-HOUKATSU" }, referrals = { "houkatsu" },
                      alerts = { "consent_missing" } },
      ["2022-06"] = { position = "life", status = "intake", step = "stay", referrals = { "houkatsu", "outreach" }, alerts = { "consent_missing" } },
      ["2022-08"] = { position = "life", status = "in_support", step = "stay", referrals = { "houkatsu", "shakyo" }, alerts = { "long_term_risk" } },
      ["2022-09"] = { position = "life", step = "up", to = "social", rules = { "SU-02" }, accepted = true },
      ["2022-12"] = { position = "social", step = "stay", rules = {}, alerts = { "long_term_risk" } },
      ["2023-01"] = { position = "social", step = "stay", eligibility = { kunren = false }, referrals = {},
                      alerts = { "long_term_risk" } },
      ["2023-03"] = { position = "social", step = "up", to = "employment", rules = { "PW-01" }, accepted = true,
                      alerts = { "long_term_risk" } },
      ["2023-05"] = { position = "employment", status = "in_support", step = "stay", referrals = {}, alerts = { "long_term_risk" } },
    },
  },
}
