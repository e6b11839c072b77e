-- Single-rule checks of what Kanagawa changes, on small inline cases.

-- A Fujisawa commuter (UW-01) who is offered a minimum-wage contract in November 2024 at `wage`
-- yen an hour; the Kanagawa minimum wage is 1,162 yen from 2024-10-01 (national average 1,055).
local function commuter_offered(wage)
  return {
    id = "fujisawa-commuter-" .. wage,
    region = "kanagawa",
    person = { pseudonym = "Wさん", birth_date = "1985-02-01", gender = "female", disability_cert = "none" },
    household = { prefecture = "14", municipality = "142051", size = 1, kind = "single", housing = "rented", rent_yen = 55000 },
    events = {
      { type = "intake", date = "2024-04-08", channel = "visit", source = "self", concerns = { "job_search" }, stage = "employment" },
      { type = "consent", date = "2024-04-08", info_sharing = true },
      { type = "assessment", date = "2024-04-15", kind = "initial",
        fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } },
      { type = "plan", date = "2024-04-22", start_on = "2024-05-01", end_on = "2025-03-31",
        goals = { { id = "g1", domain = "work", text = "コミューターとして週2日通う" } } },
      { type = "plan_approved", date = "2024-04-26", meeting = "shien_chosei" },
      { type = "placement_started", date = "2024-05-07", placement_id = "p1", employer = "ワーカーズ・コープ（清掃）",
        kind = "commuter_unpaid", contract = "commuter_confirmation", hours_per_week = 6 },
      { type = "contact", date = "2024-10-25", kind = "interview", minutes = 30 },
      { type = "review", date = "2024-10-31", kind = "monthly", goals_total = 2, goals_achieved = 1 },
      { type = "placement_ended", date = "2024-11-05", placement_id = "p1", reason = "contract" },
      { type = "placement_started", date = "2024-11-05", placement_id = "p2", employer = "ワーカーズ・コープ（清掃）",
        kind = "minwage_staff", contract = "employment", hours_per_week = 12, wage_per_hour_yen = wage },
      { type = "review", date = "2024-11-29", kind = "monthly", goals_total = 2, goals_achieved = 1 },
    },
  }
end

-- A single parent in support in `city` (a 全国地方公共団体コード), with a daughter of 12 at home who
-- has no case of her own: the household record names both.
local function single_parent(id, city)
  return {
    id = id,
    region = "kanagawa",
    person = { pseudonym = "Yさん", birth_date = "1980-09-01", gender = "female", disability_cert = "none" },
    household = { prefecture = "14", municipality = city, size = 2, kind = "single_parent", housing = "rented", rent_yen = 58000 },
    events = {
      { type = "intake", date = "2016-04-04", channel = "visit", source = "self", concerns = { "job_search", "childcare" }, stage = "employment" },
      { type = "consent", date = "2016-04-04", info_sharing = true },
      { type = "assessment", date = "2016-04-11", kind = "initial" },
      { type = "plan", date = "2016-04-18", start_on = "2016-05-01", end_on = "2017-03-31",
        goals = { { id = "g1", domain = "work", text = "子どもの学校の時間に合う仕事に就く" } } },
      { type = "plan_approved", date = "2016-04-27", meeting = "shien_chosei" },
      { type = "contact", date = "2016-06-20", kind = "interview", minutes = 30 },
      { type = "review", date = "2016-06-20", kind = "monthly", goals_total = 1, goals_achieved = 0 },
    },
  }
end

local function parent_and_child(id)
  return {
    id = "household-" .. id, kind = "single_parent", since = "2016-04-04",
    members = { { case = id, relation = "head" }, { relation = "child", birth_date = "2004-01-15" } },
  }
end

-- Ms Z: single, in debt and looking for work, with the same means in every city. `where` is the
-- household's city (and prefecture, when recorded); `later` are events after the first month.
local function z_san(id, where, later)
  local events = {
    { type = "intake", date = "2016-04-04", channel = "visit", source = "self", concerns = { "debt", "job_search" }, stage = "social" },
    { type = "consent", date = "2016-04-04", info_sharing = true },
    { type = "household_finance", date = "2016-04-04", income_yen = 60000, financial_assets_yen = 100000,
      debt_total_yen = 300000, arrears_months = 1, expenses_yen = 90000 },
  }
  for _, e in ipairs(later or {}) do events[#events + 1] = e end
  return {
    id = id,
    region = "kanagawa",
    person = { pseudonym = "Zさん", birth_date = "1970-05-05", gender = "female", disability_cert = "none" },
    household = { prefecture = where.prefecture, municipality = where.municipality, size = 1, kind = "single",
                  housing = "rented", rent_yen = 60000 },
    events = events,
  }
end

return {
  {
    name = "SU-05 under Kanagawa: 1,200 yen an hour is at least the Kanagawa minimum wage → minimum-wage staff",
    case = commuter_offered(1200),
    months = { from = "2024-05", to = "2024-12" },
    expect = {
      ["2024-05"] = { position = "employment", step = "up", to = "intermediate/commuter_unpaid", rules = { "UW-01" } },
      ["2024-11"] = { position = "intermediate/commuter_unpaid", step = "up", to = "intermediate/minwage_staff",
                      rules = { "SU-05" }, accepted = true, alerts = {} },
      ["2024-12"] = { position = "intermediate/minwage_staff", step = "stay" },
    },
  },
  {
    name = "SU-05 under Kanagawa: 1,100 yen an hour passes the national average but not Kanagawa's → no step, MW-01",
    case = commuter_offered(1100),
    months = { from = "2024-05", to = "2024-11" },
    expect = {
      ["2024-11"] = { position = "intermediate/commuter_unpaid", step = "stay", alerts = { "below_minimum_wage" },
                      fired = { "MW-01" } },
    },
  },
  {
    name = "BT-01: a 16-year-old who came on their own is not (yet) a byturn participant",
    case = {
      id = "fujisawa-youth",
      region = "kanagawa",
      person = { pseudonym = "Yさん", birth_date = "1999-01-10", gender = "male", disability_cert = "none" },
      household = { prefecture = "14", municipality = "142051", size = 2, kind = "single_parent", housing = "rented", rent_yen = 60000 },
      events = {
        { type = "intake", date = "2015-06-01", channel = "visit", source = "self", concerns = { "hikikomori_futoko" }, stage = "social" },
        { type = "consent", date = "2015-06-01", info_sharing = true },
      },
    },
    as_of = "2015-06-30",
    expect = { eligibility = { byturn = false, gakushu = true }, fired = { "BT-01", "GK-01" } },
  },
  {
    name = "JR-01 and KK-05 in Kamakura: the programmes are not run, whatever the household's means",
    case = z_san("kamakura-budget", { prefecture = "14", municipality = "142042" }),
    as_of = "2016-04-30",
    expect = { eligibility = { jyunbi = false, kakei = false }, fired = { "JR-01", "KK-05" } },
  },
  {
    name = "… and the same household in Fujisawa is open to both (national's rules)",
    case = z_san("fujisawa-budget", { prefecture = "14", municipality = "142051" }),
    as_of = "2016-04-30",
    expect = { eligibility = { jyunbi = true, kakei = true }, fired = { "JR-01", "KK-05" } },
  },
  {
    name = "a household that moves from Fujisawa to Kamakura: the city on the day evaluated decides",
    case = z_san("z-san-moves", { municipality = "142051" },
      { { type = "household_moved", date = "2016-06-10", municipality = "142042", rent_yen = 52000 } }),
    months = { from = "2016-05", to = "2016-06" },
    expect = {
      ["2016-05"] = { eligibility = { jyunbi = true, kakei = true }, fired = { "JR-01", "KK-05" } },
      ["2016-06"] = { eligibility = { jyunbi = false, kakei = false }, fired = { "JR-01", "KK-05" } },
    },
  },
  {
    name = "HH-02 in Fujisawa: a parent in support with a child of 12 at home; the city runs learning support",
    case = single_parent("hh02-fujisawa", "142051"),
    household = parent_and_child("hh02-fujisawa"),
    as_of = "2016-06-30",
    expect = { fired = { "HH-02" }, alerts = { "child_learning_support" } },
  },
  {
    name = "HH-02 in Kamakura: the same household, but the city does not run learning support",
    case = single_parent("hh02-kamakura", "142042"),
    household = parent_and_child("hh02-kamakura"),
    as_of = "2016-06-30",
    expect = { fired = { "HH-02" }, alerts = { "child_learning_support_not_run" } },
  },
}
