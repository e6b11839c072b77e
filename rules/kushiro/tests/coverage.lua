-- National rules that the national tests reach only in tests Kushiro skips (it replaces JK-01,
-- SD-01 and JK-04 and disables the intermediate-stage rules), checked on Kushiro cases.

-- A recipient of public assistance at 社会生活自立, assessed twice (FDP minimum `before` then
-- `after`), with a plan ending on `plan_end`.
local function recipient(before, after, plan_end, linked)
  local events = {
    { type = "intake", date = "2016-04-11", stage = "social", concerns = { "job_search", "community" } },
    { type = "consent", date = "2016-04-11", info_sharing = true },
    { type = "assessment", date = "2016-04-18", kind = "initial",
      fdp = { interpersonal = before, mental = 3, stress = 3, thinking = 3, environment = 3 } },
    { type = "household_finance", date = "2016-04-18", income_yen = 0, financial_assets_yen = 10000 },
    { type = "plan", date = "2016-04-25", start_on = "2016-05-01", end_on = plan_end,
      goals = { { id = "g1", domain = "social", text = "地域の居場所に週2回通う" } } },
    { type = "plan_approved", date = "2016-05-01", meeting = "shien_chosei" },
    { type = "program_enrolled", date = "2016-05-01", program = "hogo_jyunbi", route = "hogo" },
    { type = "assessment", date = "2016-06-20", kind = "re",
      fdp = { interpersonal = after, mental = 3, stress = 3, thinking = 3, environment = 3 } },
    { type = "contact", date = "2016-06-27", kind = "interview" },
    { type = "review", date = "2016-06-27", kind = "monthly", goals_total = 2, goals_achieved = 2 },
  }
  if linked then
    table.insert(events, 3, { type = "referral_made", date = "2016-04-11", referral_id = "cw", target = "fukushi_jimusho",
                              warm_handoff = true, reason = "ケースワーカーと共同で支援" })
  end
  return {
    format = "hashigo.case/1", id = "kushiro-recipient", region = "kushiro",
    person = { pseudonym = "Sさん", birth_date = "1972-08-08", gender = "female" },
    household = { size = 1, kind = "single", housing = "rented", rent_yen = 31000, on_public_assistance = true },
    events = events,
  }
end

-- A man with a certificate (精神) who asks on 2025-11-04 to be referred to 就労継続支援B型.
local function asks_for_b_gata(id, pseudonym, birth_date)
  return {
    format = "hashigo.case/1", id = id, region = "kushiro",
    person = { pseudonym = pseudonym, birth_date = birth_date, gender = "male", disability_cert = "seishin" },
    household = { size = 1, kind = "single", housing = "rented", rent_yen = 33000 },
    events = {
      { type = "intake", date = "2025-10-06", stage = "employment", concerns = { "job_search" } },
      { type = "consent", date = "2025-10-06", info_sharing = true },
      { type = "referral_made", date = "2025-11-04", referral_id = "b", target = "keizoku_b", reason = "B型を希望" },
    },
  }
end

return {
  {
    name = "JS-09: a recipient not yet linked with the welfare office's caseworker",
    case = recipient(3, 3, "2016-12-31", false),
    as_of = "2016-06-30",
    -- Goals met, but no paid work: 就労自立 here is paid work at 100% (PW-01), so the case stays.
    expect = { position = "social", step = "stay",
               referrals = { "fukushi_jimusho" }, fired = { "JS-09" }, eligibility = { hogo_jyunbi = true } },
  },
  {
    name = "SD-02: goals met, but the interpersonal axis fell to 2 → hold and a case conference",
    case = recipient(3, 2, "2016-12-31", true),
    as_of = "2016-06-30",
    expect = { position = "social", step = "stay", rules = { "SD-02" }, alerts = { "long_term_risk" } },
  },
  {
    name = "JS-06: the plan ends within two weeks: prepare the evaluation",
    case = recipient(3, 3, "2016-07-10", true),
    as_of = "2016-06-30",
    expect = { alerts = { "evaluation_due" }, fired = { "JS-06" } },
  },
  {
    -- A certified person asking for 就労継続支援B型 after October 2025, aged 45: 就労選択支援 first.
    name = "RF-SENTAKU: B型 at 45 in Kushiro needs 就労選択支援 first",
    case = asks_for_b_gata("kushiro-b-gata", "Bさん", "1980-06-01"),
    as_of = "2025-11-30",
    expect = { fired = { "RF-SENTAKU" } },
  },
  {
    -- The same request at 52: no 就労選択支援 needed (50 or over), the exemption is noted.
    name = "RF-SENTAKU-EXEMPT: B型 at 52 in Kushiro goes ahead without 就労選択支援",
    case = asks_for_b_gata("kushiro-b-gata-52", "Dさん", "1973-03-05"),
    as_of = "2025-11-30",
    expect = { alerts = { "shuro_sentaku_exempt" }, fired = { "RF-SENTAKU-EXEMPT" } },
  },
}
