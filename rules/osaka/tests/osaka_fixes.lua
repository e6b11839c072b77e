-- Osaka's eligibility and menu moves against the sources: 大阪府地域就労支援事業 does not limit its
-- targets (the career-ladder model's note 1: 対象を限定しない), certified employment-type training
-- needs the municipality's decision (類型は行政が決定), and a practicum that the person hardly attends
-- has not started anything.

local function case_of(id, opts, events)
  local all = {
    { type = "intake", date = opts.day, channel = "visit", source = "self", concerns = opts.concerns or { "job_search" },
      screening = "continue", stage = opts.stage or "employment", rung = opts.rung },
    { type = "consent", date = opts.day, info_sharing = true },
    { type = "assessment", date = opts.day, kind = "initial",
      fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } },
    { type = "household_finance", date = opts.day, income_yen = 300000, financial_assets_yen = 2000000,
      debt_total_yen = 0, arrears_months = 0 },
    { type = "plan", date = opts.day, start_on = opts.day, end_on = "2026-12-31",
      goals = { { id = "g1", domain = "work", text = "働く場を見つける" } } },
    { type = "plan_approved", date = opts.day, meeting = "shien_chosei" },
  }
  for _, e in ipairs(events or {}) do all[#all + 1] = e end
  return {
    format = "hashigo.case/1", id = id, region = "osaka",
    person = { pseudonym = "テスト", birth_date = "1988-06-01", gender = "male", disability_cert = "none" },
    household = { prefecture = "27", size = 1, kind = "single", housing = "rented", rent_yen = 40000 },
    events = all,
  }
end

return {
  {
    name = "E9 OS-02: wants work, no category of the model: regional employment support still serves them",
    case = case_of("osaka-e9", { day = "2025-05-07", stage = "social" }),
    as_of = "2025-05-31",
    expect = { eligibility = { chiiki_shuro = true }, fired = { "OS-02" } },
  },
  {
    name = "E10 OS-24: an employment contract on a visit without the municipality's decision is not certified 雇用型 training → hold",
    case = case_of("osaka-e10-os24", { day = "2025-04-07", stage = "intermediate", rung = "kengaku" }, {
      { type = "placement_started", date = "2025-05-12", placement_id = "k", employer = "協力企業", kind = "minwage_staff",
        contract = "employment", hours_per_week = 20, wage_per_hour_yen = 1200 },
    }),
    as_of = "2025-05-31",
    expect = { position = "intermediate/kengaku", step = "stay", rules = { "OS-24" } },
  },
  {
    name = "E10 OS-24: with the municipality's decision, the contract is 雇用型 training",
    case = case_of("osaka-e10-os24-decided", { day = "2025-04-07", stage = "intermediate", rung = "kengaku" }, {
      { type = "program_enrolled", date = "2025-05-09", program = "kunren", route = "koyo" },
      { type = "placement_started", date = "2025-05-12", placement_id = "k", employer = "協力企業", kind = "kunren_koyo",
        contract = "employment", hours_per_week = 20, wage_per_hour_yen = 1200 },
    }),
    as_of = "2025-05-31",
    expect = { position = "intermediate/kengaku", step = "up", to = "intermediate/kunren_koyo", rules = { "OS-24" }, accepted = true },
  },
  {
    name = "E10 OS-21: a practicum attended a quarter of its hours has not taken hold → no step into intermediate work",
    case = case_of("osaka-e10-os21", { day = "2025-04-07" }, {
      { type = "placement_started", date = "2025-05-07", placement_id = "t", employer = "協力企業", kind = "taiken",
        contract = "none", hours_per_week = 10 },
      { type = "attendance", date = "2025-05-30", placement_id = "t", period_start = "2025-05-07", scheduled_hours = 32,
        attended_hours = 8, unannounced_absences = 2 },
    }),
    as_of = "2025-05-31",
    expect = { position = "employment", step = "stay", rules = { "OS-21" } },
  },
  {
    name = "E10 OS-21: a practicum attended steadily → intermediate/taiken",
    case = case_of("osaka-e10-os21-ok", { day = "2025-04-07" }, {
      { type = "placement_started", date = "2025-05-07", placement_id = "t", employer = "協力企業", kind = "taiken",
        contract = "none", hours_per_week = 10 },
      { type = "attendance", date = "2025-05-30", placement_id = "t", period_start = "2025-05-07", scheduled_hours = 32,
        attended_hours = 30, unannounced_absences = 0 },
    }),
    as_of = "2025-05-31",
    expect = { position = "employment", step = "up", to = "intermediate/taiken", rules = { "OS-21" }, accepted = true },
  },
}
