-- One situation per test, for the rules and the effective dates the journeys J1–J5 do not reach.
-- Each case is written inline: an intake, consent, an assessment and a finance snapshot, a plan
-- approved by the 支援調整会議, then the events of the situation.
--
-- Referral and alert rules are checked with `fired` (each must fire; other rules may fire too),
-- because these base tests also run under every regional pack, which may add targets and alerts of
-- its own. The comment on each month lists what the national pack alone proposes and raises.

-- A case in support from 2015-04-06 unless `base` says otherwise.
local function case_of(id, extra, base)
  base = base or {}
  local events = {
    { type = "intake", date = base.intake or "2015-04-06", stage = base.stage or "employment", rung = base.rung,
      concerns = base.concerns or { "job_search" }, screening = base.screening },
  }
  if base.consent ~= false and base.screening ~= "refer_out" then events[#events + 1] = { type = "consent", date = base.intake or "2015-04-06" } end
  if base.screening ~= "refer_out" then
    local day = base.assessed or "2015-04-08"
    events[#events + 1] = { type = "assessment", date = day, fdp = base.fdp or { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } }
    events[#events + 1] = { type = "household_finance", date = day, income_yen = base.income or 100000,
                            financial_assets_yen = base.assets or 200000, debt_total_yen = base.debt or 0, expenses_yen = base.expenses }
    if base.plan ~= false then
      events[#events + 1] = { type = "plan", date = day, start_on = day, end_on = base.plan_end or "2099-12-31",
                              goals = { { id = "g1", text = "goal" } } }
      if base.approved ~= false then events[#events + 1] = { type = "plan_approved", date = day } end
    end
  end
  for _, e in ipairs(extra) do events[#events + 1] = e end
  return {
    id = id,
    person = { birth_date = base.born or "1985-06-01", disability_cert = base.cert or "none" },
    household = { size = base.size or 1, housing = base.housing or "rented", rent_yen = base.rent or 40000,
                  on_public_assistance = base.pa or false },
    events = events,
  }
end

local function contact(day) return { type = "contact", date = day, kind = "interview" } end

return {
  -- ── Ladder ──────────────────────────────────────────────────────────────────────────────
  {
    name = "SU-04: part-time work grows to 32 hours a week → full time",
    case = case_of("su04", {
      { type = "placement_started", date = "2015-04-10", placement_id = "p", kind = "part_time", contract = "employment",
        hours_per_week = 32, wage_per_hour_yen = 900 },
      contact("2015-05-20"), { type = "review", date = "2015-05-28", goals_total = 1, goals_achieved = 1 },
    }, { stage = "general", rung = "part_time" }),
    as_of = "2015-05-31",
    expect = { position = "general/part_time", step = "up", to = "general/full_time", rules = { "SU-04" }, accepted = true },
  },
  {
    name = "JK-03: work training without the municipality's decision holds the move",
    case = case_of("jk03-hold", {
      { type = "placement_started", date = "2015-05-11", placement_id = "p", kind = "kunren_hikoyo", contract = "none", hours_per_week = 12 },
      contact("2015-05-20"), { type = "review", date = "2015-05-28", goals_total = 2, goals_achieved = 2 },
    }),
    as_of = "2015-05-31",
    expect = { position = "employment", step = "stay", rules = { "JK-03" } },
  },
  {
    name = "SD-01: a step down from the bottom of the commuter track to 就労自立 waits for the commuter confirmation to end",
    case = case_of("sd01-track", {
      { type = "placement_started", date = "2015-04-10", placement_id = "p", kind = "commuter_unpaid", contract = "commuter_confirmation", hours_per_week = 6 },
      { type = "attendance", date = "2015-05-31", placement_id = "p", period_start = "2015-05-11", scheduled_hours = 18, attended_hours = 6 },
      contact("2015-05-20"), { type = "review", date = "2015-05-28", goals_total = 2, goals_achieved = 0 },
    }, { stage = "intermediate", rung = "commuter_unpaid" }),
    as_of = "2015-05-31",
    expect = { position = "intermediate/commuter_unpaid", step = "stay", rules = { "SD-01" } },
  },
  {
    name = "SD-04: the commuter placement ended and a work experience began: back to 就労自立 (the track's step_down_to)",
    case = case_of("sd04-track", {
      { type = "placement_started", date = "2015-04-10", placement_id = "p", kind = "commuter_unpaid", contract = "commuter_confirmation", hours_per_week = 6 },
      { type = "placement_ended", date = "2015-05-15", placement_id = "p", reason = "step_down" },
      { type = "placement_started", date = "2015-05-18", placement_id = "t", kind = "taiken", contract = "none", hours_per_week = 4 },
      contact("2015-05-20"), { type = "review", date = "2015-05-28", goals_total = 2, goals_achieved = 0 },
    }, { stage = "intermediate", rung = "commuter_unpaid" }),
    as_of = "2015-05-31",
    expect = { position = "intermediate/commuter_unpaid", step = "down", to = "employment", rules = { "SD-04" }, accepted = true },
  },
  {
    name = "SU-05 alone moves an unpaid commuter paid the minimum wage: UW-05 and SU-02 stand aside",
    case = case_of("su05-skip", {
      { type = "placement_started", date = "2015-04-10", placement_id = "p", kind = "commuter_paid", contract = "employment",
        -- 900 yen: above the national average (780) and every regional minimum wage of 2015, so
        -- the test holds under the regional packs too
        hours_per_week = 20, wage_per_hour_yen = 900 },
      contact("2015-05-20"), { type = "review", date = "2015-05-28", goals_total = 2, goals_achieved = 2 },
    }, { stage = "intermediate", rung = "commuter_unpaid" }),
    as_of = "2015-05-31",
    expect = { position = "intermediate/commuter_unpaid", step = "up", to = "intermediate/minwage_staff", rules = { "SU-05" }, accepted = true },
  },

  -- ── 就労準備支援: effective dates, public assistance, the period ───────────────────────
  {
    name = "JR-05: at 66, readiness support is closed before April 2019 …",
    case = case_of("jr05-2018", {}, { born = "1952-01-10", intake = "2018-05-07", assessed = "2018-05-09" }),
    as_of = "2018-06-30",
    expect = { eligibility = { jyunbi = false }, fired = { "JR-01" } },
  },
  {
    name = "JR-05: … and open from April 2019 (the age limit removed)",
    case = case_of("jr05-2019", {}, { born = "1952-01-10", intake = "2019-05-07", assessed = "2019-05-09" }),
    as_of = "2019-06-30",
    expect = { eligibility = { jyunbi = true } },
  },
  {
    name = "JS-09: a household on public assistance goes through the welfare office (2024) …",
    case = case_of("js09-2024", {}, { pa = true, intake = "2024-05-07", assessed = "2024-05-09" }),
    as_of = "2024-06-30",
    expect = { eligibility = { jyunbi = false }, fired = { "JS-09", "RF-SAPO" } },  -- referrals: fukushi_jimusho, saposute
  },
  {
    name = "E6 JS-09: from April 2025 a recipient not recognised as 特定被保護者 by the welfare office still may not use readiness or budget support",
    case = case_of("js09-2025", {}, { pa = true, intake = "2025-05-07", assessed = "2025-05-09", debt = 300000 }),
    as_of = "2025-06-30",
    expect = { eligibility = { jyunbi = false, kakei = false }, fired = { "JS-09", "RF-SAPO" } },  -- referrals: fukushi_jimusho, saposute
  },
  {
    name = "JS-09: … once the welfare office recognises them (特定被保護者), readiness and budget support jointly",
    case = case_of("js09-2025-recognised", {
      { type = "program_enrolled", date = "2025-05-20", program = "tokutei_hihogosha", route = "fukushi_jimusho" },
    }, { pa = true, intake = "2025-05-07", assessed = "2025-05-09", debt = 300000 }),
    as_of = "2025-06-30",
    expect = { eligibility = { jyunbi = true, kakei = true }, fired = { "JS-09", "RF-SAPO" } },  -- referrals: fukushi_jimusho, saposute
  },
  {
    name = "E6 IS-01: a homeless recipient in 2025 uses 居住支援 only once recognised as 特定被保護者",
    case = case_of("is01-pa", {}, { pa = true, housing = "homeless", rent = 0, intake = "2025-05-07", assessed = "2025-05-09" }),
    as_of = "2025-06-30",
    expect = { eligibility = { ichiji_seikatsu = false }, fired = { "IS-01" } },
  },
  {
    name = "E6 IS-02: out of the shelter into a flat in 2020 → 地域居住支援 (move-in support, visits)",
    case = case_of("is02-after-shelter", {
      { type = "program_enrolled", date = "2020-05-15", program = "ichiji_seikatsu" },
      { type = "program_ended", date = "2020-07-31", program = "ichiji_seikatsu", reason = "moved_on" },
      { type = "household_moved", date = "2020-08-01", prefecture = "12", housing = "rented", rent_yen = 38000 },
    }, { housing = "homeless", rent = 0, intake = "2020-05-11", assessed = "2020-05-13" }),
    as_of = "2020-08-31",
    expect = { eligibility = { chiiki_kyoju = true }, fired = { "IS-02" } },
  },
  {
    name = "E6 IS-02: a recipient out of the shelter in 2025 uses it only once recognised as 特定被保護者",
    case = case_of("is02-pa", {
      { type = "program_enrolled", date = "2025-05-15", program = "ichiji_seikatsu" },
      { type = "program_ended", date = "2025-07-31", program = "ichiji_seikatsu", reason = "moved_on" },
      { type = "household_moved", date = "2025-08-01", prefecture = "12", housing = "rented", rent_yen = 38000 },
    }, { pa = true, housing = "homeless", rent = 0, intake = "2025-05-07", assessed = "2025-05-09" }),
    as_of = "2025-08-31",
    expect = { eligibility = { chiiki_kyoju = false }, fired = { "IS-02" } },
  },
  {
    name = "IS-01: … and recognised, the housing support is open",
    case = case_of("is01-pa-recognised", {
      { type = "program_enrolled", date = "2025-05-20", program = "tokutei_hihogosha" },
    }, { pa = true, housing = "homeless", rent = 0, intake = "2025-05-07", assessed = "2025-05-09" }),
    as_of = "2025-06-30",
    expect = { eligibility = { ichiji_seikatsu = true }, fired = { "IS-01" } },
  },
  {
    name = "JR-06: readiness support in its eleventh month is flagged",
    case = case_of("jr06-notice", {
      { type = "program_enrolled", date = "2015-04-10", program = "jyunbi", planned_end_on = "2016-04-09" },
      contact("2016-02-20"), { type = "review", date = "2016-02-26", goals_total = 2, goals_achieved = 1 },
    }, { stage = "social" }),
    as_of = "2016-02-29",
    expect = { eligibility = { jyunbi = true }, fired = { "JR-06" } },  -- alerts: jyunbi_limit
  },
  {
    name = "JR-06: after 12 months readiness support is used up …",
    case = case_of("jr06-used", {
      { type = "program_enrolled", date = "2015-04-10", program = "jyunbi" },
      contact("2016-04-20"), { type = "review", date = "2016-04-26", goals_total = 2, goals_achieved = 1 },
    }, { stage = "social" }),
    as_of = "2016-04-30",
    expect = { eligibility = { jyunbi = false }, fired = { "JR-06" } },  -- alerts: jyunbi_limit (urgent)
  },
  {
    name = "JR-06: … unless the municipality set a longer period",
    case = case_of("jr06-extended", {
      { type = "program_enrolled", date = "2015-04-10", program = "jyunbi", planned_end_on = "2016-04-09" },
      { type = "program_extended", date = "2016-03-20", program = "jyunbi", planned_end_on = "2016-10-09", reason = "心身の状況を考慮し市が延長" },
      contact("2016-04-20"), { type = "review", date = "2016-04-26", goals_total = 2, goals_achieved = 1 },
    }, { stage = "social" }),
    as_of = "2016-04-30",
    expect = { eligibility = { jyunbi = true } },  -- alerts: none (JR-06 stands aside once extended)
  },

  -- ── 住居確保給付金: routes, duties, restart, moving costs ─────────────────────────────
  {
    name = "HK-01: an income drop without job loss is no route before April 2020 …",
    case = case_of("hk01-2019", {
      { type = "job_lost", date = "2019-06-03", lost_on = "2019-05-15", cause = "income_drop" },
    }, { intake = "2019-06-03", assessed = "2019-06-05", income = 50000, assets = 100000 }),
    as_of = "2019-06-30",
    expect = { eligibility = { jukyo_kakuho = false }, fired = { "HK-01" } },
  },
  {
    name = "HK-01: … and is one from April 2020",
    case = case_of("hk01-2020", {
      { type = "job_lost", date = "2020-06-03", lost_on = "2020-05-15", cause = "income_drop" },
    }, { intake = "2020-06-03", assessed = "2020-06-05", income = 50000, assets = 100000 }),
    as_of = "2020-06-30",
    expect = { eligibility = { jukyo_kakuho = true } },
  },
  {
    name = "E7 HK-01: the income-drop route opened on 2020-04-20, not at the start of April",
    case = case_of("hk01-2020-early", {
      { type = "job_lost", date = "2020-04-06", lost_on = "2020-03-31", cause = "income_drop" },
    }, { intake = "2020-04-06", assessed = "2020-04-08", income = 50000, assets = 100000 }),
    as_of = "2020-04-15",
    expect = { eligibility = { jukyo_kakuho = false }, fired = { "HK-01" } },
  },
  {
    name = "E7 HK-01: before April 2020 the benefit was for people under 65: at 66 no …",
    case = case_of("hk01-age-2019", {
      { type = "job_lost", date = "2019-06-03", lost_on = "2019-05-15", cause = "dismissal" },
    }, { born = "1953-01-10", intake = "2019-06-03", assessed = "2019-06-05", income = 50000, assets = 100000 }),
    as_of = "2019-06-30",
    expect = { eligibility = { jukyo_kakuho = false }, fired = { "HK-01" } },
  },
  {
    name = "HK-01: … and from April 2020 the age limit is gone",
    case = case_of("hk01-age-2020", {
      { type = "job_lost", date = "2020-06-03", lost_on = "2020-05-15", cause = "dismissal" },
    }, { born = "1953-01-10", intake = "2020-06-03", assessed = "2020-06-05", income = 50000, assets = 100000 }),
    as_of = "2020-06-30",
    expect = { eligibility = { jukyo_kakuho = true }, fired = { "HK-01" } },
  },
  {
    name = "E7 HK-04: under the COVID-19 special measure (2020-04-30 to 2023-03-31) one interview a month and no Hello Work duties",
    case = case_of("hk04-covid", {
      { type = "job_lost", date = "2021-05-06", lost_on = "2021-04-30" },
      { type = "program_enrolled", date = "2021-05-17", program = "jukyo_kakuho", planned_end_on = "2021-08-16", route = "job_loss" },
      contact("2021-06-21"), { type = "review", date = "2021-06-25", goals_total = 1, goals_achieved = 0 },
    }, { intake = "2021-05-06", assessed = "2021-05-10", income = 50000, assets = 100000 }),
    as_of = "2021-06-30",
    expect = { eligibility = { jukyo_kakuho = true }, alerts = {} },
  },
  {
    name = "HK-04: … and from April 2023 the full duties again (4 interviews, Hello Work, applications)",
    case = case_of("hk04-2023", {
      { type = "job_lost", date = "2023-05-08", lost_on = "2023-04-28" },
      { type = "program_enrolled", date = "2023-05-15", program = "jukyo_kakuho", planned_end_on = "2023-08-14", route = "job_loss" },
      contact("2023-06-21"), { type = "review", date = "2023-06-26", goals_total = 1, goals_achieved = 0 },
    }, { intake = "2023-05-08", assessed = "2023-05-10", income = 50000, assets = 100000 }),
    as_of = "2023-06-30",
    expect = { fired = { "HK-04" } },
  },
  {
    name = "HK-05: from April 2023 the income-drop route owes interviews only",
    case = case_of("hk05", {
      { type = "job_lost", date = "2023-05-08", lost_on = "2023-04-28", cause = "income_drop" },
      { type = "program_enrolled", date = "2023-05-15", program = "jukyo_kakuho", planned_end_on = "2023-08-14", route = "income_drop" },
      contact("2023-06-12"), contact("2023-06-26"),
    }, { intake = "2023-05-08", assessed = "2023-05-10", income = 50000, assets = 100000 }),
    as_of = "2023-06-30",
    expect = { eligibility = { jukyo_kakuho = true }, fired = { "HK-05", "HK-06-NOTICE", "MON-01" } },  -- alerts: benefit_period_end, job_search_duties, monitoring_due
  },
  {
    name = "HK-07: a benefit interrupted by illness may restart within two years",
    case = case_of("hk07", {
      { type = "job_lost", date = "2024-01-10", lost_on = "2023-12-31" },
      { type = "program_enrolled", date = "2024-02-01", program = "jukyo_kakuho", planned_end_on = "2024-04-30", route = "job_loss" },
      { type = "program_ended", date = "2024-03-31", program = "jukyo_kakuho", reason = "illness" },
      contact("2024-06-20"), { type = "review", date = "2024-06-26", goals_total = 1, goals_achieved = 0 },
    }, { intake = "2024-01-10", assessed = "2024-01-12", income = 0, assets = 100000 }),
    as_of = "2024-06-30",
    expect = { eligibility = { jukyo_kakuho = true }, fired = { "HK-01", "HK-07" } },  -- alerts: none (no re-application bar after illness)
  },
  {
    name = "HK-10: from April 2025, moving costs when the rent is above the cap and 家計改善 runs",
    case = case_of("hk10", {
      { type = "job_lost", date = "2025-05-07", lost_on = "2025-03-31" },
      { type = "program_enrolled", date = "2025-05-12", program = "kakei" },
      contact("2025-06-20"), { type = "review", date = "2025-06-26", goals_total = 1, goals_achieved = 0 },
    }, { intake = "2025-05-07", assessed = "2025-05-09", income = 0, assets = 100000, rent = 80000, debt = 300000 }),
    as_of = "2025-06-30",
    expect = { eligibility = { jukyo_kakuho = true, kakei = true }, fired = { "HK-01", "HK-10" } },
  },
  {
    name = "E7 HK-10: moving costs are their own route, not bound to the two years after a job loss",
    case = case_of("hk10-late", {
      { type = "job_lost", date = "2025-05-07", lost_on = "2022-03-31" },
      { type = "program_enrolled", date = "2025-05-12", program = "kakei" },
      contact("2025-06-20"), { type = "review", date = "2025-06-26", goals_total = 1, goals_achieved = 0 },
    }, { intake = "2025-05-07", assessed = "2025-05-09", income = 0, assets = 100000, rent = 80000, debt = 300000 }),
    as_of = "2025-06-30",
    expect = { eligibility = { jukyo_kakuho = true, kakei = true }, fired = { "HK-10" } },
  },

  -- ── 一時生活支援 ──────────────────────────────────────────────────────────────────────────
  {
    name = "IS-01: no housing → temporary shelter (3 months in principle)",
    case = case_of("is01", {}, { housing = "homeless", rent = 0, income = 0, assets = 10000, intake = "2024-06-03", assessed = "2024-06-05" }),
    as_of = "2024-06-30",
    expect = { eligibility = { ichiji_seikatsu = true }, fired = { "IS-01" } },
  },
  {
    name = "IS-01: beyond 6 months of shelter (居住支援事業 from 2025-04) it is closed",
    case = case_of("is01-limit", {
      { type = "program_enrolled", date = "2025-01-08", program = "ichiji_seikatsu" },
      contact("2025-07-20"), { type = "review", date = "2025-07-25", goals_total = 1, goals_achieved = 0 },
    }, { housing = "homeless", rent = 0, income = 0, assets = 10000, intake = "2025-01-06", assessed = "2025-01-08" }),
    as_of = "2025-07-31",
    expect = { eligibility = { ichiji_seikatsu = false } },
  },

  -- ── Referrals: consent, minimum income, age limits ──────────────────────────────────────
  {
    name = "RF-FUKUSHI: income below the minimum-living line and savings gone → welfare office, urgent",
    case = case_of("fukushi", {}, { income = 30000, assets = 10000, intake = "2024-05-07", assessed = "2024-05-09" }),
    as_of = "2024-05-31",
    expect = { fired = { "RF-FUKUSHI", "RF-SAPO" } },  -- referrals: fukushi_jimusho (urgent, warm), saposute
  },
  {
    name = "JS-02: without consent only 支援会議 members are proposed (福祉事務所 yes, 法テラス no)",
    case = case_of("consent-gate", {}, { consent = false, income = 30000, assets = 10000, debt = 900000, intake = "2024-05-07", assessed = "2024-05-09" }),
    as_of = "2024-05-31",
    expect = { fired = { "JS-02", "RF-FUKUSHI" } },  -- referrals: fukushi_jimusho only (cold, via the meeting); alerts: consent_missing
  },
  {
    name = "RF-SAPO: in FY2019 the upper age is 39 (38 is proposed; 45 would not be) …",
    case = case_of("sapo-2019", {}, { born = "1981-01-10", intake = "2019-06-03", assessed = "2019-06-05" }),
    as_of = "2019-06-30",
    expect = { fired = { "RF-SAPO" } },  -- referrals: saposute
  },
  {
    name = "RF-SAPO: … from FY2020 it is 49, so 45 is proposed",
    case = case_of("sapo-2020", {}, { born = "1975-01-10", intake = "2020-06-03", assessed = "2020-06-05" }),
    as_of = "2020-06-30",
    expect = { fired = { "RF-SAPO" } },  -- referrals: saposute
  },

  -- ── Process alerts ──────────────────────────────────────────────────────────────────────
  {
    name = "JS-03: closed at screening as referred elsewhere, with no referral recorded",
    case = case_of("js03", {}, { screening = "refer_out" }),
    as_of = "2015-04-30",
    expect = { status = "closed", fired = { "JS-03" } },  -- alerts: referral_follow_up
  },
  {
    name = "JS-05: a statutory programme in use before the 支援調整会議 approved the plan",
    case = case_of("js05", {
      { type = "program_enrolled", date = "2015-04-10", program = "jyunbi" },
    }, { approved = false }),
    as_of = "2015-04-30",
    expect = { status = "planning", fired = { "JS-05" } },  -- alerts: support_decision_missing
  },
  {
    name = "MON-01: in support without a review for seven weeks",
    case = case_of("mon01", { contact("2015-05-20") }),
    as_of = "2015-05-31",
    expect = { fired = { "MON-01" } },  -- alerts: monitoring_due
  },
  {
    name = "SU-01: a placement without a review for a month",
    case = case_of("su01", {
      { type = "placement_started", date = "2015-04-13", placement_id = "p", kind = "taiken", contract = "none", hours_per_week = 9 },
      contact("2015-05-20"),
    }),
    as_of = "2015-05-31",
    expect = { fired = { "SU-01" } },  -- alerts: placement_review_due
  },
  {
    name = "JS-07: no contact for 6 weeks → keep trying",
    case = case_of("js07-lost", { contact("2015-04-15") }),
    as_of = "2015-05-31",
    expect = { fired = { "JS-07", "MON-01" } },  -- alerts: contact_lost, monitoring_due
  },
  {
    name = "JS-07: no contact for 3 months and 3 failed attempts → consider 中断 (report to the meeting)",
    case = case_of("js07-suspend", {
      contact("2015-04-15"),
      { type = "contact", date = "2015-06-01", kind = "phone", successful = false },
      { type = "contact", date = "2015-06-15", kind = "home_visit", successful = false },
      { type = "contact", date = "2015-07-10", kind = "home_visit", successful = false },
    }),
    as_of = "2015-07-31",
    expect = { fired = { "JS-07", "MON-01" } },  -- alerts: monitoring_due, suspension_review
  },
}
