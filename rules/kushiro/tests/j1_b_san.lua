-- J1 – Bさん under Kushiro's rules (domain research §6 J1; the case is a Chiba one, run here to
-- compare regions). The course is the national one — social → employment on his goals (SU-02),
-- Hello Work once the experience goals are met (RF-HW), hired part time (EX-01) — except that
-- 就労訓練 is "not available (no certified provider)" in Kushiro (JK-01), where nationally he is
-- in its target group (ひきこもり). He is not on public assistance, so no recipients' programme
-- (HG-01 silent); his experiences are unpaid, so PW-01/PW-02 stay silent.
return {
  {
    name = "J1 Bさん under Kushiro, month by month",
    case = "../../../examples/cases/b-san.json",
    months = { from = "2015-05", to = "2016-02" },
    expect = {
      ["2015-05"] = { position = "social", status = "intake", step = "stay", eligibility = { kunren = false }, fired = { "JK-01" },
                      referrals = { "saposute" }, alerts = {} },
      ["2015-06"] = { position = "social", step = "up", to = "employment", rules = { "SU-02" }, accepted = true,
                      eligibility = { jyunbi = true, kunren = false }, referrals = { "saposute" }, alerts = {} },
      ["2015-07"] = { position = "employment", step = "stay", referrals = { "saposute" }, alerts = {} },
      ["2015-08"] = { position = "employment", step = "stay", referrals = { "saposute" }, alerts = {} },
      ["2015-09"] = { position = "employment", step = "stay", referrals = { "hellowork", "saposute" }, alerts = {} },
      ["2015-10"] = { position = "employment", step = "stay", referrals = {}, alerts = {} },
      ["2015-11"] = { position = "employment", step = "up", to = "general/part_time", rules = { "EX-01" }, accepted = true },
      ["2015-12"] = { position = "general/part_time", step = "stay", referrals = {}, alerts = {} },
      ["2016-02"] = { position = "general/part_time", status = "closed" },
    },
  },
}
