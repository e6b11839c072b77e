-- Copied from rules/national/tests/j5_e_household.lua (national 0.2.0) and re-run under Kanagawa.
-- National's own copy is skipped under Kanagawa because this pack replaces rules it fires
-- (JR-01, JR-02, KK-05 and RF-SAPO, RF-SANKA for the two cities; EX-01 for byturn). For a case
-- without a city — a Fujisawa case, default_municipality — those replacements behave exactly as
-- national's rules, and this copy checks that they do. Kanagawa's differences are marked
-- "Kanagawa:". Keep in step with the national file.
-- J5 – Household E (domain research §6 J5), an 8050 household: the son, 53, withdrawn for 20
-- years; his mother, 82, needs care. Found by 地域包括 during the mother's care consultation.
--
-- M0–M2 no consent (JS-02): only the 支援会議 route is open, so only its members are proposed —
-- 地域包括 (RF-HOUKATSU) and, after two failed visits, outreach (RF-OUTREACH) — as information
-- shared in the meeting, not as formal referrals. M3 he meets the worker at home and consents;
-- FDP interpersonal 1, environment 2 → long-term risk (JS-10); plan approved: a community place
-- (RF-SANKA: no 重層 in the national default, so the 社協 salon) and the mother to care services
-- via 地域包括, both now warm hand-offs. M4 life → social (SU-02). 就労準備: household assets
-- ¥4,000,000 are far above 6 × 基準額 (¥690,000), so JR-01 fails and JR-02 (at risk) fails too;
-- the national pack leaves "the municipality recognises the need" (施行規則4条2号) to regional rules.
-- M7 見学 → 農作業体験 → employment (SU-02). M10 paid commuter ¥500 週2×3h → commuter_paid
-- (UW-01). M12 evaluation without general employment, re-plan (not closed).
--
-- Referral and alert rules are checked with `fired` (each must fire; other rules may fire too),
-- because these base tests also run under every regional pack, which may add targets and alerts of
-- its own. The comment on each month lists what the national pack alone proposes and raises.
return {
  {
    name = "J5 Household E month by month",
    case = "../../../examples/cases/e-household.json",
    months = { from = "2022-05", to = "2023-05" },
    expect = {
      ["2022-05"] = { -- referrals: houkatsu; alerts: consent_missing
        position = "life", status = "intake", step = "stay",
        eligibility = { jyunbi = false },
        fired = { "JR-01", "JR-02", "JS-02", "RF-HOUKATSU" },
      },
      ["2022-06"] = { -- referrals: houkatsu, outreach; alerts: consent_missing
        position = "life", step = "stay",
        eligibility = { jyunbi = false },
        fired = { "JR-01", "JR-02", "JS-02", "RF-HOUKATSU", "RF-OUTREACH" },
      },
      ["2022-07"] = { -- referrals: houkatsu, outreach; alerts: consent_missing
        position = "life", step = "stay",
        eligibility = { jyunbi = false },
        fired = { "JR-01", "JR-02", "JS-02", "RF-HOUKATSU", "RF-OUTREACH" },
      },
      ["2022-08"] = { -- referrals: houkatsu, shakyo; alerts: long_term_risk
        position = "life", status = "in_support", step = "stay",
        eligibility = { jyunbi = false },
        fired = { "JR-01", "JR-02", "JS-10", "RF-HOUKATSU", "RF-SANKA" },
      },
      ["2022-09"] = { -- referrals: –; alerts: long_term_risk
        position = "life", step = "up", to = "social", rules = { "SU-02" }, accepted = true,
        eligibility = { jyunbi = false },
        fired = { "JR-01", "JR-02", "JS-10" },
      },
      ["2022-10"] = { -- referrals: –; alerts: long_term_risk
        position = "social", step = "stay",
        eligibility = { jyunbi = false, kunren = true },
        fired = { "JK-01", "JR-01", "JR-02", "JS-10" },
      },
      ["2022-11"] = { -- referrals: –; alerts: long_term_risk
        position = "social", step = "stay",
        eligibility = { jyunbi = false, kunren = true },
        fired = { "JK-01", "JR-01", "JR-02", "JS-10" },
      },
      ["2022-12"] = { -- referrals: –; alerts: long_term_risk
        position = "social", step = "up", to = "employment", rules = { "SU-02" }, accepted = true,
        eligibility = { jyunbi = false, kunren = true },
        fired = { "JK-01", "JR-01", "JR-02", "JS-10" },
      },
      ["2023-01"] = { -- referrals: kunren_jigyosho; alerts: long_term_risk
        position = "employment", step = "stay",
        eligibility = { jyunbi = false, kunren = true },
        fired = { "JK-01", "JK-04", "JR-01", "JR-02", "JS-10" },
      },
      ["2023-02"] = { -- referrals: kunren_jigyosho; alerts: long_term_risk
        position = "employment", step = "stay",
        eligibility = { jyunbi = false, kunren = true },
        fired = { "JK-01", "JK-04", "JR-01", "JR-02", "JS-10" },
      },
      ["2023-03"] = { -- referrals: kunren_jigyosho; alerts: long_term_risk
        position = "employment", step = "up", to = "intermediate/commuter_paid", rules = { "UW-01" }, accepted = true,
        eligibility = { jyunbi = false, kunren = true },
        fired = { "JK-01", "JK-04", "JR-01", "JR-02", "JS-10" },
      },
      ["2023-04"] = { -- referrals: –; alerts: long_term_risk
        position = "intermediate/commuter_paid", step = "stay",
        eligibility = { jyunbi = false, kunren = true },
        fired = { "JK-01", "JR-01", "JR-02", "JS-10" },
      },
      ["2023-05"] = { -- referrals: –; alerts: long_term_risk
        position = "intermediate/commuter_paid", step = "stay",
        eligibility = { jyunbi = false, kunren = true },
        fired = { "JK-01", "JR-01", "JR-02", "JS-10" },
      },
    },
  },
}
