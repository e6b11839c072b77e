-- Osaka's own journey (examples/cases/osaka-h-san.json): Hさん, 41, released from prison in 2022,
-- in recovery from alcohol dependence, referred by the probation office. Cross-category: criminal
-- record + alcohol dependence + the ice-age generation (OS-01, OS-02; a case conference across
-- the categories before the plan, OS-32; the lead partner, the addiction centre, is already
-- involved, OS-11). Readiness support of the wide-area scheme (OS-12), then the cooperating-
-- company network (JK-04 as Osaka reads it) and Osaka's menu, one rung at a time:
-- 見学 (OS-21) → 体験実習 (OS-22) → 就労訓練 (OS-23, after the municipality's decision) → a relapse
-- steps him back to 体験実習 (SD-01) → 就労訓練 again (OS-23) → 訓練付き就労 (OS-24 with JK-08) →
-- general work on the appraisal (OS-25).
return {
  {
    name = "Osaka Hさん: cross-category eligibility, 見学 → 体験実習 → 就労訓練 ⇄ → 訓練付き就労 → 一般就労",
    case = "../../../examples/cases/osaka-h-san.json",
    months = { from = "2023-04", to = "2024-08" },
    expect = {
      ["2023-04"] = { status = "planning", position = "social", step = "stay",
                      eligibility = { diversity_shuro = true, chiiki_shuro = true, jyunbi = true },
                      referrals = { "osaka_kouiki_jyunbi" }, alerts = { "cross_category_conference", "long_term_risk", "plan_awaiting_meeting" },
                      fired = { "OS-01", "OS-02", "OS-12", "OS-32" } },
      ["2023-05"] = { status = "in_support", position = "social", step = "up", to = "employment", rules = { "SU-02" }, accepted = true,
                      referrals = {} },
      -- readiness support done, no workplace: the cooperating companies' job sheets
      ["2023-06"] = { position = "employment", step = "stay", referrals = { "hellowork", "osaka_kyoryoku_kigyo" }, fired = { "JK-04" } },
      ["2023-07"] = { position = "employment", step = "up", to = "intermediate/kengaku", rules = { "OS-21" }, accepted = true },
      ["2023-08"] = { position = "intermediate/kengaku", step = "up", to = "intermediate/taiken", rules = { "OS-22" }, accepted = true },
      ["2023-09"] = { position = "intermediate/taiken", step = "up", to = "intermediate/kunren_hikoyo", rules = { "OS-23" }, accepted = true,
                      eligibility = { kunren = true } },
      ["2023-10"] = { position = "intermediate/kunren_hikoyo", step = "stay", alerts = { "long_term_risk" } },
      -- relapse: attendance 40% over two weeks, two unannounced absences
      ["2023-11"] = { position = "intermediate/kunren_hikoyo", step = "down", to = "intermediate/taiken", rules = { "SD-01" }, accepted = true },
      ["2023-12"] = { position = "intermediate/taiken", step = "stay" },
      ["2024-01"] = { position = "intermediate/taiken", step = "up", to = "intermediate/kunren_hikoyo", rules = { "OS-23" }, accepted = true },
      -- employment-type training at the Osaka minimum wage (1,064 yen from 2023-10-01)
      ["2024-02"] = { position = "intermediate/kunren_hikoyo", step = "up", to = "intermediate/kunren_koyo", rules = { "JK-08", "OS-24" }, accepted = true,
                      alerts = { "long_term_risk" } },
      ["2024-04"] = { position = "intermediate/kunren_koyo", step = "stay", alerts = { "long_term_risk" } },
      ["2024-05"] = { position = "intermediate/kunren_koyo", step = "up", to = "general/part_time", rules = { "OS-25" }, accepted = true },
      ["2024-06"] = { position = "general/part_time", step = "stay", referrals = {} },
      ["2024-08"] = { position = "general/part_time", step = "stay" },
    },
  },
}
