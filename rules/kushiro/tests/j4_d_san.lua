-- J4 – Mr D under Kushiro's rules (domain research §6 J4, run here to compare regions): the same
-- man, the same events, in a region with no certified work-training provider. Nationally he
-- enters 就労訓練 (JK-03, 非雇用型 → 雇用型); in Kushiro the intermediate stage is not used, so he
-- stays at 就労自立 with the council's programmes proposed in place of work training (JK-04),
-- until his 障害者雇用 moves him straight to general work (EX-01). The disability hand-over is the
-- national one: なかぽつ for a strongly suspected disability from intake (RF-NAKA, a borderline
-- case) with medical care, the core なかぽつ for a difficult case (RF-KIKAN), なかぽつ and Hello
-- Work's specialist section once certified (RF-NAKA, RF-HW).
return {
  {
    name = "J4 Mr D under Kushiro: no work training, 就労自立 until 障害者雇用",
    case = "../../../examples/cases/d-san.json",
    months = { from = "2025-05", to = "2026-02" },
    expect = {
      ["2025-05"] = { position = "employment", status = "assessment", step = "stay", eligibility = { kunren = false, kakei = true },
                      fired = { "JK-01", "JK-04", "RF-MEDICAL", "RF-NAKA" }, referrals = { "kushiro_jiritsu_program", "medical", "nakapotsu" },
                      alerts = { "long_term_risk" } },
      ["2025-07"] = { position = "employment", step = "stay", fired = { "RF-KIKAN" }, referrals = { "kushiro_jiritsu_program", "nakapotsu" } },
      -- The "work training" placement of the national story does not move him: no certified provider.
      ["2025-08"] = { position = "employment", step = "stay", referrals = { "nakapotsu" } },
      ["2025-10"] = { position = "employment", step = "stay", fired = { "RF-NAKA", "RF-KIKAN", "RF-HW" }, referrals = { "hellowork", "nakapotsu" } },
      ["2025-11"] = { position = "employment", step = "stay", referrals = {} },
      -- 障害者雇用 30 h/week: general work, past the unused intermediate stage.
      ["2026-01"] = { position = "employment", step = "up", to = "general/full_time", rules = { "EX-01" }, accepted = true },
      ["2026-02"] = { position = "general/full_time", status = "closed" },
    },
  },
}
