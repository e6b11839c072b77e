-- Byturn in Kamakura, the other branch of the journey (Inclusion Net Kanagawa materials: 卒業と同時に正規雇用): Mさん is
-- hired on a regular contract by his byturn employer when he graduates. Kamakura runs no optional
-- programmes, so learning support is not offered; byturn (the NPO's own youth work) is.
local case_file = "../../../examples/cases/kanagawa-byturn-kamakura.json"

return {
  {
    name = "byturn (Kamakura): month by month, regular job at graduation",
    case = case_file,
    months = { from = "2015-06", to = "2016-07" },
    expect = {
      ["2015-06"] = { status = "assessment", position = "social", step = "stay",
                      eligibility = { byturn = true, gakushu = false }, referrals = {}, alerts = {} },
      ["2015-07"] = { status = "in_support", position = "social", step = "stay", referrals = {} },
      ["2015-08"] = { position = "social", step = "up", to = "employment", rules = { "BT-02" }, accepted = true },
      ["2015-09"] = { position = "employment", step = "up", to = "intermediate/byturn", rules = { "BT-03" }, accepted = true },
      -- no follow-up since 9/25: the daily reports and a meeting are due (and national's review
      -- and contact alerts)
      ["2015-10"] = { position = "intermediate/byturn", step = "stay", rules = { "BT-08" },
                      alerts = { "byturn_followup_due", "contact_lost", "placement_review_due" } },
      ["2015-11"] = { position = "intermediate/byturn", step = "stay", alerts = {} },
      -- graduation is on 2016-03-31: 91 days away, not yet
      ["2015-12"] = { position = "intermediate/byturn", step = "stay", alerts = {} },
      ["2016-01"] = { position = "intermediate/byturn", step = "stay", alerts = { "byturn_graduation_decision" } },
      ["2016-02"] = { position = "intermediate/byturn", step = "stay", alerts = { "byturn_graduation_decision" } },
      ["2016-03"] = { status = "evaluation", position = "intermediate/byturn", step = "stay",
                      alerts = { "byturn_graduation_decision" } },
      -- 4/1 the regular full-time contract starts: EX-01 moves him to general work
      -- (the hire decides it; the universal-work appraisal rule SU-06 is not byturn's)
      ["2016-04"] = { status = "in_support", position = "intermediate/byturn", step = "up", to = "general/full_time",
                      rules = { "EX-01" }, accepted = true },
      ["2016-05"] = { position = "general/full_time", step = "stay" },
      ["2016-07"] = { position = "general/full_time", status = "closed" },
    },
  },
  {
    name = "byturn (Kamakura): learning support is not run in Kamakura",
    case = case_file,
    as_of = "2015-06-15",
    expect = { eligibility = { gakushu = false, byturn = true }, fired = { "GK-01", "BT-01" } },
  },
}
