-- Kushiro's own rules on small cases (釧路社会的企業創造協議会「自己紹介します」): no intermediate work to step
-- down to (SD-01), the council's programmes in place of work training (JK-04), job search for
-- people not on public assistance (PW-02), a case from the towns held with the regional office (KN-01).

-- A person at the work-independence stage on `day`'s side of things: `pa` on public assistance,
-- `paid` doing paid programme work, FDP environment axis `env`.
-- The month-end review after intake (intake in September → a review on 10-28).
local function review_on(intake)
  return string.sub(intake, 1, 5) .. string.format("%02d", tonumber(string.sub(intake, 6, 7)) + 1) .. "-28"
end

local function work_stage_case(pa, paid, env, intake)
  local events = {
    { type = "intake", date = intake, stage = "employment", concerns = { "job_search" } },
    { type = "consent", date = intake, info_sharing = true },
    { type = "assessment", date = intake, kind = "initial",
      fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = env } },
  }
  local function add(e) events[#events + 1] = e end
  if pa then
    add({ type = "household_finance", date = intake, income_yen = 0, financial_assets_yen = 20000 })
    add({ type = "referral_made", date = intake, referral_id = "cw", target = "fukushi_jimusho", warm_handoff = true,
          reason = "ケースワーカーと共同で支援" })
  else
    add({ type = "household_finance", date = intake, income_yen = 125000, financial_assets_yen = 200000 })
  end
  add({ type = "contact", date = review_on(intake), kind = "interview" })
  add({ type = "review", date = review_on(intake), kind = "monthly", goals_total = 3, goals_achieved = paid and 3 or 1 })
  if paid then
    add({ type = "placement_started", date = intake, placement_id = "p1", employer = "釧路社会的企業創造協議会（漁網の仕立て作業）",
          kind = "taiken", contract = "none", hours_per_week = 12, stipend_per_shift_yen = 1000 })
  else
    add({ type = "placement_started", date = intake, placement_id = "p1", employer = "地域の居場所",
          kind = "taiken", contract = "none", hours_per_week = 6 })
  end
  return {
    format = "hashigo.case/1", id = "kushiro-work-stage", region = "kushiro",
    person = { pseudonym = "Wさん", birth_date = "1968-07-01", gender = "male" },
    household = { size = 1, kind = "single", housing = "rented", rent_yen = 32000, on_public_assistance = pa },
    events = events,
  }
end

-- A part-time worker whose attendance collapsed in February 2016; with `left` the job ended on
-- 02-19 and paid programme work (no contract) began on 02-22.
local function relapse_case(left)
  local events = {
    { type = "intake", date = "2016-01-12", stage = "general", rung = "part_time", concerns = { "job_search" } },
    { type = "consent", date = "2016-01-12", info_sharing = true },
    { type = "placement_started", date = "2016-01-12", placement_id = "p1", employer = "水産加工会社",
      kind = "part_time", contract = "employment", hours_per_week = 20, wage_per_hour_yen = 780 },
    { type = "attendance", date = "2016-02-26", placement_id = "p1", period_start = "2016-02-08",
      scheduled_hours = 60, attended_hours = 20, unannounced_absences = 0 },
    { type = "contact", date = "2016-02-26", kind = "interview" },
  }
  if left then
    events[#events + 1] = { type = "placement_ended", date = "2016-02-19", placement_id = "p1", reason = "step_down" }
    events[#events + 1] = { type = "placement_started", date = "2016-02-22", placement_id = "p2",
      employer = "釧路社会的企業創造協議会（漁網の仕立て作業）", kind = "taiken", contract = "none", hours_per_week = 8,
      stipend_per_shift_yen = 1000 }
  end
  return {
    format = "hashigo.case/1", id = "kushiro-relapse", region = "kushiro",
    person = { pseudonym = "Rさん", birth_date = "1980-11-20", gender = "female" },
    household = { size = 1, kind = "single", housing = "rented", rent_yen = 35000 },
    events = events,
  }
end

-- A person at 社会生活自立 from 2015-09-07 with a paid programme (6 h a week, 1,000 yen a shift)
-- beside `unpaid_hours` of unpaid activity, the 3 goals of the plan not yet met.
local function social_case(unpaid_hours)
  local events = {
    { type = "intake", date = "2015-09-07", stage = "social", concerns = { "job_search" } },
    { type = "consent", date = "2015-09-07", info_sharing = true },
    { type = "assessment", date = "2015-09-07", kind = "initial",
      fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } },
    { type = "household_finance", date = "2015-09-07", income_yen = 60000, financial_assets_yen = 50000 },
    { type = "placement_started", date = "2015-10-05", placement_id = "paid", employer = "釧路社会的企業創造協議会（漁網の仕立て作業）",
      kind = "taiken", contract = "none", hours_per_week = 6, stipend_per_shift_yen = 1000 },
    { type = "contact", date = "2015-10-28", kind = "interview" },
    { type = "review", date = "2015-10-28", kind = "monthly", goals_total = 3, goals_achieved = 1 },
  }
  if unpaid_hours > 0 then
    table.insert(events, 5, { type = "placement_started", date = "2015-09-14", placement_id = "ibasho", employer = "地域の居場所",
                              kind = "taiken", contract = "none", hours_per_week = unpaid_hours })
  end
  return {
    format = "hashigo.case/1", id = "kushiro-paid-share", region = "kushiro",
    person = { pseudonym = "Pさん", birth_date = "1975-03-03", gender = "male" },
    household = { size = 1, kind = "single", housing = "rented", rent_yen = 30000 },
    events = events,
  }
end

-- A person at 社会生活自立 whose plan goals are all met while none of the activity is paid.
local function goals_met_unpaid_case()
  return {
    format = "hashigo.case/1", id = "kushiro-goals-unpaid", region = "kushiro",
    person = { pseudonym = "Uさん", birth_date = "1975-03-03", gender = "male" },
    household = { size = 1, kind = "single", housing = "rented", rent_yen = 30000 },
    events = {
      { type = "intake", date = "2015-09-07", stage = "social", concerns = { "job_search" } },
      { type = "consent", date = "2015-09-07", info_sharing = true },
      { type = "assessment", date = "2015-09-07", kind = "initial",
        fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } },
      { type = "household_finance", date = "2015-09-07", income_yen = 60000, financial_assets_yen = 50000 },
      { type = "placement_started", date = "2015-09-14", placement_id = "ibasho", employer = "地域の居場所",
        kind = "taiken", contract = "none", hours_per_week = 6 },
      { type = "contact", date = "2015-10-28", kind = "interview" },
      { type = "review", date = "2015-10-28", kind = "monthly", goals_total = 3, goals_achieved = 3 },
    },
  }
end


-- KN-01: a household in the city (釧路市) or one of the seven towns (釧路町), the centre くらしごと
-- holding the case and leading; `more` events after it.
local CITY, TOWN = "012068", "016616"
local function town_case(id, municipality, more)
  local events = {
    { type = "intake", date = "2016-05-09", stage = "social", concerns = { "job_search" } },
    { type = "consent", date = "2016-05-09", info_sharing = true },
    { type = "household_moved", date = "2016-05-09", municipality = municipality },
    { type = "agency_joined", date = "2016-05-09", agency_id = "kurashigoto", lead = true },
  }
  for _, e in ipairs(more or {}) do events[#events + 1] = e end
  return { id = id, region = "kushiro", person = { birth_date = "1980-03-01" },
           household = { size = 1, housing = "rented", rent_yen = 35000 }, events = events }
end

local kushiro_agencies = {
  { id = "kurashigoto", name = "くらしごと", since = "2015-04-01", role = "centre",
    areas = { CITY, "016616", "016624", "016632", "016641", "016659", "016675", "016683" } },
  { id = "shinkokyoku", name = "釧路総合振興局", since = "2015-04-01", role = "municipality" },
}

return {
  {
    name = "E4 SU-02: plan goals met with no paid work stay at 社会生活自立 (就労自立 is ペイドワーク100%)",
    case = goals_met_unpaid_case(),
    as_of = "2015-10-31",
    expect = { position = "social", step = "stay" },
  },
  {
    name = "E4 PW-01: half the activity hours paid is the missing partly-paid layer, not 就労自立 → hold",
    case = social_case(6),
    as_of = "2015-10-31",
    expect = { position = "social", step = "stay", rules = { "PW-01" } },
  },
  {
    name = "E4 PW-01: all activity hours paid (ペイドワーク100%) → 就労自立",
    case = social_case(0),
    as_of = "2015-10-31",
    expect = { position = "social", step = "up", to = "employment", rules = { "PW-01" }, accepted = true },
  },
  {
    name = "SD-01: attendance collapses in general work: a step back to 就労自立 is proposed, the job (employment contract) still stands → hold",
    case = relapse_case(false),
    as_of = "2016-02-29",
    expect = { position = "general/part_time", step = "stay", rules = { "SD-01" } },
  },
  {
    name = "SD-04: the job ended and the council's programme work began: back to 就労自立 (no intermediate work)",
    case = relapse_case(true),
    as_of = "2016-02-29",
    expect = { position = "general/part_time", step = "down", to = "employment", rules = { "SD-01", "SD-04" }, accepted = true },
  },
  {
    name = "JK-04: no certified work training: the council's paid programmes instead",
    case = work_stage_case(false, false, 2, "2015-09-07"),
    as_of = "2015-10-31",
    expect = { position = "employment", referrals = { "kushiro_jiritsu_program" }, fired = { "JK-04" },
               eligibility = { kunren = false } },
  },
  {
    name = "PW-02: not on public assistance: job search with Hello Work",
    case = work_stage_case(false, true, 3, "2015-09-07"),
    as_of = "2015-10-31",
    expect = { position = "employment", referrals = { "hellowork" }, fired = { "PW-02" } },
  },
  {
    name = "PW-02: on public assistance: the welfare office's free placement office (and Hello Work, RF-HW)",
    case = work_stage_case(true, true, 3, "2015-09-07"),
    as_of = "2015-10-31",
    expect = { position = "employment", referrals = { "hellowork", "kushiro_muryo_shokai" }, fired = { "PW-02", "RF-HW" },
               eligibility = { hogo_jyunbi = true } },
  },
  {
    name = "KN-01: a household in 釧路町 held by the centre alone: hold it with the regional office",
    case = town_case("kushiro-town", TOWN),
    agencies = kushiro_agencies,
    as_of = "2016-05-20",
    expect = { fired = { "KN-01" }, not_fired = { "NK-04" } },
  },
  {
    name = "KN-01: the regional office holds the case too: nothing to add",
    case = town_case("kushiro-town-joint", TOWN, { { type = "agency_joined", date = "2016-05-12", agency_id = "shinkokyoku" } }),
    agencies = kushiro_agencies,
    as_of = "2016-05-20",
    expect = { not_fired = { "KN-01" } },
  },
  {
    name = "KN-01: a household in the city itself is the city's: silent",
    case = town_case("kushiro-city", CITY),
    agencies = kushiro_agencies,
    as_of = "2016-05-20",
    expect = { not_fired = { "KN-01" } },
  },
}
