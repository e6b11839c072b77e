-- Households that link cases (HH-01…HH-03): an 8050 household where the son and his mother each
-- have a case, a parent whose child is of school age, and how one member's closure reaches the
-- other's case. `household` is the household record (hashigo.household/1) naming the test's case;
-- `household_cases` are the other members' cases, evaluated on the same day.
--
-- Rules are checked with `fired` (each must fire; others may) and `not_fired` (none of these may),
-- as these base tests also run under every regional pack.

-- The son, 50: withdrawn, met at home, in support at the social stage from 2022-06.
local function son(extra)
  local events = {
    { type = "intake", date = "2022-04-04", stage = "social", concerns = { "hikikomori_futoko", "family" } },
    { type = "consent", date = "2022-04-04", info_sharing = true },
    { type = "assessment", date = "2022-04-18", fdp = { interpersonal = 2, mental = 3, stress = 3, thinking = 3, environment = 3 } },
    { type = "plan", date = "2022-05-09", start_on = "2022-06-01", end_on = "2023-03-31",
      goals = { { id = "g1", domain = "social", text = "週1回 居場所に通う" } } },
    { type = "plan_approved", date = "2022-05-20", meeting = "shien_chosei" },
  }
  for _, e in ipairs(extra or {}) do events[#events + 1] = e end
  return {
    id = "hh-son",
    person = { birth_date = "1972-01-15" },
    household = { size = 2, housing = "owned" },
    events = events,
  }
end

-- His mother, 81: her own case for the household's money (家計改善), opened after her pension
-- fell; the household's latest finances are recorded here.
local function mother(extra)
  local events = {
    { type = "intake", date = "2022-04-11", stage = "life", concerns = { "income", "care" } },
    { type = "consent", date = "2022-04-11", info_sharing = true },
    { type = "household_finance", date = "2022-06-06", income_yen = 70000, financial_assets_yen = 30000, debt_total_yen = 0, arrears_months = 2 },
  }
  for _, e in ipairs(extra or {}) do events[#events + 1] = e end
  return {
    id = "hh-mother",
    person = { birth_date = "1941-03-02" },
    household = { size = 2, housing = "owned" },
    events = events,
  }
end

local function household_8050(since)
  return {
    id = "hh-8050", kind = "8050", since = since or "2022-04-11",
    members = { { case = "hh-mother", relation = "head" }, { case = "hh-son", relation = "child" } },
  }
end

return {
  {
    name = "8050: the son's case sees his mother (81) and the household finances recorded in her case",
    case = son(),
    household = household_8050(),
    household_cases = { mother() },
    as_of = "2022-06-30",
    expect = { status = "in_support", fired = { "RF-HOUKATSU", "RF-FUKUSHI", "HH-03" } },
  },
  {
    name = "8050: a joint case conference that discussed the son settles HH-03",
    case = son({ { type = "meeting", date = "2022-06-24", meeting_id = "joint-2022-06", kind = "joint_case", decisions = { { decision = "info_shared" } } } }),
    household = household_8050(),
    household_cases = { mother() },
    as_of = "2022-06-30",
    expect = { status = "in_support", fired = { "RF-HOUKATSU" }, not_fired = { "HH-03" } },
  },
  {
    name = "HH-01: the mother's death closes her case; the son's household is reviewed at once",
    case = son(),
    household = household_8050(),
    household_cases = { mother({ { type = "closed", date = "2022-09-12", reason = "deceased" } }) },
    as_of = "2022-09-30",
    expect = { status = "in_support", fired = { "HH-01" }, not_fired = { "HH-03" } },
  },
  {
    name = "HH-02: a parent in support with a child of 12 at home (no case of the child's own)",
    case = {
      id = "hh-parent",
      person = { birth_date = "1984-07-01" },
      household = { size = 2, kind = "single_parent", housing = "rented", rent_yen = 52000 },
      events = {
        { type = "intake", date = "2023-04-03", stage = "employment", concerns = { "job_search" } },
        { type = "consent", date = "2023-04-03", info_sharing = true },
        { type = "assessment", date = "2023-04-10" },
        { type = "plan", date = "2023-04-17", start_on = "2023-05-01", end_on = "2024-03-31",
          goals = { { id = "g1", domain = "work", text = "週20時間の仕事に就く" } } },
        { type = "plan_approved", date = "2023-04-28", meeting = "shien_chosei" },
      },
    },
    household = {
      id = "hh-single-parent", kind = "single_parent", since = "2023-04-03",
      members = { { case = "hh-parent", relation = "head" }, { relation = "child", birth_date = "2011-02-10" } },
    },
    as_of = "2023-05-31",
    expect = { status = "in_support", fired = { "HH-02" }, not_fired = { "HH-03" } },
  },
}
