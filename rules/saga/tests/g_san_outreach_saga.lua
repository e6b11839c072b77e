-- Saga's own journey (examples/cases/saga-g-san.json): Gさん, 19, withdrawn since leaving high
-- school. His mother calls; he refuses contact. Outreach (RF-OUTREACH as Saga reads it, at intake:
-- see rules_saga.lua) keeps visiting (SG-02) until he meets the worker and consents; FDP
-- interpersonal 1 flags a long-term risk: a joint case conference before the plan (JS-10 as Saga
-- reads it), a plan of at least 180 days (SG-11), warm hand-overs to the youth centre (SG-04) and
-- to the host-employer network (SG-05), then a part-time job with a 職親 (EX-01).
-- Alerts are checked exactly (Saga's own and the national consent alert); referrals through the
-- rules that must fire, since national rules add targets of their own (サポステ, 社協, …).
return {
  {
    name = "Saga Gさん: outreach until consent, long-term-risk plan, youth centre, 職親, part-time work",
    case = "../../../examples/cases/saga-g-san.json",
    months = { from = "2024-10", to = "2025-11" },
    expect = {
      -- outreach referred and accepted, the first visits failed: keep writing and visiting
      ["2024-10"] = { status = "intake", position = "life", step = "stay",
                      alerts = { "consent_missing", "outreach_visit_due" }, fired = { "SG-02", "JS-02" } },
      -- he met the worker on 11-19: the next visit is not yet due
      ["2024-11"] = { status = "intake", position = "life", step = "stay", alerts = { "consent_missing" } },
      -- consent, FDP interpersonal 1: conference before the plan; the 3-month draft is too short
      ["2024-12"] = { status = "planning", position = "life", step = "stay", referrals = { "saga_youth_centre" },
                      alerts = { "case_conference_due", "extend_plan_period", "plan_awaiting_meeting" }, fired = { "SG-04", "SG-11", "JS-10" } },
      -- the 9-month plan is approved; visits every two weeks; the long-term flag stays on
      ["2025-01"] = { status = "in_support", position = "life", step = "stay", alerts = { "long_term_risk" }, fired = { "JS-10" } },
      ["2025-02"] = { position = "life", step = "stay", alerts = { "long_term_risk" } },
      ["2025-03"] = { position = "life", step = "up", to = "social", rules = { "SU-02" }, accepted = true, alerts = { "long_term_risk" } },
      -- outreach ended; FDP improved but interpersonal 2 keeps the long-term flag
      ["2025-04"] = { position = "social", step = "stay", alerts = { "long_term_risk" }, fired = { "RF-SAPO" } },
      ["2025-05"] = { position = "social", step = "up", to = "employment", rules = { "SU-02" }, accepted = true,
                      alerts = { "long_term_risk" }, fired = { "SG-05" } },
      ["2025-06"] = { position = "employment", step = "stay", alerts = { "long_term_risk" } },
      ["2025-08"] = { position = "employment", step = "stay", alerts = { "long_term_risk" } },
      -- evaluation and re-plan: the agencies meet before the next plan
      ["2025-09"] = { status = "planning", position = "employment", step = "stay", alerts = { "case_conference_due", "plan_awaiting_meeting" } },
      ["2025-10"] = { status = "in_support", position = "employment", step = "up", to = "general/part_time",
                      rules = { "EX-01" }, accepted = true, alerts = { "long_term_risk" } },
      ["2025-11"] = { position = "general/part_time", step = "stay", alerts = { "long_term_risk" } },
    },
  },
}
