-- The commuter ladder's yardsticks and contracts (ユニバーサル就労の働き方: 【ステップアップの目安】
-- 個別支援計画の目標 for both commuter forms, 人事考課表 for staff; 【契約のかたち】 コミューター確認書
-- for commuters, 雇用契約書 for 最賃保障職員 and 一般賃金職員). A move between rungs worked on
-- different contracts follows the contract events; it is never a relabel of the position.

-- A commuter at `rung` since 2015-04-10 on `placement` (a placement_started event without its
-- date and id), with `attended` of 30 scheduled hours over May and `achieved` of 3 goals at the
-- review of 2015-05-28.
local function commuter(id, rung, placement, attended, achieved, extra)
  placement.type, placement.date, placement.placement_id = "placement_started", "2015-04-10", "p"
  placement.employer = placement.employer or "社会福祉法人"
  local events = {
    { type = "intake", date = "2015-04-06", stage = "intermediate", rung = rung, concerns = { "job_search" } },
    { type = "consent", date = "2015-04-06" },
    { type = "assessment", date = "2015-04-08", fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } },
    { type = "household_finance", date = "2015-04-08", income_yen = 100000, financial_assets_yen = 200000 },
    { type = "plan", date = "2015-04-08", start_on = "2015-04-08", end_on = "2099-12-31", goals = { { id = "g1", text = "goal" } } },
    { type = "plan_approved", date = "2015-04-08" },
    placement,
    { type = "attendance", date = "2015-05-31", placement_id = "p", period_start = "2015-05-01", scheduled_hours = 30,
      attended_hours = attended, unannounced_absences = 0 },
    { type = "contact", date = "2015-05-20", kind = "interview" },
    { type = "review", date = "2015-05-28", goals_total = 3, goals_achieved = achieved },
  }
  for _, e in ipairs(extra or {}) do events[#events + 1] = e end
  return {
    id = id,
    person = { birth_date = "1985-06-01", disability_cert = "none" },
    household = { size = 1, housing = "rented", rent_yen = 40000 },
    events = events,
  }
end

-- A paid commuter who signed an employment contract on 2023-12-04 at `wage` yen an hour, living
-- in prefecture `pref` (JIS code, or nil when not recorded).
local function contract_in(pref, wage)
  return {
    id = "e12-" .. (pref or "none"),
    person = { birth_date = "1985-06-01", disability_cert = "none" },
    household = { prefecture = pref, size = 1, housing = "rented", rent_yen = 40000 },
    events = {
      { type = "intake", date = "2023-10-02", stage = "intermediate", rung = "commuter_paid", concerns = { "job_search" } },
      { type = "consent", date = "2023-10-02" },
      { type = "assessment", date = "2023-10-04", fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } },
      { type = "plan", date = "2023-10-04", start_on = "2023-10-04", end_on = "2099-12-31", goals = { { id = "g1", text = "goal" } } },
      { type = "plan_approved", date = "2023-10-04" },
      { type = "placement_started", date = "2023-12-04", placement_id = "p", employer = "社会福祉法人", kind = "minwage_staff",
        contract = "employment", hours_per_week = 12, wage_per_hour_yen = wage },
      { type = "contact", date = "2023-12-20", kind = "interview" },
      { type = "review", date = "2023-12-20", goals_total = 3, goals_achieved = 1 },
    },
  }
end

local confirmation = function() return { kind = "commuter_paid", contract = "commuter_confirmation", hours_per_week = 6, stipend_per_shift_yen = 500 } end

return {
  {
    name = "E1: a paid commuter's yardstick is the plan's goals, not attendance: full attendance, goals unmet → stay",
    case = commuter("e1-attendance", "commuter_paid", confirmation(), 30, 1, {
      { type = "attendance", date = "2015-06-30", placement_id = "p", period_start = "2015-06-01", scheduled_hours = 30,
        attended_hours = 30, unannounced_absences = 0 },
    }),
    as_of = "2015-06-30",
    expect = { position = "intermediate/commuter_paid", step = "stay" },
  },
  {
    name = "E1: a paid commuter who met the plan's goals is ready for a contract, but has none yet → hold (SU-02)",
    case = commuter("e1-goals", "commuter_paid", confirmation(), 20, 3),
    as_of = "2015-06-30",
    expect = { position = "intermediate/commuter_paid", step = "stay", rules = { "SU-02" } },
  },
  {
    name = "E1: a paid commuter who met the plan's goals and signed an employment contract → minimum-wage staff (SU-02)",
    case = commuter("e1-contract", "commuter_paid",
      -- 600 yen: below every minimum wage of 2015 (Saga's 678 the lowest), so the pay ladder
      -- (SU-05) stays out of it
      { kind = "minwage_staff", contract = "employment", hours_per_week = 12, wage_per_hour_yen = 600 }, 20, 3),
    as_of = "2015-06-30",
    expect = { position = "intermediate/commuter_paid", step = "up", to = "intermediate/minwage_staff", rules = { "SU-02" }, accepted = true },
  },
  {
    name = "E2: a commuter paid above the minimum wage without an employment contract is not minimum-wage staff",
    case = commuter("e2-no-contract", "commuter_paid",
      { kind = "commuter_paid", contract = "commuter_confirmation", hours_per_week = 12, wage_per_hour_yen = 1500 }, 30, 1),
    as_of = "2015-06-30",
    expect = { position = "intermediate/commuter_paid", step = "stay" },
  },
  {
    name = "E12 SU-05: in Kanagawa (14) 1,050 yen is below the prefecture's minimum wage (1,112), whatever the national average (1,004)",
    case = contract_in("14", 1050),
    as_of = "2023-12-31",
    expect = { position = "intermediate/commuter_paid", step = "stay" },
  },
  {
    name = "E12 SU-05: in Saga (41) 950 yen is at least the prefecture's minimum wage (900) → minimum-wage staff",
    case = contract_in("41", 950),
    as_of = "2023-12-31",
    expect = { position = "intermediate/commuter_paid", step = "up", to = "intermediate/minwage_staff", rules = { "SU-05" }, accepted = true },
  },
  {
    name = "E3: attendance falls on an employment contract: the step down to paid commuter waits for the contract change (SD-01 holds)",
    case = commuter("e3-hold", "minwage_staff",
      { kind = "minwage_staff", contract = "employment", hours_per_week = 12, wage_per_hour_yen = 1500 }, 10, 1),
    as_of = "2015-05-31",
    expect = { position = "intermediate/minwage_staff", step = "stay", rules = { "SD-01" } },
  },
  {
    name = "E3: once the employment contract ends and a commuter confirmation starts, the position follows it down (SD-04)",
    case = commuter("e3-follow", "minwage_staff",
      { kind = "minwage_staff", contract = "employment", hours_per_week = 12, wage_per_hour_yen = 1500 }, 10, 1, {
        { type = "placement_ended", date = "2015-06-05", placement_id = "p", reason = "step_down" },
        { type = "placement_started", date = "2015-06-08", placement_id = "p2", employer = "社会福祉法人", kind = "commuter_paid",
          contract = "commuter_confirmation", hours_per_week = 6, stipend_per_shift_yen = 500 },
        { type = "attendance", date = "2015-06-26", placement_id = "p2", period_start = "2015-06-08", scheduled_hours = 18,
          attended_hours = 18, unannounced_absences = 0 },
      }),
    as_of = "2015-06-30",
    expect = { position = "intermediate/minwage_staff", step = "down", to = "intermediate/commuter_paid", rules = { "SD-04" }, accepted = true },
  },
}
