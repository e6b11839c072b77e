-- The journeys J3–J5 of domain.md §6 read as Osaka cases (the national example cases, run under
-- this pack; J1 and J2 are the national tests themselves, which run unchanged under Osaka). The
-- national tests of J3–J5 are skipped here because Osaka sets the Osaka minimum wage and overrides
-- JK-04 (the cooperating-company network) and RF-NAKA (borderline cases); these tests say what
-- Osaka changes and that the ladder moves as each journey expects. Month by month they check the
-- position and step exactly, the eligibility and the Osaka rules that must fire, and exact
-- referral or alert lists where Osaka's routing shows.
return {
  {
    -- J3: Ms C is a single mother: cross-category eligibility (OS-01, OS-02) and the single-parent
    -- employment centre as lead partner (OS-11), readiness support through the wide-area scheme
    -- before she enrols (OS-12). Her minimum-wage staff pay (1,050 yen) is below the Osaka minimum
    -- wage (1,064 from 2023-10): the pay ladder (SU-05) does not back the move and OS-33 flags it
    -- while she is on that contract; her plan's goals and the contract carry the move (SU-02). The
    -- commuter ladder itself is the national one, moves between contracts following their events.
    name = "J3 Ms C under Osaka: single-mother partner, the Osaka minimum wage",
    case = "../../../examples/cases/c-san.json",
    months = { from = "2023-04", to = "2024-08" },
    expect = {
      ["2023-04"] = { position = "life", status = "assessment", step = "stay",
                      eligibility = { diversity_shuro = true, chiiki_shuro = true, jyunbi = true },
                      referrals = { "boshi_centre", "osaka_kouiki_jyunbi", "shakyo" }, fired = { "OS-01", "OS-02", "OS-11", "OS-12" } },
      ["2023-05"] = { position = "life", step = "up", to = "social", rules = { "SU-02" }, accepted = true },
      ["2023-07"] = { position = "social", step = "up", to = "intermediate/commuter_unpaid", rules = { "UW-01" }, accepted = true },
      ["2023-09"] = { position = "intermediate/commuter_unpaid", step = "up", to = "intermediate/commuter_paid", rules = { "SU-02", "UW-05" }, accepted = true },
      ["2023-12"] = { position = "intermediate/commuter_paid", step = "up", to = "intermediate/minwage_staff", rules = { "SU-02" }, accepted = true,
                      alerts = { "below_minimum_wage" }, fired = { "OS-33" } },
      ["2024-02"] = { position = "intermediate/minwage_staff", step = "stay", rules = { "SD-01", "SD-02" },
                      alerts = { "below_minimum_wage", "long_term_risk" } },
      ["2024-03"] = { position = "intermediate/minwage_staff", step = "down", to = "intermediate/commuter_paid", rules = { "SD-04" }, overruled = { "SD-02" }, accepted = true },
      ["2024-04"] = { position = "intermediate/commuter_paid", step = "up", to = "intermediate/minwage_staff", rules = { "SU-02" }, accepted = true },
      ["2024-07"] = { position = "intermediate/minwage_staff", step = "up", to = "general/part_time", rules = { "EX-01", "SU-06" }, accepted = true, alerts = {} },
      ["2024-08"] = { position = "general/part_time", status = "closed", step = "stay" },
    },
  },
  {
    -- J4: Mr D's suspected developmental disorder makes him a borderline case: Nakapotsu is brought
    -- in from the start, before any certificate (RF-NAKA as Osaka reads it); the cooperating-
    -- company network is proposed while he waits for a place (JK-04 as Osaka reads it). His
    -- employment-type training at 1,130 yen is below the Osaka minimum wage from 2025-10-16
    -- (1,177): OS-33. The ladder is the national training track (JK-03, JK-08, EX-01).
    name = "J4 Mr D under Osaka: Nakapotsu for a borderline case, the cooperating companies",
    case = "../../../examples/cases/d-san.json",
    months = { from = "2025-05", to = "2026-02" },
    expect = {
      ["2025-05"] = { position = "employment", status = "assessment", step = "stay",
                      eligibility = { diversity_shuro = true, chiiki_shuro = true, kunren = true },
                      referrals = { "medical", "nakapotsu" }, fired = { "RF-NAKA", "RF-MEDICAL" } },
      ["2025-06"] = { position = "employment", status = "in_support", step = "stay",
                      referrals = { "nakapotsu", "osaka_kyoryoku_kigyo" }, fired = { "JK-04" } },
      ["2025-07"] = { position = "employment", step = "stay", fired = { "RF-KIKAN" } },
      ["2025-08"] = { position = "employment", step = "up", to = "intermediate/kunren_hikoyo", rules = { "JK-03" }, accepted = true },
      ["2025-11"] = { position = "intermediate/kunren_hikoyo", step = "up", to = "intermediate/kunren_koyo", rules = { "JK-08" }, accepted = true,
                      alerts = { "below_minimum_wage", "long_term_risk" } },
      ["2026-01"] = { position = "intermediate/kunren_koyo", step = "up", to = "general/full_time", rules = { "EX-01" }, accepted = true },
      ["2026-02"] = { position = "general/full_time", status = "closed", step = "stay" },
    },
  },
  {
    -- J5: Osaka reads the son's path on its menu. He is withdrawn and 53: the hikikomori support
    -- centre is the lead partner once he consents (OS-11). His farm practicum outside readiness
    -- support brings him onto Osaka's intermediate rungs at 体験実習 (OS-21, 2023-01), reviewed
    -- after 60 days (OS-31); the paid-commuter role in March moves him onto the universal-work
    -- track (OS-26), where the national journey also ends. Household savings keep readiness support
    -- (and so the wide-area referral, OS-12) closed.
    name = "J5 Household E under Osaka: the hikikomori centre, 体験実習 on the menu, then commuter",
    case = "../../../examples/cases/e-household.json",
    months = { from = "2022-05", to = "2023-05" },
    expect = {
      ["2022-05"] = { position = "life", status = "intake", step = "stay", eligibility = { diversity_shuro = true, jyunbi = false },
                      referrals = { "houkatsu" }, alerts = { "consent_missing" } },
      ["2022-06"] = { position = "life", step = "stay", referrals = { "houkatsu", "outreach" } },
      ["2022-08"] = { position = "life", status = "in_support", step = "stay",
                      referrals = { "hikikomori_centre", "houkatsu", "shakyo" }, fired = { "OS-11", "RF-SANKA", "RF-HOUKATSU" } },
      ["2022-09"] = { position = "life", step = "up", to = "social", rules = { "SU-02" }, accepted = true },
      ["2022-12"] = { position = "social", step = "up", to = "employment", rules = { "SU-02" }, accepted = true },
      ["2023-01"] = { position = "employment", step = "up", to = "intermediate/taiken", rules = { "OS-21" }, accepted = true,
                      eligibility = { chiiki_shuro = true } },
      ["2023-02"] = { position = "intermediate/taiken", step = "stay", alerts = { "long_term_risk", "practicum_review" }, fired = { "OS-31" } },
      ["2023-03"] = { position = "intermediate/taiken", step = "up", to = "intermediate/commuter_paid", rules = { "OS-26" }, accepted = true },
      ["2023-05"] = { position = "intermediate/commuter_paid", status = "in_support", step = "stay" },
    },
  },
}
