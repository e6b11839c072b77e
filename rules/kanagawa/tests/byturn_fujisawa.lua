-- Kanagawa's own journey (domain.md §6 "optional sixth"; Inclusion Net Kanagawa materials: バイターン): Kさん, a third-year
-- high-school student in Fujisawa. Recruitment and pre-training → matching interview → 3-day
-- workplace experience → byturn part-time with the school intervening → at graduation not yet
-- ready for a regular job: continued part-time work + the NPO's skill-up training → Hello Work for
-- other employers after 6 months → a regular job elsewhere. Positions are read before each
-- month's step is committed, so a step shows in the next month's position.
local case_file = "../../../examples/cases/kanagawa-byturn.json"

return {
  {
    name = "byturn (Fujisawa): month by month, continued part-time and skill-up, regular job elsewhere",
    case = case_file,
    months = { from = "2015-05", to = "2017-02" },
    expect = {
      -- at school: no サポステ (RF-SAPO) and no community salon (RF-SANKA) for a byturn student
      ["2015-05"] = { status = "assessment", position = "social", step = "stay", referrals = {}, alerts = {},
                      eligibility = { byturn = true, gakushu = true } },
      ["2015-06"] = { status = "in_support", position = "social", step = "stay", referrals = {}, alerts = {} },
      -- the three-day workplace experience (7/21–23) is done
      ["2015-07"] = { position = "social", step = "up", to = "employment", rules = { "BT-02" }, accepted = true },
      -- the part-time contract (8/3, 950 yen ≥ Kanagawa minimum wage 887) skips to the byturn rung
      ["2015-08"] = { position = "employment", step = "up", to = "intermediate/byturn", rules = { "BT-03" },
                      accepted = true, overruled = {} },
      -- while at school the part-time job is supported work: BT-08 holds it out of general work
      ["2015-09"] = { position = "intermediate/byturn", step = "stay", rules = { "BT-08" }, alerts = {},
                      eligibility = { gakushu = true } },
      ["2015-10"] = { position = "intermediate/byturn", step = "stay", alerts = {} },
      ["2015-11"] = { position = "intermediate/byturn", step = "stay", alerts = {} },
      -- 90 days before graduation (2016-03-01) the path after it must be decided
      ["2015-12"] = { position = "intermediate/byturn", step = "stay", alerts = { "byturn_graduation_decision" } },
      ["2016-01"] = { position = "intermediate/byturn", step = "stay", alerts = { "byturn_graduation_decision" } },
      ["2016-02"] = { position = "intermediate/byturn", step = "stay", alerts = { "byturn_graduation_decision" } },
      -- graduated (3/1); part-time continues under the NPO's skill-up training: still intermediate;
      -- Hello Work waits for six months of skill-up (BT-05)
      ["2016-03"] = { status = "evaluation", position = "intermediate/byturn", step = "stay", rules = { "BT-08" },
                      referrals = {}, alerts = {} },
      ["2016-04"] = { status = "in_support", position = "intermediate/byturn", step = "stay", rules = { "BT-08" } },
      ["2016-06"] = { position = "intermediate/byturn", step = "stay", referrals = {}, alerts = {} },
      -- a good appraisal (4.25) does not move a supported part-timer: the universal-work appraisal
      -- rule (SU-06) is not byturn's; BT-08 holds
      ["2016-08"] = { position = "intermediate/byturn", step = "stay", rules = { "BT-08" }, overruled = {},
                      referrals = {} },
      -- six months of skill-up and still part-time: look for regular jobs with other employers
      ["2016-09"] = { position = "intermediate/byturn", step = "stay", referrals = { "hellowork" },
                      fired = { "BT-05" } },
      ["2016-10"] = { position = "intermediate/byturn", step = "stay", referrals = {} },
      -- a regular full-time job at another company (11/1)
      ["2016-11"] = { position = "intermediate/byturn", step = "up", to = "general/full_time", rules = { "EX-01" },
                      accepted = true },
      ["2016-12"] = { position = "general/full_time", step = "stay", alerts = {} },
      ["2017-01"] = { position = "general/full_time", step = "stay" },
      ["2017-02"] = { position = "general/full_time", status = "closed" },
    },
  },
  {
    name = "byturn (Fujisawa): on graduation day, refer to the NPO's skill-up training",
    case = case_file,
    as_of = "2016-03-01",
    expect = { referrals = { "npo_skillup" }, fired = { "BT-04" } },
  },
  {
    name = "byturn (Fujisawa): the referral is not repeated once made",
    case = case_file,
    as_of = "2016-03-05",
    expect = { referrals = {} },
  },
  {
    name = "byturn (Fujisawa): a 17-year-old referred by the school can take part; learning support is open in Fujisawa",
    case = case_file,
    as_of = "2015-05-11",
    expect = { status = "intake", eligibility = { byturn = true, gakushu = true }, fired = { "BT-01", "GK-01" } },
  },
  {
    -- A fork for trainers: "what if attendance drops?" The byturn student's attendance falls in
    -- November: a step down is proposed (SD-01), but she is still on her part-time employment
    -- contract, so she is not relabelled a commuter — the position waits for a contract change
    -- that the school, the company and she have not made. December is steady again: she stays.
    name = "byturn (Fujisawa) fork: attendance drops, a step down is proposed but the part-time contract stands",
    case = {
      id = "fujisawa-byturn-fork",
      region = "kanagawa",
      person = { pseudonym = "Kさん（分岐）", birth_date = "1997-09-10", gender = "female", disability_cert = "none" },
      household = { prefecture = "14", municipality = "142051", size = 3, kind = "single_parent", housing = "rented", rent_yen = 62000 },
      events = {
        { type = "intake", date = "2015-05-11", channel = "referral", source = "school", concerns = { "job_search" }, stage = "social" },
        { type = "consent", date = "2015-05-11", info_sharing = true },
        { type = "program_enrolled", date = "2015-05-18", program = "byturn", planned_end_on = "2016-03-01" },
        { type = "assessment", date = "2015-05-25", kind = "initial",
          fdp = { interpersonal = 3, mental = 4, stress = 3, thinking = 3, environment = 3 } },
        { type = "plan", date = "2015-06-01", start_on = "2015-06-01", end_on = "2016-03-31",
          goals = { { id = "g1", domain = "work", text = "3日間の職場体験をやりとげる" } } },
        { type = "plan_approved", date = "2015-06-05", meeting = "shien_chosei" },
        { type = "contact", date = "2015-06-24", kind = "case_conference", minutes = 45 },
        { type = "placement_started", date = "2015-07-21", placement_id = "p1", employer = "湘南ベーカリー", kind = "taiken",
          contract = "none", hours_per_week = 18 },
        { type = "placement_ended", date = "2015-07-23", placement_id = "p1", reason = "completed" },
        { type = "contact", date = "2015-07-27", kind = "interview", minutes = 30 },
        { type = "placement_started", date = "2015-08-03", placement_id = "p2", employer = "湘南ベーカリー", kind = "part_time",
          contract = "employment", hours_per_week = 8, wage_per_hour_yen = 950 },
        { type = "attendance", date = "2015-08-31", placement_id = "p2", period_start = "2015-08-03", scheduled_hours = 32, attended_hours = 31 },
        { type = "contact", date = "2015-08-28", kind = "case_conference", minutes = 30 },
        { type = "attendance", date = "2015-09-30", placement_id = "p2", period_start = "2015-09-01", scheduled_hours = 34, attended_hours = 33 },
        { type = "contact", date = "2015-09-25", kind = "case_conference", minutes = 30 },
        { type = "attendance", date = "2015-10-31", placement_id = "p2", period_start = "2015-10-01", scheduled_hours = 34, attended_hours = 33 },
        { type = "contact", date = "2015-10-23", kind = "case_conference", minutes = 30 },
        { type = "attendance", date = "2015-11-30", placement_id = "p2", period_start = "2015-11-01", scheduled_hours = 32,
          attended_hours = 12, unannounced_absences = 2 },
        { type = "contact", date = "2015-11-27", kind = "case_conference", minutes = 60, note = "欠勤が続く：学校・企業と三者面談" },
        { type = "attendance", date = "2015-12-31", placement_id = "p2", period_start = "2015-12-01", scheduled_hours = 28, attended_hours = 28 },
        { type = "contact", date = "2015-12-18", kind = "case_conference", minutes = 30 },
      },
    },
    months = { from = "2015-07", to = "2016-01" },
    expect = {
      ["2015-07"] = { position = "social", step = "up", rules = { "BT-02" } },
      ["2015-08"] = { position = "employment", step = "up", to = "intermediate/byturn", rules = { "BT-03" } },
      ["2015-10"] = { position = "intermediate/byturn", step = "stay" },
      -- 38% over the last weeks of November: the step down to paid commuter needs the アルバイト
      -- contract to end; none is recorded, so SD-01 holds (with BT-08's hold)
      ["2015-11"] = { position = "intermediate/byturn", step = "stay", rules = { "BT-08", "SD-01" } },
      -- December steady again (100%, no unannounced absence): still on the contract, still here
      ["2015-12"] = { position = "intermediate/byturn", step = "stay", rules = { "BT-08" } },
      ["2016-01"] = { position = "intermediate/byturn", step = "stay", rules = { "BT-08" } },
    },
  },
}
