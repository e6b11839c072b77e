-- One situation per Zama rule (or branch) that the journeys do not reach: screenings that refer
-- out or only inform (ZM-01, JS-03 as Zama reads it), the place to belong (RF-SANKA as Zama reads
-- it), joint support of a recipient household without consent (JS-09 as Zama reads it), the
-- programme route before and after 2025-04 (ZM-06), and the JR-02 routes.

-- A case with an intake on `opts.day`; with `opts.plan`, consent, an assessment, a finance
-- snapshot and a plan approved on the same day.
local function case_of(id, opts, events)
  local all = {
    { type = "intake", date = opts.day, channel = "visit", source = opts.source or "self",
      concerns = opts.concerns or { "job_search" }, screening = opts.screening or "continue",
      stage = opts.stage or "life" },
  }
  if opts.plan then
    all[#all + 1] = { type = "consent", date = opts.day, info_sharing = true }
    all[#all + 1] = { type = "assessment", date = opts.day, kind = "initial",
                      fdp = opts.fdp or { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } }
    all[#all + 1] = { type = "household_finance", date = opts.day, income_yen = opts.income or 0,
                      financial_assets_yen = opts.assets or 10000, debt_total_yen = 0, arrears_months = 0 }
    all[#all + 1] = { type = "plan", date = opts.day, start_on = opts.day, end_on = "2026-12-31",
                      goals = { { id = "g1", domain = "life", text = "生活リズムを整える" } } }
    all[#all + 1] = { type = "plan_approved", date = opts.day, meeting = "shien_chosei" }
  end
  for _, e in ipairs(events or {}) do all[#all + 1] = e end
  return {
    format = "hashigo.case/1",
    id = id,
    region = "zama",
    person = { pseudonym = "テスト", birth_date = opts.birth or "1980-01-01", gender = "female", disability_cert = "none" },
    household = { size = opts.size or 1, kind = opts.kind or "single", housing = "rented", rent_yen = 40000,
                  on_public_assistance = opts.pa or false },
    events = all,
  }
end

local refer_out_care = case_of("zama-refer-out", { day = "2024-06-03", screening = "refer_out", concerns = { "care", "job_search" } })
local refer_out_other = case_of("zama-refer-out-other", { day = "2024-06-03", screening = "refer_out", concerns = { "other" } })
local info_only = case_of("zama-info-only", { day = "2024-06-03", screening = "info_only" })

return {
  {
    name = "ZM-01/JS-03: a refer_out screening about care becomes a warm hand-over to 地域包括 and a follow-up",
    case = refer_out_care, as_of = "2024-06-10",
    expect = { status = "closed", referrals = { "houkatsu" }, alerts = { "referral_follow_up" }, fired = { "ZM-01", "JS-03" } },
  },
  {
    name = "ZM-01: with no concern in the table the hand-over goes to the city hall section (default), overdue follow-up",
    case = refer_out_other, as_of = "2024-06-20",
    expect = { status = "closed", referrals = { "chonai_renkei" }, alerts = { "referral_follow_up" } },
  },
  {
    name = "ZM-01/JS-03: the follow-up leaves the worklist after 90 days",
    case = refer_out_care, as_of = "2024-09-30",
    expect = { status = "closed", referrals = {}, alerts = {} },
  },
  {
    name = "JS-03 (Zama): information only still gets a call back",
    case = info_only, as_of = "2024-06-30",
    expect = { status = "closed", referrals = {}, alerts = { "info_only_follow_up" }, fired = { "JS-03" } },
  },
  {
    name = "RF-SANKA (Zama): a withdrawn person at the life stage is offered Zama's place to belong",
    case = case_of("zama-ibasho", { day = "2024-05-07", concerns = { "hikikomori_futoko" }, plan = true }),
    as_of = "2024-05-31",
    expect = { fired = { "RF-SANKA" }, eligibility = { jyunbi = true } },
  },
  {
    name = "JS-09 (Zama): public assistance without consent: joint support is set up at the 支援会議",
    case = case_of("zama-pa-no-consent", { day = "2024-05-07", pa = true }),
    as_of = "2024-05-31",
    expect = { referrals = { "fukushi_jimusho" }, eligibility = { hogo_jyunbi = true }, fired = { "JS-09", "ZM-11" } },
  },
  {
    name = "ZM-06: before April 2025 a recipient enrolled in the needy-persons readiness programme is re-routed",
    case = case_of("zama-pa-route", { day = "2024-05-07", pa = true, stage = "social", plan = true }, {
      { type = "program_enrolled", date = "2024-05-20", program = "jyunbi" },
    }),
    as_of = "2024-05-31",
    expect = { alerts = { "program_route_check" }, eligibility = { hogo_jyunbi = true, jyunbi = false }, fired = { "ZM-06" } },
  },
  {
    name = "ZM-06: from April 2025 the same enrolment is joint use (JR-01) once the welfare office recognises him, no alert",
    case = case_of("zama-pa-route-2025", { day = "2025-05-07", pa = true, stage = "social", plan = true }, {
      { type = "program_enrolled", date = "2025-05-15", program = "tokutei_hihogosha" },
      { type = "program_enrolled", date = "2025-05-20", program = "jyunbi" },
    }),
    as_of = "2025-05-31",
    expect = { alerts = {}, eligibility = { jyunbi = true } },
  },
  {
    name = "JR-02 (Zama): income just above the line is the national 'at risk' route",
    case = case_of("zama-jr02-risk", { day = "2025-05-07", stage = "social", plan = true, income = 120000, assets = 100000 }),
    as_of = "2025-05-31",
    expect = { eligibility = { jyunbi = true }, fired = { "JR-02" } },
  },
  {
    name = "JR-02 (Zama): well above the lines and no need Zama recognises → not eligible",
    case = case_of("zama-jr02-no", { day = "2025-05-07", stage = "social", plan = true, income = 300000, assets = 3000000 }),
    as_of = "2025-05-31",
    expect = { eligibility = { jyunbi = false }, fired = { "JR-02" } },
  },
}
