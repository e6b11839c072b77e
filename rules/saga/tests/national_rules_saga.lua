-- The national rules the saga journeys do not reach, each in one small situation, so that every
-- rule of the effective pack is exercised under saga: SU-01 (placement review due), SU-03 (steady
-- attendance), SU-04 (hours ladder), SU-05 (pay ladder), SU-06 (appraisal), SD-01 (falling attendance), SD-02 (FDP fall holds) and JS-06
-- (plan end). Only the national rules' own effects are asserted.

local function case_of(id, opts, events)
  local all = {
    { type = "intake", date = opts.day, channel = "visit", source = "self", concerns = { "job_search" },
      screening = "continue", stage = opts.stage or "life", rung = opts.rung },
    { type = "consent", date = opts.day, info_sharing = true },
    { type = "assessment", date = opts.day, kind = "initial",
      fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } },
    { type = "plan", date = opts.day, start_on = opts.day, end_on = opts.plan_end or "2026-03-31",
      goals = { { id = "g1", domain = "work", text = "働き続ける" } } },
    { type = "plan_approved", date = opts.day, meeting = "shien_chosei" },
  }
  for _, e in ipairs(events or {}) do all[#all + 1] = e end
  return {
    format = "hashigo.case/1", id = id, region = "saga",
    person = { pseudonym = "テスト", birth_date = "1985-04-01", gender = "male", disability_cert = "none" },
    household = { size = 1, kind = "single", housing = "rented", rent_yen = 40000 },
    events = all,
  }
end

return {
  {
    name = "SU-04 under saga: 32 hours a week moves part-time work to full time",
    case = case_of("nat-su04", { day = "2025-04-01", stage = "general", rung = "part_time" }, {
      { type = "placement_started", date = "2025-04-01", placement_id = "p1", employer = "倉庫",
        kind = "part_time", contract = "employment", hours_per_week = 32, wage_per_hour_yen = 1300 },
    }),
    as_of = "2025-05-31",
    expect = { step = "up", to = "general/full_time", rules = { "SU-04" }, accepted = true },
  },
  {
    name = "SU-05 under saga: a minimum-wage contract moves a paid commuter to minimum-wage staff",
    case = case_of("nat-su05", { day = "2025-04-01", stage = "intermediate", rung = "commuter_paid" }, {
      { type = "placement_started", date = "2025-04-01", placement_id = "p1", employer = "介護施設",
        kind = "commuter_paid", contract = "commuter_confirmation", hours_per_week = 9, stipend_per_shift_yen = 500 },
      { type = "placement_ended", date = "2025-05-15", placement_id = "p1", reason = "moved_on" },
      { type = "placement_started", date = "2025-05-16", placement_id = "p2", employer = "介護施設",
        kind = "minwage_staff", contract = "employment", hours_per_week = 12, wage_per_hour_yen = 1300 },
    }),
    as_of = "2025-05-31",
    expect = { step = "up", to = "intermediate/minwage_staff", fired = { "SU-05" }, accepted = true },
  },
  {
    name = "SU-03 under saga: two months of steady attendance move a paid commuter up",
    case = case_of("nat-su03", { day = "2025-03-01", stage = "intermediate", rung = "commuter_paid" }, {
      { type = "placement_started", date = "2025-03-01", placement_id = "p1", employer = "介護施設",
        kind = "commuter_paid", contract = "commuter_confirmation", hours_per_week = 9, stipend_per_shift_yen = 500 },
      { type = "attendance", date = "2025-05-30", placement_id = "p1", period_start = "2025-05-01",
        scheduled_hours = 36, attended_hours = 35 },
      { type = "review", date = "2025-05-30", kind = "monthly", goals_total = 2, goals_achieved = 1 },
    }),
    as_of = "2025-05-31",
    expect = { step = "up", to = "intermediate/minwage_staff", rules = { "SU-03" }, accepted = true },
  },
  {
    name = "SU-06 under saga: an appraisal average of 4.25 moves minimum-wage staff to general work",
    case = case_of("nat-su06", { day = "2025-03-01", stage = "intermediate", rung = "minwage_staff" }, {
      { type = "placement_started", date = "2025-03-01", placement_id = "p1", employer = "介護施設",
        kind = "minwage_staff", contract = "employment", hours_per_week = 15, wage_per_hour_yen = 1300 },
      { type = "appraisal", date = "2025-05-28", placement_id = "p1",
        items = { rules = 4, responsibility = 5, ambition = 4, horenso = 4 } },
      { type = "review", date = "2025-05-28", kind = "monthly", goals_total = 2, goals_achieved = 2 },
    }),
    as_of = "2025-05-31",
    expect = { step = "up", to = "general/part_time", rules = { "SU-06" }, accepted = true },
  },
  {
    name = "SD-01 under saga: attendance below 60% over two weeks steps down",
    case = case_of("nat-sd01", { day = "2025-04-01", stage = "intermediate", rung = "minwage_staff" }, {
      { type = "placement_started", date = "2025-04-01", placement_id = "p1", employer = "介護施設",
        kind = "minwage_staff", contract = "employment", hours_per_week = 12, wage_per_hour_yen = 1300 },
      { type = "attendance", date = "2025-05-31", placement_id = "p1", period_start = "2025-05-18",
        scheduled_hours = 24, attended_hours = 8, unannounced_absences = 1 },
    }),
    as_of = "2025-05-31",
    expect = { step = "down", to = "intermediate/commuter_paid", rules = { "SD-01" }, accepted = true },
  },
  {
    name = "SD-02 under saga: a Five Different Positions fall to level 2 holds a step up",
    case = case_of("nat-sd02", { day = "2025-04-01", stage = "social" }, {
      { type = "review", date = "2025-05-28", kind = "monthly", goals_total = 2, goals_achieved = 2 },
      { type = "assessment", date = "2025-05-29", kind = "re",
        fdp = { interpersonal = 3, mental = 2, stress = 3, thinking = 3, environment = 3 } },
    }),
    as_of = "2025-05-31",
    expect = { step = "stay", rules = { "SD-02" }, overruled = { "SU-02" } },
  },
  {
    name = "SU-01 under saga: a placement with no review for over 30 days is due one",
    case = case_of("nat-su01", { day = "2025-04-01", stage = "employment" }, {
      { type = "placement_started", date = "2025-04-07", placement_id = "p1", employer = "農園",
        kind = "taiken", contract = "none", hours_per_week = 6 },
    }),
    as_of = "2025-05-31",
    expect = { fired = { "SU-01" } },
  },
  {
    name = "JS-06 under saga: the plan ends within 14 days: evaluation due",
    case = case_of("nat-js06", { day = "2025-04-01", stage = "social", plan_end = "2025-06-10" }),
    as_of = "2025-05-31",
    expect = { fired = { "JS-06" } },
  },
}
