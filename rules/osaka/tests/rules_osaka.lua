-- One situation per Osaka rule branch the journeys do not show: the categories of the A´ Work Sozokan career-ladder model 2.0 each
-- routed to their specialist partner (OS-11), eligibility without a category (OS-01 unrestricted),
-- no readiness referral for a job-ready person (OS-12), the visit's review moving to a practicum
-- (OS-22), the practicum held without the municipality's decision on work training (OS-23), and
-- employment with training straight from a practicum (OS-24, a skip).

local function case_of(id, opts, events)
  local all = {
    { type = "intake", date = opts.day, channel = "visit", source = opts.source or "self",
      concerns = opts.concerns or { "job_search" }, screening = "continue", stage = opts.stage or "social",
      rung = opts.rung },
    { type = "consent", date = opts.day, info_sharing = true },
    { type = "assessment", date = opts.day, kind = "initial",
      fdp = opts.fdp or { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } },
    { type = "household_finance", date = opts.day, income_yen = opts.income or 100000,
      financial_assets_yen = opts.assets or 200000, debt_total_yen = 0, arrears_months = 0 },
    { type = "plan", date = opts.day, start_on = opts.day, end_on = "2026-12-31",
      goals = { { id = "g1", domain = "work", text = "働く場を見つける" } } },
    { type = "plan_approved", date = opts.day, meeting = "shien_chosei" },
  }
  for _, e in ipairs(events or {}) do all[#all + 1] = e end
  return {
    format = "hashigo.case/1", id = id, region = "osaka",
    person = { pseudonym = "テスト", birth_date = opts.birth or "1990-06-01", gender = opts.gender or "male",
               disability_cert = opts.cert or "none" },
    household = { prefecture = opts.prefecture, size = opts.size or 1, kind = opts.kind or "single", housing = opts.housing or "rented",
                  rent_yen = 40000 },
    events = all,
  }
end

-- The person of the E9/E10 checks: in Osaka Prefecture, with means above every line (so no
-- statutory programme opens on income), at the employment stage unless `opts` says otherwise.
local function fixes_case(id, opts, events)
  opts.stage = opts.stage or "employment"
  opts.income, opts.assets, opts.birth, opts.prefecture = 300000, 2000000, "1988-06-01", "27"
  return case_of(id, opts, events)
end

local tests = {
  {
    name = "OS-11: LGBT → the community and support organisations",
    case = case_of("osaka-lgbt", { day = "2025-05-07", concerns = { "job_search", "lgbt" } }),
    as_of = "2025-05-31",
    expect = { referrals = { "lgbt_support", "osaka_kouiki_jyunbi", "saposute" }, fired = { "OS-11" }, eligibility = { diversity_shuro = true, chiiki_shuro = true } },
  },
  {
    name = "OS-11: cancer → the cancer consultation centre (work and treatment)",
    case = case_of("osaka-cancer", { day = "2025-05-07", birth = "1970-02-01", concerns = { "cancer" }, income = 300000, assets = 2000000 }),
    as_of = "2025-05-31",
    expect = { referrals = { "gan_soudan" }, fired = { "OS-11" } },
  },
  {
    name = "OS-11: designated intractable disease → the intractable-disease support centre",
    case = case_of("osaka-nanbyo", { day = "2025-05-07", birth = "1970-02-01", concerns = { "nanbyo", "job_search" }, income = 300000, assets = 2000000 }),
    as_of = "2025-05-31",
    expect = { referrals = { "nanbyo_centre" }, fired = { "OS-11" } },
  },
  {
    name = "OS-11: drug use → the addiction consultation centre",
    case = case_of("osaka-drug", { day = "2025-05-07", birth = "1960-02-01", concerns = { "drug_dependence" }, income = 300000, assets = 2000000 }),
    as_of = "2025-05-31",
    expect = { referrals = { "izonsho_centre" }, fired = { "OS-11" } },
  },
  {
    name = "OS-11: a criminal record alone → probation and rehabilitation (cooperating employers)",
    case = case_of("osaka-record", { day = "2025-05-07", birth = "1960-02-01", concerns = { "criminal_record" }, income = 300000, assets = 2000000 }),
    as_of = "2025-05-31",
    expect = { referrals = { "kousei_hogo" }, fired = { "OS-11" } },
  },
  {
    name = "OS-11: homeless → employment support with housing",
    case = case_of("osaka-homeless", { day = "2025-05-07", birth = "1960-02-01", housing = "homeless", concerns = { "housing" }, income = 300000, assets = 2000000 }),
    as_of = "2025-05-31",
    expect = { fired = { "OS-11" }, eligibility = { diversity_shuro = true } },
  },
  {
    name = "OS-11: a foreign resident → work and life support for foreign residents",
    case = case_of("osaka-foreign", { day = "2025-05-07", birth = "1960-02-01", concerns = { "foreign_national" }, income = 300000, assets = 2000000 }),
    as_of = "2025-05-31",
    expect = { referrals = { "gaikokujin_support" }, fired = { "OS-11" } },
  },
  {
    name = "OS-11: aged 68 → the silver human-resource centre; too old for regional employment support (OS-02)",
    case = case_of("osaka-elderly", { day = "2025-05-07", birth = "1957-01-10", concerns = { "job_search" }, income = 300000, assets = 2000000 }),
    as_of = "2025-05-31",
    expect = { referrals = { "silver" }, fired = { "OS-11", "OS-01" }, eligibility = { diversity_shuro = true } },
  },
  {
    name = "OS-11: a high-school student referred by the school → high-school career support",
    case = case_of("osaka-highschool", { day = "2025-05-07", birth = "2008-09-01", source = "school", concerns = { "job_search" }, income = 300000, assets = 2000000, size = 3, kind = "multi_gen" }),
    as_of = "2025-05-31",
    expect = { fired = { "OS-11", "OS-02" }, eligibility = { chiiki_shuro = true } },
  },
  {
    name = "OS-01: no category, but wanting to work is enough (unrestricted); OS-12 not for a job-ready person at 就労自立",
    case = case_of("osaka-unrestricted", { day = "2025-05-07", birth = "1995-04-01", stage = "employment", concerns = { "job_search" } }),
    as_of = "2025-05-31",
    expect = { eligibility = { diversity_shuro = true }, fired = { "OS-01" }, referrals = { "saposute" } },
  },
  {
    name = "OS-22: the visit's review met its goals: on to a practicum",
    case = case_of("osaka-os22", { day = "2025-04-01", stage = "intermediate", rung = "kengaku" }, {
      { type = "placement_started", date = "2025-04-07", placement_id = "k", employer = "協力企業", kind = "kengaku", contract = "none", hours_per_week = 2 },
      { type = "placement_ended", date = "2025-04-08", placement_id = "k", reason = "completed" },
      { type = "review", date = "2025-05-26", kind = "monthly", goals_total = 2, goals_achieved = 2 },
    }),
    as_of = "2025-05-31",
    expect = { step = "up", to = "intermediate/taiken", rules = { "OS-22" }, accepted = true },
  },
  {
    name = "OS-23: a practicum done well, but no decision on work training yet: hold",
    case = case_of("osaka-os23-hold", { day = "2025-03-03", stage = "intermediate", rung = "taiken" }, {
      { type = "placement_started", date = "2025-03-03", placement_id = "t", employer = "協力企業", kind = "taiken", contract = "none", hours_per_week = 12 },
      { type = "attendance", date = "2025-05-30", placement_id = "t", period_start = "2025-05-01", scheduled_hours = 48, attended_hours = 46 },
      { type = "review", date = "2025-05-28", kind = "monthly", goals_total = 3, goals_achieved = 3 },
    }),
    as_of = "2025-05-31",
    expect = { step = "stay", rules = { "OS-23" }, alerts = { "practicum_review" } },
  },
  {
    name = "OS-24: hired with training straight from the practicum (a skip over 就労訓練)",
    case = case_of("osaka-os24-skip", { day = "2025-03-03", stage = "intermediate", rung = "taiken" }, {
      { type = "placement_started", date = "2025-03-03", placement_id = "t", employer = "協力企業", kind = "taiken", contract = "none", hours_per_week = 12 },
      { type = "placement_ended", date = "2025-04-30", placement_id = "t", reason = "completed" },
      -- the municipality decided the type (雇用型) before the contract began
      { type = "program_enrolled", date = "2025-04-28", program = "kunren", route = "koyo" },
      { type = "placement_started", date = "2025-05-01", placement_id = "k", employer = "協力企業", kind = "minwage_staff", contract = "employment",
        hours_per_week = 20, wage_per_hour_yen = 1200 },
    }),
    as_of = "2025-05-31",
    expect = { step = "up", to = "intermediate/kunren_koyo", rules = { "OS-24" }, accepted = true },
  },
  -- Osaka's eligibility and menu moves against the sources: 大阪府地域就労支援事業 does not limit its
  -- targets (the career-ladder model's note 1: 対象を限定しない), certified employment-type training
  -- needs the municipality's decision (類型は行政が決定), and a practicum that the person hardly attends
  -- has not started anything.
  {
    name = "E9 OS-02: wants work, no category of the model: regional employment support still serves them",
    case = fixes_case("osaka-e9", { day = "2025-05-07", stage = "social" }),
    as_of = "2025-05-31",
    expect = { eligibility = { chiiki_shuro = true }, fired = { "OS-02" } },
  },
  {
    name = "E10 OS-24: an employment contract on a visit without the municipality's decision is not certified 雇用型 training → hold",
    case = fixes_case("osaka-e10-os24", { day = "2025-04-07", stage = "intermediate", rung = "kengaku" }, {
      { type = "placement_started", date = "2025-05-12", placement_id = "k", employer = "協力企業", kind = "minwage_staff",
        contract = "employment", hours_per_week = 20, wage_per_hour_yen = 1200 },
    }),
    as_of = "2025-05-31",
    expect = { position = "intermediate/kengaku", step = "stay", rules = { "OS-24" } },
  },
  {
    name = "E10 OS-24: with the municipality's decision, the contract is 雇用型 training",
    case = fixes_case("osaka-e10-os24-decided", { day = "2025-04-07", stage = "intermediate", rung = "kengaku" }, {
      { type = "program_enrolled", date = "2025-05-09", program = "kunren", route = "koyo" },
      { type = "placement_started", date = "2025-05-12", placement_id = "k", employer = "協力企業", kind = "kunren_koyo",
        contract = "employment", hours_per_week = 20, wage_per_hour_yen = 1200 },
    }),
    as_of = "2025-05-31",
    expect = { position = "intermediate/kengaku", step = "up", to = "intermediate/kunren_koyo", rules = { "OS-24" }, accepted = true },
  },
  {
    name = "E10 OS-21: a practicum attended a quarter of its hours has not taken hold → no step into intermediate work",
    case = fixes_case("osaka-e10-os21", { day = "2025-04-07" }, {
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
    case = fixes_case("osaka-e10-os21-ok", { day = "2025-04-07" }, {
      { type = "placement_started", date = "2025-05-07", placement_id = "t", employer = "協力企業", kind = "taiken",
        contract = "none", hours_per_week = 10 },
      { type = "attendance", date = "2025-05-30", placement_id = "t", period_start = "2025-05-07", scheduled_hours = 32,
        attended_hours = 30, unannounced_absences = 0 },
    }),
    as_of = "2025-05-31",
    expect = { position = "employment", step = "up", to = "intermediate/taiken", rules = { "OS-21" }, accepted = true },
  },
}
return tests
