-- Chiba's own rules on small cases (UWNちば「本人の状態像に応じた支援のあり方」): the 6-month experience limit
-- (CHB-01), the 6-month readiness period and its 1-year cap (CHB-02), budget consultation at the
-- paid steps (KK-04), the Chiba minimum wage of SU-05 in force by date, and Hello Work kept to
-- the experience stage (hw_stages).

-- A case at the employment stage with a work experience (就労体験) since `since`.
local function experience_case(since)
  return {
    format = "hashigo.case/1", id = "chiba-taiken", region = "chiba",
    person = { pseudonym = "Tさん", birth_date = "1990-04-01", gender = "male" },
    household = { size = 1, kind = "single", housing = "rented", rent_yen = 40000 },
    events = {
      { type = "intake", date = "2015-04-06", stage = "employment", concerns = { "job_search" } },
      { type = "consent", date = "2015-04-06", info_sharing = true },
      { type = "assessment", date = "2015-04-20", kind = "initial",
        fdp = { interpersonal = 3, mental = 4, stress = 3, thinking = 4, environment = 3 } },
      { type = "plan", date = "2015-04-27", start_on = "2015-05-01", end_on = "2016-04-30",
        goals = { { id = "g1", domain = "work", text = "農場での体験に通う" } } },
      { type = "plan_approved", date = "2015-05-01", meeting = "shien_chosei" },
      { type = "program_enrolled", date = "2015-05-01", program = "nogyo_taiken" },
      { type = "placement_started", date = since, placement_id = "p1", employer = "市内の農場",
        kind = "taiken", contract = "none", hours_per_week = 8, note = "農業等就労・社会体験支援事業" },
      { type = "contact", date = "2015-09-25", kind = "interview" },
      { type = "review", date = "2015-09-25", kind = "monthly", goals_total = 2, goals_achieved = 1 },
      { type = "contact", date = "2015-10-26", kind = "interview" },
      { type = "review", date = "2015-10-26", kind = "monthly", goals_total = 2, goals_achieved = 1 },
      { type = "contact", date = "2015-11-24", kind = "interview" },
      { type = "review", date = "2015-11-24", kind = "monthly", goals_total = 2, goals_achieved = 1 },
    },
  }
end

-- A readiness-support case: enrolled on 2015-06-01 until `planned_end`.
local function readiness_case(planned_end)
  return {
    format = "hashigo.case/1", id = "chiba-jyunbi", region = "chiba",
    person = { pseudonym = "Jさん", birth_date = "1985-09-01", gender = "female" },
    household = { size = 1, kind = "single", housing = "rented", rent_yen = 42000 },
    events = {
      { type = "intake", date = "2015-05-11", stage = "social", concerns = { "job_search" } },
      { type = "consent", date = "2015-05-11", info_sharing = true },
      { type = "assessment", date = "2015-05-20", kind = "initial",
        fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 4, environment = 3 } },
      { type = "household_finance", date = "2015-05-20", income_yen = 60000, financial_assets_yen = 100000 },
      { type = "plan", date = "2015-05-25", start_on = "2015-06-01", end_on = "2016-05-31",
        goals = { { id = "g1", domain = "social", text = "通所型支援プログラムに週3日通う" } } },
      { type = "plan_approved", date = "2015-06-01", meeting = "shien_chosei" },
      { type = "program_enrolled", date = "2015-06-01", program = "jyunbi", planned_end_on = planned_end, route = "income_asset" },
      { type = "contact", date = "2015-11-02", kind = "interview" },
      { type = "review", date = "2015-11-02", kind = "monthly", goals_total = 3, goals_achieved = 1 },
    },
  }
end

-- A paid commuter on `wage` yen an hour from 2015-09-01, with debt and no budget support; with
-- `contract` the new placement is minimum-wage staff on an employment contract (雇用契約書).
local function paid_commuter_case(wage, contract)
  return {
    format = "hashigo.case/1", id = "chiba-commuter", region = "chiba",
    person = { pseudonym = "Uさん", birth_date = "1975-01-15", gender = "male" },
    household = { size = 1, kind = "single", housing = "rented", rent_yen = 38000 },
    events = {
      { type = "intake", date = "2015-03-02", stage = "intermediate", rung = "commuter_paid", concerns = { "job_search", "debt" } },
      { type = "consent", date = "2015-03-02", info_sharing = true },
      { type = "assessment", date = "2015-03-16", kind = "initial",
        fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } },
      { type = "household_finance", date = "2015-03-16", income_yen = 130000, financial_assets_yen = 30000,
        debt_total_yen = 300000, expenses_yen = 120000 },
      { type = "plan", date = "2015-03-23", start_on = "2015-04-01", end_on = "2016-03-31",
        goals = { { id = "g1", domain = "work", text = "生協の配送センターで働く" } } },
      { type = "plan_approved", date = "2015-04-01", meeting = "shien_chosei" },
      { type = "placement_started", date = "2015-04-06", placement_id = "p1", employer = "生協配送センター",
        kind = "commuter_paid", contract = "commuter_confirmation", hours_per_week = 9, stipend_per_shift_yen = 500 },
      { type = "placement_ended", date = "2015-08-31", placement_id = "p1", reason = "stepped_up" },
      { type = "placement_started", date = "2015-09-01", placement_id = "p2", employer = "生協配送センター",
        kind = contract and "minwage_staff" or "commuter_paid", contract = contract and "employment" or "commuter_confirmation",
        hours_per_week = 12, wage_per_hour_yen = wage, note = contract and "雇用契約（最賃保障職員）" or "時給の出る有償コミューター" },
      { type = "contact", date = "2015-09-28", kind = "interview" },
      { type = "review", date = "2015-09-28", kind = "monthly", goals_total = 3, goals_achieved = 1 },
      { type = "contact", date = "2015-10-28", kind = "interview" },
      { type = "review", date = "2015-10-28", kind = "monthly", goals_total = 3, goals_achieved = 1 },
    },
  }
end

-- Regular-wage staff (一般賃金職員) since 2016-03-01 whose plan goals are all met at the review of
-- 2016-05-27; `appraisal` = the items of a 人事考課 of this placement on 2016-05-20, or nil.
local function regular_staff_case(appraisal)
  local events = {
    { type = "intake", date = "2016-03-01", stage = "intermediate", rung = "regular_staff", concerns = { "job_search" } },
    { type = "consent", date = "2016-03-01", info_sharing = true },
    { type = "assessment", date = "2016-03-07", kind = "initial",
      fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } },
    { type = "placement_started", date = "2016-03-01", placement_id = "p1", employer = "社会福祉法人 特別養護老人ホーム",
      kind = "regular_staff", contract = "employment", hours_per_week = 24, wage_per_hour_yen = 900 },
    { type = "attendance", date = "2016-05-27", placement_id = "p1", period_start = "2016-05-01", scheduled_hours = 96, attended_hours = 96 },
    { type = "contact", date = "2016-05-27", kind = "interview" },
    { type = "review", date = "2016-05-27", kind = "monthly", goals_total = 3, goals_achieved = 3 },
  }
  if appraisal then
    events[#events + 1] = { type = "appraisal", date = "2016-05-20", placement_id = "p1", items = appraisal }
  end
  return {
    format = "hashigo.case/1", id = "chiba-regular-staff", region = "chiba",
    person = { pseudonym = "Rさん", birth_date = "1983-10-01", gender = "female" },
    household = { prefecture = "12", municipality = "121002", size = 1, kind = "single", housing = "rented", rent_yen = 45000 },
    events = events,
  }
end

-- A person in a household of `size` at the employment stage who lost a job on 2016-03-31 as the
-- main earner; household income `income` a month, 100,000 yen of savings, rent 60,000, FY2016.
local function household_case(size, income)
  return {
    format = "hashigo.case/1", id = "chiba-lines", region = "chiba",
    person = { pseudonym = "Hさん", birth_date = "1980-02-02", gender = "male" },
    household = { prefecture = "12", municipality = "121002", size = size, kind = size == 1 and "single" or "other",
                  housing = "rented", rent_yen = 60000 },
    events = {
      { type = "intake", date = "2016-06-06", stage = "employment", concerns = { "job_search", "income", "housing" } },
      { type = "consent", date = "2016-06-06", info_sharing = true },
      { type = "job_lost", date = "2016-06-06", lost_on = "2016-03-31", cause = "dismissal", main_earner = true },
      { type = "assessment", date = "2016-06-13", kind = "initial",
        fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } },
      { type = "household_finance", date = "2016-06-13", income_yen = income, financial_assets_yen = 100000 },
    },
  }
end

return {
  {
    -- 山武市's line (the national example) would be 78,000 + 37,200 = 115,200: not eligible there.
    name = "E5 HK-01: Chiba City's own line for one person (84,000 + rent up to 41,000 = 125,000): 120,000 yen is within it",
    case = household_case(1, 120000),
    as_of = "2016-06-30",
    expect = { eligibility = { jukyo_kakuho = true }, fired = { "HK-01" } },
  },
  {
    -- 山武市: 140,000 + 48,400 = 188,400.
    name = "E5 HK-01: Chiba City's line for three (172,000 + rent up to 53,000 = 225,000): 220,000 yen is within it",
    case = household_case(3, 220000),
    as_of = "2016-06-30",
    expect = { eligibility = { jukyo_kakuho = true }, fired = { "HK-01" } },
  },
  {
    name = "E5 HK-01 / JR-01: no Chiba City line for four persons in the source: not decided on another city's table",
    case = household_case(4, 100000),
    as_of = "2016-06-30",
    expect = { eligibility = { jukyo_kakuho = false, jyunbi = false }, fired = { "HK-01", "JR-01" } },
  },
  {
    name = "E11 UW-07: regular-wage staff are judged on the 人事考課表, not plan goals: all goals met, no appraisal → stay",
    case = regular_staff_case(nil),
    as_of = "2016-05-31",
    expect = { position = "intermediate/regular_staff", step = "stay" },
  },
  {
    name = "E11 UW-07: a fresh 人事考課 of the regular-wage post averaging 3.5 → stay",
    case = regular_staff_case({ rules = 4, responsibility = 3, ambition = 3, horenso = 4 }),
    as_of = "2016-05-31",
    expect = { position = "intermediate/regular_staff", step = "stay" },
  },
  {
    name = "E11 UW-07: a fresh 人事考課 of the regular-wage post averaging 4.5: support no longer needed → general work",
    case = regular_staff_case({ rules = 5, responsibility = 4, ambition = 4, horenso = 5 }),
    as_of = "2016-05-31",
    expect = { position = "intermediate/regular_staff", step = "up", to = "general/part_time", rules = { "UW-07" }, accepted = true },
  },
  {
    name = "CHB-01: four months into a work experience, prepare the next step",
    case = experience_case("2015-06-15"),
    as_of = "2015-10-31",
    expect = { position = "employment", alerts = { "taiken_limit" }, fired = { "CHB-01" } },
  },
  {
    name = "CHB-01: three months in, no alert yet",
    case = experience_case("2015-08-03"),
    as_of = "2015-10-31",
    expect = { position = "employment", alerts = {} },
  },
  {
    name = "CHB-01: six months reached, the limit is urgent",
    case = experience_case("2015-05-18"),
    as_of = "2015-11-30",
    expect = { position = "employment", alerts = { "taiken_limit" } },
  },
  {
    name = "CHB-02: a 6-month readiness period ends within 30 days",
    case = readiness_case("2015-11-30"),
    as_of = "2015-11-06",
    expect = { status = "in_support", alerts = { "jyunbi_review_due" }, fired = { "CHB-02" }, eligibility = { jyunbi = true } },
  },
  {
    name = "CHB-02: a 1-year period is JR-06's, not a 6-month review",
    case = readiness_case("2016-05-31"),
    as_of = "2015-11-06",
    expect = { status = "in_support", alerts = {} },
  },
  {
    name = "CHB-02: planned past one year, beyond Chiba's 6 months or 1 year",
    case = readiness_case("2016-08-31"),
    as_of = "2015-11-06",
    expect = { status = "in_support", alerts = { "jyunbi_period_over" } },
  },
  {
    name = "SU-05 with Chiba's minimum wage: 800 yen on an employment contract is enough before 2015-10-01 (798)",
    case = paid_commuter_case(800, true),
    as_of = "2015-09-30",
    expect = { position = "intermediate/commuter_paid", step = "up", to = "intermediate/minwage_staff", rules = { "SU-05" }, accepted = true },
  },
  {
    name = "E2 SU-05: 800 yen an hour on a commuter confirmation, no employment contract: still a paid commuter",
    case = paid_commuter_case(800),
    as_of = "2015-09-30",
    expect = { position = "intermediate/commuter_paid", step = "stay" },
  },
  {
    name = "SU-05 with Chiba's minimum wage: 800 yen is below 817 from 2015-10-01",
    case = paid_commuter_case(800, true),
    as_of = "2015-10-31",
    expect = { position = "intermediate/commuter_paid", step = "stay" },
  },
  {
    name = "KK-04: a paid commuter with debt and no budget support is referred to 家計相談",
    case = paid_commuter_case(800),
    as_of = "2015-10-31",
    expect = { referrals = { "kakei" }, fired = { "KK-04" }, eligibility = { kakei = true, universal_work = true } },
  },
  {
    name = "UW-02: a person on trial (触法状態) is not eligible for universal work; once on probation, they are",
    case = {
      format = "hashigo.case/1", id = "chiba-uw-legal", region = "chiba",
      person = { pseudonym = "Lさん", birth_date = "1992-07-01", gender = "male" },
      household = { municipality = "121002", size = 1, kind = "single", housing = "rented", rent_yen = 38000 },
      events = {
        { type = "intake", date = "2015-04-06", stage = "social", concerns = { "job_search" } },
        { type = "legal_status", date = "2015-04-06", status = "defendant", since = "2015-02-10" },
        { type = "legal_status", date = "2015-06-15", status = "probation", since = "2015-06-12", ends_on = "2018-06-11" },
      },
    },
    months = { from = "2015-04", to = "2015-06" },
    expect = {
      ["2015-04"] = { eligibility = { universal_work = false }, fired = { "UW-02" } },
      ["2015-05"] = { eligibility = { universal_work = false } },
      ["2015-06"] = { eligibility = { universal_work = true }, fired = { "UW-02" } },
    },
  },
}
