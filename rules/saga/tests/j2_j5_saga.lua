-- The journeys J2–J5 of domain.md §6 read as Saga cases (the national example cases, run under
-- this pack; J1 is the national test itself, which runs unchanged under Saga). The national tests
-- of J2–J5 are skipped here because Saga overrides JS-10 (long-term risk → joint case
-- conferences) and RF-OUTREACH (FDP-driven outreach) and sets suspend_after_days; these tests say
-- what Saga changes and that the ladder still moves as each journey expects. Month by month they
-- check the position and step exactly, the Saga rules that must fire, and the exact alert list
-- where Saga's long-term-risk handling shows.
return {
  {
    -- J2: Mr A has no FDP axis below 3 and keeps in touch: nothing Saga-specific fires; the
    -- housing benefit, budget support and the hire run as in the national journey.
    name = "J2 Mr A under Saga",
    case = "../../../examples/cases/a-san.json",
    months = { from = "2024-04", to = "2024-12" },
    expect = {
      ["2024-04"] = { position = "employment", status = "assessment", step = "stay",
                      eligibility = { jukyo_kakuho = true, jyunbi = true, kakei = true }, alerts = {} },
      ["2024-06"] = { position = "employment", step = "stay", alerts = { "benefit_period_end" } },
      ["2024-09"] = { position = "employment", step = "up", to = "general/full_time", rules = { "EX-01" }, accepted = true },
      ["2024-10"] = { position = "general/full_time", step = "stay", alerts = { "benefit_reapply_bar", "keep_open", "retention_visit_due" } },
      -- the 3-month retention visit (due 2024-12-16) goes on after the closure on 12-20 (FU-01)
      ["2024-12"] = { position = "general/full_time", status = "closed", step = "stay", alerts = { "retention_visit_due" } },
    },
  },
  {
    -- J3: Ms C's stress axis at 2 is a long-term risk from intake. Saga calls the agencies together
    -- before the plan (JS-10), flags the first plan as too short for a long-term risk (SG-11, until
    -- the October evaluation), and again when FDP falls in February 2024. The ladder is the
    -- national one.
    name = "J3 Ms C under Saga: conferences at the plan, the evaluation and the FDP fall",
    case = "../../../examples/cases/c-san.json",
    months = { from = "2023-04", to = "2024-08" },
    expect = {
      ["2023-04"] = { position = "life", status = "assessment", step = "stay", alerts = { "case_conference_due" }, fired = { "JS-10" } },
      ["2023-05"] = { position = "life", step = "up", to = "social", rules = { "SU-02" }, accepted = true,
                      alerts = { "extend_plan_period", "long_term_risk" }, fired = { "SG-11" } },
      ["2023-07"] = { position = "social", step = "up", to = "intermediate/commuter_unpaid", rules = { "UW-01" }, accepted = true },
      ["2023-09"] = { position = "intermediate/commuter_unpaid", step = "up", to = "intermediate/commuter_paid", rules = { "SU-02", "UW-05" }, accepted = true },
      ["2023-10"] = { position = "intermediate/commuter_paid", step = "stay", alerts = { "case_conference_due", "evaluation_due", "extend_plan_period" } },
      ["2023-11"] = { position = "intermediate/commuter_paid", step = "stay", alerts = {} },
      ["2023-12"] = { position = "intermediate/commuter_paid", step = "up", to = "intermediate/minwage_staff", rules = { "SU-05" }, accepted = true },
      ["2024-02"] = { position = "intermediate/minwage_staff", step = "stay", rules = { "SD-01", "SD-02" },
                      alerts = { "case_conference_due", "extend_plan_period" } },
      ["2024-03"] = { position = "intermediate/minwage_staff", step = "down", to = "intermediate/commuter_paid", rules = { "SD-04" }, overruled = { "SD-02" }, accepted = true },
      ["2024-04"] = { position = "intermediate/commuter_paid", step = "up", to = "intermediate/minwage_staff", rules = { "SU-05" }, accepted = true, alerts = {} },
      ["2024-07"] = { position = "intermediate/minwage_staff", step = "up", to = "general/part_time", rules = { "EX-01", "SU-06" }, accepted = true },
      ["2024-08"] = { position = "general/part_time", status = "closed", step = "stay" },
    },
  },
  {
    -- J4: Mr D (interpersonal and thinking at 2): a joint case conference before his plan (JS-10);
    -- then the national ladder through work training (JK-03, JK-08) to disability employment (EX-01).
    name = "J4 Mr D under Saga: a conference before the plan, the national training track",
    case = "../../../examples/cases/d-san.json",
    months = { from = "2025-05", to = "2026-02" },
    expect = {
      ["2025-05"] = { position = "employment", status = "assessment", step = "stay", alerts = { "case_conference_due" },
                      eligibility = { jyunbi = false, kakei = true, kunren = true }, fired = { "JS-10", "RF-MEDICAL", "JK-04" } },
      ["2025-06"] = { position = "employment", status = "in_support", step = "stay", alerts = { "long_term_risk" } },
      ["2025-07"] = { position = "employment", step = "stay", fired = { "RF-KIKAN" } },
      ["2025-08"] = { position = "employment", step = "up", to = "intermediate/kunren_hikoyo", rules = { "JK-03" }, accepted = true },
      ["2025-11"] = { position = "intermediate/kunren_hikoyo", step = "up", to = "intermediate/kunren_koyo", rules = { "JK-08" }, accepted = true },
      ["2026-01"] = { position = "intermediate/kunren_koyo", step = "up", to = "general/full_time", rules = { "EX-01" }, accepted = true },
      ["2026-02"] = { position = "general/full_time", status = "closed", step = "stay" },
    },
  },
  {
    -- J5: the 8050 household. SSF goes after the first unanswered letter (RF-OUTREACH as Saga
    -- reads it: one failed contact, national two), shared only in the 支援会議 before consent. Once
    -- he consents, the hikikomori support centre is proposed (SG-04: 53 is beyond the サポステ
    -- ages), and the long-term flag (interpersonal 1) carries SSF's conference points.
    name = "J5 Household E under Saga: outreach after the first letter, the hikikomori centre",
    case = "../../../examples/cases/e-household.json",
    months = { from = "2022-05", to = "2023-05" },
    expect = {
      ["2022-05"] = { position = "life", status = "intake", step = "stay", referrals = { "houkatsu", "outreach" },
                      alerts = { "consent_missing" }, fired = { "RF-OUTREACH", "JS-02" } },
      ["2022-07"] = { position = "life", step = "stay", referrals = { "houkatsu", "outreach" }, alerts = { "consent_missing" } },
      ["2022-08"] = { position = "life", status = "in_support", step = "stay", alerts = { "long_term_risk" }, fired = { "SG-04", "JS-10" } },
      ["2022-09"] = { position = "life", step = "up", to = "social", rules = { "SU-02" }, accepted = true },
      ["2022-12"] = { position = "social", step = "up", to = "employment", rules = { "SU-02" }, accepted = true },
      ["2023-03"] = { position = "employment", step = "up", to = "intermediate/commuter_paid", rules = { "UW-01" }, accepted = true },
      ["2023-05"] = { position = "intermediate/commuter_paid", status = "in_support", step = "stay", alerts = { "long_term_risk" } },
    },
  },
}
