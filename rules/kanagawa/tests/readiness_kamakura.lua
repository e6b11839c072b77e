-- Kamakura readiness (Inclusion Net Kanagawa materials: 鎌倉市は任意事業なし、就労準備支援はインクルージョンネットかながわ
-- 自主事業（民間助成）でカバー; JR-09): Tさん, 38, ten years out of work, comes to インクル相談室鎌倉.
-- With no statutory readiness programme, readiness is routed to the NPO's self-funded programme,
-- built order-made: courses (CV, PC), social participation (English), work experience (cleaning),
-- then a part-time cleaning job.
local case_file = "../../../examples/cases/kanagawa-kamakura-readiness.json"

return {
  {
    name = "readiness (Kamakura): routed to the NPO's self-funded programme, order-made, month by month",
    case = case_file,
    months = { from = "2015-06", to = "2016-03" },
    expect = {
      -- plan approved 6/29, no readiness programme yet: JR-09 routes to the NPO (Kamakura has none)
      -- (national RF-SANKA also proposes the council of social welfare's community place until the
      -- NPO programme starts)
      ["2015-06"] = { status = "in_support", position = "life", step = "stay", referrals = { "inclusion_net_jishu", "shakyo" },
                      eligibility = { jyunbi = false }, fired = { "JR-09", "JR-01" } },
      -- enrolled 7/6; goals met at the July review
      ["2015-07"] = { position = "life", step = "up", to = "social", rules = { "SU-02" }, accepted = true, referrals = {} },
      -- in the NPO's programme: no community-salon proposal (RF-SANKA counts jyunbi_jishu); at 38 he
      -- may use サポステ alongside (15–39 in FY2015)
      ["2015-08"] = { position = "social", step = "stay", referrals = { "saposute" }, alerts = {} },
      ["2015-09"] = { position = "social", step = "up", to = "employment", rules = { "SU-02" }, accepted = true },
      ["2015-10"] = { position = "employment", step = "stay", alerts = {} },
      -- no interview since 10/28: order-made support needs the next one
      ["2015-11"] = { position = "employment", step = "stay",
                      alerts = { "contact_lost", "placement_review_due", "readiness_interview_due" } },
      ["2015-12"] = { position = "employment", step = "stay", alerts = {} },
      -- hired part-time (1/12, 20 h/week), the NPO programme ended: general work
      ["2016-01"] = { position = "employment", step = "up", to = "general/part_time", rules = { "EX-01" }, accepted = true },
      ["2016-02"] = { position = "general/part_time", step = "stay", referrals = {} },
      ["2016-03"] = { position = "general/part_time", status = "closed" },
    },
  },
  {
    name = "readiness (Kamakura): the routing is not repeated once the referral is made",
    case = case_file,
    as_of = "2015-07-02",
    expect = { referrals = { "shakyo" } },
  },
  {
    name = "readiness (Kamakura): no routing without consent to share information (JS-02)",
    case = {
      id = "kamakura-no-consent",
      region = "kanagawa",
      person = { pseudonym = "Uさん", birth_date = "1980-01-01", gender = "male", disability_cert = "none" },
      household = { prefecture = "14", municipality = "142042", size = 1, kind = "single", housing = "rented", rent_yen = 50000 },
      events = {
        { type = "intake", date = "2015-06-08", channel = "visit", source = "self", stage = "social" },
        { type = "assessment", date = "2015-06-15", kind = "initial" },
        { type = "plan", date = "2015-06-22", start_on = "2015-07-01", end_on = "2016-03-31",
          goals = { { id = "g1", domain = "social", text = "週1回の面談に来る" } } },
        { type = "plan_approved", date = "2015-06-29", meeting = "shien_chosei" },
      },
    },
    as_of = "2015-06-30",
    expect = { status = "in_support", referrals = {} },
  },
}
