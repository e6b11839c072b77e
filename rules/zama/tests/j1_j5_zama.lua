-- The journeys J1–J5 of domain.md §6 read as Zama cases (the national example cases, run under
-- this pack). The national tests of these journeys are skipped here because Zama overrides JR-02
-- (the need the city recognises) and sets the Kanagawa minimum wage; these tests say what Zama
-- changes and that the ladder still moves as the journey expects. Month by month they check the
-- position and step exactly, the eligibility Zama changes, the Zama rules that must fire, and the
-- exact referral list where Zama routes differently. National referral and alert rules may add
-- targets and alerts of their own (see the national tests).
return {
  {
    -- J1: no Zama difference on the ladder; universal work is open once he is on the employment
    -- stage (ZM-13). He stays in readiness support until hired, so no universal-work referral.
    name = "J1 Bさん under Zama",
    case = "../../../examples/cases/b-san.json",
    months = { from = "2015-05", to = "2016-02" },
    expect = {
      ["2015-05"] = { position = "social", status = "intake", step = "stay", eligibility = { kunren = true } },
      ["2015-06"] = { position = "social", step = "up", to = "employment", rules = { "SU-02" }, accepted = true,
                      eligibility = { jyunbi = true }, fired = { "JR-02" } },
      ["2015-07"] = { position = "employment", step = "stay", eligibility = { jyunbi = true, universal_work = true }, fired = { "ZM-13" } },
      ["2015-10"] = { position = "employment", step = "stay", referrals = {} },
      ["2015-11"] = { position = "employment", step = "up", to = "general/part_time", rules = { "EX-01" }, accepted = true },
      ["2015-12"] = { position = "general/part_time", step = "stay" },
      ["2016-02"] = { position = "general/part_time", status = "closed", step = "stay" },
    },
  },
  {
    -- J2: Mr A is job-ready: no readiness support used, so no universal-work referral (ZM-07
    -- waits for はたらっく・ざま first); universal work is open to him (ZM-13).
    name = "J2 Mr A under Zama",
    case = "../../../examples/cases/a-san.json",
    months = { from = "2024-04", to = "2024-12" },
    expect = {
      ["2024-04"] = { position = "employment", step = "stay", eligibility = { jukyo_kakuho = true, jyunbi = true, kakei = true, universal_work = true },
                      referrals = { "houterasu", "saposute", "shakyo" } },
      ["2024-05"] = { position = "employment", status = "in_support", step = "stay", referrals = { "hellowork", "houterasu", "saposute", "shakyo" } },
      ["2024-08"] = { position = "employment", step = "stay", referrals = { "saposute", "shakyo" } },
      ["2024-09"] = { position = "employment", step = "up", to = "general/full_time", rules = { "EX-01" }, accepted = true },
      ["2024-10"] = { position = "general/full_time", step = "stay", eligibility = { kakei = true } },
      ["2024-12"] = { position = "general/full_time", status = "closed", step = "stay" },
    },
  },
  {
    -- J3: the same commuter ladder (UW-01, UW-05, SU-02, SD-01, SD-04, SD-02, SU-06/EX-01). One
    -- Zama difference: her minimum-wage staff pay (1,050 yen) is below the Kanagawa minimum wage
    -- (1,112 yen from 2023-10), so the pay ladder (SU-05) does not back the move; her plan's goals
    -- and the employment contract carry it (SU-02).
    name = "J3 Ms C under Zama: the commuter ladder with the Kanagawa minimum wage",
    case = "../../../examples/cases/c-san.json",
    months = { from = "2023-04", to = "2024-08" },
    expect = {
      ["2023-04"] = { position = "life", status = "assessment", step = "stay", eligibility = { jyunbi = true, kakei = true } },
      ["2023-05"] = { position = "life", step = "up", to = "social", rules = { "SU-02" }, accepted = true },
      ["2023-07"] = { position = "social", step = "up", to = "intermediate/commuter_unpaid", rules = { "UW-01" }, accepted = true },
      ["2023-08"] = { position = "intermediate/commuter_unpaid", step = "stay", eligibility = { universal_work = true }, fired = { "ZM-13" } },
      ["2023-09"] = { position = "intermediate/commuter_unpaid", step = "up", to = "intermediate/commuter_paid", rules = { "SU-02", "UW-05" }, accepted = true },
      ["2023-12"] = { position = "intermediate/commuter_paid", step = "up", to = "intermediate/minwage_staff", rules = { "SU-02" }, accepted = true },
      ["2024-02"] = { position = "intermediate/minwage_staff", step = "stay", rules = { "SD-01", "SD-02" } },
      ["2024-03"] = { position = "intermediate/minwage_staff", step = "down", to = "intermediate/commuter_paid", rules = { "SD-04" }, overruled = { "SD-02" }, accepted = true },
      ["2024-04"] = { position = "intermediate/commuter_paid", step = "up", to = "intermediate/minwage_staff", rules = { "SU-02" }, accepted = true },
      ["2024-07"] = { position = "intermediate/minwage_staff", step = "up", to = "general/part_time", rules = { "EX-01", "SU-06" }, accepted = true },
      ["2024-08"] = { position = "general/part_time", status = "closed", step = "stay" },
    },
  },
  {
    -- J4: Mr D's household assets (¥700,000) are above the readiness lines, but FDP interpersonal
    -- and thinking at 2 (long-term risk): Zama recognises the need (JR-02, 4条2号) while he is at
    -- 就労自立; the ladder is the national one (JK-03, JK-08, EX-01).
    name = "J4 Mr D under Zama: readiness support recognised by the city",
    case = "../../../examples/cases/d-san.json",
    months = { from = "2025-05", to = "2026-02" },
    expect = {
      ["2025-05"] = { position = "employment", status = "assessment", step = "stay", eligibility = { jyunbi = true, kakei = true, kunren = true }, fired = { "JR-02" } },
      ["2025-07"] = { position = "employment", step = "stay", eligibility = { jyunbi = true } },
      ["2025-08"] = { position = "employment", step = "up", to = "intermediate/kunren_hikoyo", rules = { "JK-03" }, accepted = true },
      ["2025-09"] = { position = "intermediate/kunren_hikoyo", step = "stay", eligibility = { jyunbi = false, kunren = true } },
      ["2025-11"] = { position = "intermediate/kunren_hikoyo", step = "up", to = "intermediate/kunren_koyo", rules = { "JK-08" }, accepted = true },
      ["2026-01"] = { position = "intermediate/kunren_koyo", step = "up", to = "general/full_time", rules = { "EX-01" }, accepted = true },
      ["2026-02"] = { position = "general/full_time", status = "closed", step = "stay" },
    },
  },
  {
    -- J5: the 8050 household. Before consent only 支援会議 members are proposed (national
    -- JS-02 gating, kept by Zama's rules). Zama recognises the son's need (withdrawn for 20
    -- years) although the household's savings are far above the lines (JR-02), and its own place
    -- to belong is offered once the plan is approved (RF-SANKA as Zama reads it). The 社協 salon he
    -- is taken to on 2022-09-05 also counts as a place to belong.
    name = "J5 Household E under Zama: need recognised by the city, Zama's place to belong",
    case = "../../../examples/cases/e-household.json",
    months = { from = "2022-05", to = "2023-05" },
    expect = {
      ["2022-05"] = { position = "life", status = "intake", step = "stay", eligibility = { jyunbi = true }, fired = { "JR-02", "JS-02" },
                      referrals = { "houkatsu" }, alerts = { "consent_missing" } },
      ["2022-06"] = { position = "life", step = "stay", referrals = { "houkatsu", "outreach" }, alerts = { "consent_missing" } },
      ["2022-07"] = { position = "life", step = "stay", referrals = { "houkatsu", "outreach" } },
      ["2022-08"] = { position = "life", status = "in_support", step = "stay", eligibility = { jyunbi = true },
                      fired = { "RF-SANKA", "JS-10" }, referrals = { "houkatsu", "zama_ibasho" }, alerts = { "long_term_risk" } },
      ["2022-09"] = { position = "life", step = "up", to = "social", rules = { "SU-02" }, accepted = true, referrals = {} },
      ["2022-11"] = { position = "social", step = "stay", eligibility = { jyunbi = true, kunren = true }, fired = { "JR-02" } },
      ["2022-12"] = { position = "social", step = "up", to = "employment", rules = { "SU-02" }, accepted = true },
      ["2023-01"] = { position = "employment", step = "stay", eligibility = { jyunbi = true, universal_work = true } },
      ["2023-03"] = { position = "employment", step = "up", to = "intermediate/commuter_paid", rules = { "UW-01" }, accepted = true },
      ["2023-04"] = { position = "intermediate/commuter_paid", step = "stay", eligibility = { jyunbi = false, universal_work = true } },
      ["2023-05"] = { position = "intermediate/commuter_paid", status = "in_support", step = "stay" },
    },
  },
}
