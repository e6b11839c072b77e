-- J2 – Mr A (domain research §6 J2) as a Kamakura case (`kanagawa-kamakura-a-san.json`: the
-- national a-san events, id kamakura-…, without the 家計改善 enrolment). Kamakura runs no optional
-- programmes (Inclusion Net Kanagawa materials: 任意事業なし), so where national (and Fujisawa) open 家計改善 and 就労準備, Kamakura
-- says they are not run; the consultation service (インクル相談室鎌倉) keeps the budget work, the
-- debt goes to 法テラス and a loan to 社協 as everywhere. 住居確保給付金 is a mandatory programme:
-- the same months, extension and end as in national's J2. Without 家計改善 the case is not kept
-- open for it after the hire (no JS-08).
return {
  {
    name = "J2 Mr A in Kamakura: no 家計改善 or 就労準備, the same housing benefit and climb",
    case = "../../../examples/cases/kanagawa-kamakura-a-san.json",
    months = { from = "2024-04", to = "2024-12" },
    expect = {
      ["2024-04"] = { position = "employment", status = "assessment", step = "stay",
                      eligibility = { jukyo_kakuho = true, jyunbi = false, kakei = false },
                      referrals = { "houterasu", "saposute", "shakyo" }, alerts = {},
                      fired = { "HK-01", "JR-01", "KK-05" } },
      -- in employment stage a Kamakura case is not routed to readiness (JR-09 starts below it)
      ["2024-05"] = { position = "employment", status = "in_support", step = "stay",
                      eligibility = { jukyo_kakuho = true, jyunbi = false, kakei = false },
                      referrals = { "hellowork", "houterasu", "saposute", "shakyo" }, alerts = {} },
      ["2024-06"] = { position = "employment", step = "stay",
                      eligibility = { jukyo_kakuho = true, jyunbi = false, kakei = false },
                      referrals = { "saposute", "shakyo" }, alerts = { "benefit_period_end" } },
      ["2024-07"] = { position = "employment", step = "stay", eligibility = { jukyo_kakuho = true },
                      alerts = { "benefit_period_end" }, fired = { "HK-06" } },
      ["2024-08"] = { position = "employment", step = "stay", eligibility = { jukyo_kakuho = true, kakei = false },
                      referrals = { "saposute", "shakyo" }, alerts = {} },
      ["2024-09"] = { position = "employment", step = "up", to = "general/full_time", rules = { "EX-01" }, accepted = true,
                      eligibility = { jukyo_kakuho = true, jyunbi = false, kakei = false },
                      referrals = { "shakyo" }, alerts = { "benefit_period_end" } },
      -- national: kakei = true and keep_open (JS-08) here; Kamakura: kakei not run, nothing keeps it open
      ["2024-10"] = { position = "general/full_time", step = "stay", eligibility = { kakei = false },
                      referrals = {}, alerts = { "benefit_reapply_bar", "retention_visit_due" } },
      ["2024-11"] = { position = "general/full_time", step = "stay", alerts = { "benefit_reapply_bar" } },
      ["2024-12"] = { position = "general/full_time", status = "closed", step = "stay" },
    },
  },
}
