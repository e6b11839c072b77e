-- J3 – Ms C (domain research §6 J3): 34, single parent (child 7), depression history, no
-- certificate; referred by the 子育て窓口 (利用勧奨). The universal-work ladder with a relapse.
--
-- M0 FDP stress 2 → long-term risk (JS-10): referrals are warm hand-offs. M1 plan with 家計改善
-- (KK-05: a deficit) and 就労準備 (JR-01); life → social on goals (SU-02). M3 見学 then an unpaid
-- commuter placement → intermediate/commuter_unpaid (UW-01, skipping 就労自立 as the commuter
-- ladder is entered directly); 就労準備 ends. M5 3-month goals met and a paid commuter placement
-- (¥500/shift) → commuter_paid (SU-02 with UW-05). M6 the plan ends (JS-06), re-planned in M7 with
-- a re-assessment (stress 3). M8 goals met and a minimum-wage employment contract → minwage_staff
-- (SU-05; the plan's goals, not attendance, are a commuter's yardstick). M10 child's illness and
-- relapse: attendance 0.5 → a step down to commuter_paid is proposed (SD-01 holds: it needs the
-- employment contract to end), with the FDP fall's hold (SD-02). M11 the contract has become a
-- commuter confirmation: the position follows it down (SD-04, over SD-02's hold). M12 recovered
-- (re-assessment stress 3), goals met, a new employment contract → minwage_staff again (SU-05). M15 人事考課 4.2 and general wages
-- 24 h/week → general (SU-06 with EX-01; the rung is part_time by hours, the placement
-- regular_staff). M16 closed: 5 steps up, 1 down.
--
-- Referral and alert rules are checked with `fired` (each must fire; other rules may fire too),
-- because these base tests also run under every regional pack, which may add targets and alerts of
-- its own. The comment on each month lists what the national pack alone proposes and raises.
return {
  {
    name = "J3 Ms C month by month",
    case = "../../../examples/cases/c-san.json",
    months = { from = "2023-04", to = "2024-08" },
    expect = {
      ["2023-04"] = { -- referrals: shakyo; alerts: long_term_risk
        position = "life", status = "assessment", step = "stay",
        eligibility = { jyunbi = true, kakei = true },
        fired = { "JR-01", "JS-10", "KK-05", "RF-SHAKYO" },
      },
      ["2023-05"] = { -- referrals: shakyo; alerts: long_term_risk
        position = "life", status = "in_support", step = "up", to = "social", rules = { "SU-02" }, accepted = true,
        eligibility = { jyunbi = true, kakei = true },
        fired = { "JR-01", "JS-10", "KK-05", "RF-SHAKYO" },
      },
      ["2023-06"] = { -- referrals: saposute, shakyo; alerts: long_term_risk
        position = "social", step = "stay",
        eligibility = { jyunbi = true, kakei = true, kunren = true },
        fired = { "JK-01", "JR-01", "JS-10", "KK-05", "RF-SAPO", "RF-SHAKYO" },
      },
      ["2023-07"] = { -- referrals: saposute; alerts: long_term_risk
        position = "social", step = "up", to = "intermediate/commuter_unpaid", rules = { "UW-01" }, accepted = true,
        eligibility = { jyunbi = true, kunren = true },
        fired = { "JK-01", "JR-01", "JS-10", "RF-SAPO" },
      },
      ["2023-08"] = { -- referrals: –; alerts: long_term_risk
        position = "intermediate/commuter_unpaid", step = "stay",
        eligibility = { jyunbi = true, kunren = true },
        fired = { "JK-01", "JR-01", "JS-10" },
      },
      ["2023-09"] = { -- referrals: –; alerts: long_term_risk
        position = "intermediate/commuter_unpaid", step = "up", to = "intermediate/commuter_paid", rules = { "SU-02", "UW-05" }, accepted = true,
        eligibility = { jyunbi = true, kunren = true },
        fired = { "JK-01", "JR-01", "JS-10" },
      },
      ["2023-10"] = { -- referrals: –; alerts: evaluation_due, long_term_risk
        position = "intermediate/commuter_paid", step = "stay",
        eligibility = { jyunbi = true, kunren = true },
        fired = { "JK-01", "JR-01", "JS-06", "JS-10" },
      },
      ["2023-11"] = { -- referrals: –; alerts: –
        position = "intermediate/commuter_paid", step = "stay",
        eligibility = { jyunbi = true },
        fired = { "JR-01" },
      },
      ["2023-12"] = { -- referrals: –; alerts: –
        position = "intermediate/commuter_paid", step = "up", to = "intermediate/minwage_staff", rules = { "SU-05" }, accepted = true,
        eligibility = { jyunbi = true },
        fired = { "JR-01" },
      },
      ["2024-01"] = { -- referrals: hellowork; alerts: –
        position = "intermediate/minwage_staff", step = "stay",
        eligibility = { jyunbi = true },
        fired = { "JR-01", "RF-HW" },
      },
      ["2024-02"] = { -- referrals: –; alerts: long_term_risk
        position = "intermediate/minwage_staff", step = "stay", rules = { "SD-01", "SD-02" },
        eligibility = { jyunbi = true, kunren = true },
        fired = { "JK-01", "JR-01", "JS-10" },
      },
      ["2024-03"] = { -- referrals: –; alerts: long_term_risk
        position = "intermediate/minwage_staff", step = "down", to = "intermediate/commuter_paid", rules = { "SD-04" }, overruled = { "SD-02" }, accepted = true,
        eligibility = { jyunbi = true, kunren = true },
        fired = { "JK-01", "JR-01", "JS-10" },
      },
      ["2024-04"] = { -- referrals: –; alerts: –
        position = "intermediate/commuter_paid", step = "up", to = "intermediate/minwage_staff", rules = { "SU-05" }, accepted = true,
        eligibility = { jyunbi = true },
        fired = { "JR-01" },
      },
      ["2024-05"] = { -- referrals: –; alerts: –
        position = "intermediate/minwage_staff", step = "stay",
        eligibility = { jyunbi = true },
        fired = { "JR-01" },
      },
      ["2024-06"] = { -- referrals: hellowork; alerts: –
        position = "intermediate/minwage_staff", step = "stay",
        eligibility = { jyunbi = true },
        fired = { "JR-01", "RF-HW" },
      },
      ["2024-07"] = { -- referrals: hellowork; alerts: –
        position = "intermediate/minwage_staff", step = "up", to = "general/part_time", rules = { "EX-01", "SU-06" }, accepted = true,
        eligibility = { jyunbi = true },
        fired = { "JR-01", "RF-HW" },
      },
      ["2024-08"] = { -- referrals: –; alerts: –
        position = "general/part_time", status = "closed", step = "stay",
      },
    },
  },
}
