-- Zama's own journey (examples/cases/zama-f-san.json): Fさん, 45, on public assistance.
-- A first consultation closed with information only is followed up (断らない相談支援, JS-03 as Zama
-- reads it) and he comes back; the caseworker and the consultation support him as one team (JS-09
-- as Zama reads it); until March 2025 a recipient's readiness support is the recipients'
-- programme at はたらっく・ざま (ZM-11), from April 2025 he uses it as a 特定被保護者 (national JR-01
-- with hihogosha_joint_use); after readiness support, universal work (ZM-07, UW-01) up the
-- commuter ladder to general work: minimum-wage staff once the employment contract is signed
-- (SU-05), general wages on the appraisal (SU-06).
return {
  {
    name = "Zama Fさん: info-only screening followed up, joint PA support, はたらっく・ざま, universal work",
    case = "../../../examples/cases/zama-f-san.json",
    months = { from = "2025-02", to = "2026-02" },
    expect = {
      -- closed at screening with information only: not a silent closure
      ["2025-02"] = { status = "closed", position = "social", step = "stay", alerts = { "info_only_follow_up" },
                      referrals = {}, fired = { "JS-03" } },
      -- back after the follow-up call; before April 2025 a recipient uses the recipients' programme
      ["2025-03"] = { status = "planning", position = "social", step = "stay", alerts = { "plan_awaiting_meeting" },
                      referrals = { "fukushi_jimusho", "saposute" }, eligibility = { hogo_jyunbi = true, jyunbi = false },
                      fired = { "JS-09", "ZM-11", "JR-01" } },
      -- from April 2025: 特定被保護者 joint use of readiness support; the caseworker referral is made,
      -- the サポステ declined
      ["2025-04"] = { status = "in_support", position = "social", step = "stay", alerts = {}, referrals = {},
                      eligibility = { jyunbi = true } },
      ["2025-05"] = { position = "social", step = "up", to = "employment", rules = { "SU-02" }, accepted = true,
                      referrals = {}, alerts = {} },
      ["2025-06"] = { position = "employment", step = "stay", referrals = { "hellowork" }, alerts = {},
                      eligibility = { jyunbi = true, universal_work = true } },
      -- readiness support done and no workplace: universal work is the next entrance (ZM-07)
      ["2025-07"] = { position = "employment", step = "stay", referrals = { "hellowork", "zama_universal" }, alerts = {},
                      fired = { "ZM-07" } },
      ["2025-08"] = { position = "employment", step = "up", to = "intermediate/commuter_paid", rules = { "UW-01" },
                      accepted = true, referrals = {}, alerts = {} },
      ["2025-09"] = { status = "planning", position = "intermediate/commuter_paid", step = "stay", alerts = { "plan_awaiting_meeting" } },
      -- steady attendance, but a paid commuter's yardstick is the plan's goals (1 of 2) and the
      -- employment contract only starts on 11-01: no step yet
      ["2025-10"] = { status = "in_support", position = "intermediate/commuter_paid", step = "stay", alerts = {} },
      ["2025-11"] = { position = "intermediate/commuter_paid", step = "up", to = "intermediate/minwage_staff", rules = { "SU-05" },
                      accepted = true, alerts = {} },
      ["2025-12"] = { position = "intermediate/minwage_staff", step = "stay", alerts = {} },
      ["2026-01"] = { position = "intermediate/minwage_staff", step = "up", to = "general/part_time",
                      rules = { "SU-06" }, accepted = true, alerts = {} },
      ["2026-02"] = { position = "general/part_time", step = "stay", alerts = {}, referrals = {} },
    },
  },
}
