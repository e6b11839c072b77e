-- One situation per branch of the Saga rules that the journeys do not reach: the ways a person
-- shows they cannot come to the window (RF-OUTREACH as Saga reads it), the hikikomori centre
-- beyond the サポステ ages (SG-04), a long-term-risk referral made on paper only (SG-13), the
-- conference points of JS-10 as Saga reads it (an FDP fall, the plan's end), and JS-07 with
-- Saga's longer wait before a suspension is considered.

local function case_of(id, opts, events)
  local all = {
    { type = "intake", date = opts.day, channel = opts.channel or "visit", source = opts.source or "self",
      concerns = opts.concerns or { "job_search" }, screening = "continue", stage = opts.stage or "life" },
  }
  if opts.consent ~= false then
    all[#all + 1] = { type = "consent", date = opts.day, info_sharing = true }
  end
  for _, e in ipairs(events or {}) do all[#all + 1] = e end
  return {
    format = "hashigo.case/1", id = id, region = "saga",
    person = { pseudonym = "テスト", birth_date = opts.birth or "1990-06-01", gender = "male", disability_cert = "none" },
    household = { size = 2, kind = opts.kind or "multi_gen", housing = "owned", rent_yen = 0 },
    events = all,
  }
end

local function fdp(day, i, e, kind)
  return { type = "assessment", date = day, kind = kind or "initial",
           fdp = { interpersonal = i, mental = 3, stress = 3, thinking = 3, environment = e } }
end

return {
  {
    name = "RF-OUTREACH (Saga): a withdrawal concern raised by the family, no consent: outreach at once (支援会議 sharing)",
    case = "../../../examples/cases/saga-g-san.json",
    as_of = "2024-10-10",
    expect = { status = "intake", referrals = { "outreach" }, alerts = { "consent_missing" }, fired = { "RF-OUTREACH" } },
  },
  {
    name = "RF-OUTREACH (Saga): FDP environment at level 2: visit instead of waiting at the window",
    case = case_of("saga-fdp", { day = "2025-04-07" }, { fdp("2025-04-14", 3, 2) }),
    as_of = "2025-04-30",
    expect = { referrals = { "outreach" }, fired = { "RF-OUTREACH" } },
  },
  {
    name = "RF-OUTREACH (Saga): one failed contact is enough to go to the person",
    case = case_of("saga-failed", { day = "2025-04-07" }, {
      { type = "contact", date = "2025-04-21", kind = "phone", successful = false },
    }),
    as_of = "2025-04-30",
    expect = { referrals = { "outreach" }, fired = { "RF-OUTREACH" } },
  },
  {
    name = "RF-OUTREACH (Saga): 30 days with no contact, no review and no attendance: outreach",
    case = case_of("saga-silent", { day = "2025-03-03" }, {
      { type = "contact", date = "2025-03-10", kind = "interview", successful = true, minutes = 40 },
    }),
    as_of = "2025-04-30",
    expect = { referrals = { "outreach" }, fired = { "RF-OUTREACH" } },
  },
  {
    name = "SG-04: a withdrawn person of 52 (beyond the サポステ ages) goes to the hikikomori support centre",
    case = case_of("saga-hikikomori-52", { day = "2025-04-07", birth = "1973-01-15", concerns = { "hikikomori_futoko" } }, {
      { type = "contact", date = "2025-04-21", kind = "home_visit", successful = true, minutes = 30 },
    }),
    as_of = "2025-04-30",
    expect = { referrals = { "saga_hikikomori_centre" }, fired = { "SG-04" } },
  },
  {
    name = "SG-13: a long-term-risk case referred on paper only must be handed over in person",
    case = case_of("saga-warm", { day = "2025-04-07" }, {
      fdp("2025-04-10", 3, 3),
      { type = "assessment", date = "2025-04-10", kind = "re",
        fdp = { interpersonal = 3, mental = 3, stress = 2, thinking = 3, environment = 3 } },
      { type = "contact", date = "2025-04-24", kind = "interview", successful = true, minutes = 40 },
      { type = "referral_made", date = "2025-04-24", referral_id = "r1", target = "hellowork", warm_handoff = false,
        reason = "求人検索" },
    }),
    as_of = "2025-04-30",
    expect = { alerts = { "case_conference_due", "warm_handoff_needed" }, fired = { "SG-13", "JS-10" } },
  },
  {
    name = "JS-10 (Saga) with SD-02: an FDP fall to level 2 holds the step up and calls the agencies together",
    case = case_of("saga-fall", { day = "2025-03-03", stage = "social" }, {
      fdp("2025-03-05", 3, 3),
      { type = "plan", date = "2025-03-06", start_on = "2025-03-10", end_on = "2025-12-31",
        goals = { { id = "g1", domain = "social", text = "居場所に通う" } } },
      { type = "plan_approved", date = "2025-03-10", meeting = "shien_chosei" },
      { type = "contact", date = "2025-04-25", kind = "interview", successful = true, minutes = 40 },
      { type = "review", date = "2025-04-25", kind = "monthly", goals_total = 2, goals_achieved = 2 },
      fdp("2025-04-28", 2, 3, "re"),
    }),
    as_of = "2025-04-30",
    expect = { step = "stay", rules = { "SD-02" }, overruled = { "SU-02" }, alerts = { "case_conference_due" } },
  },
  {
    name = "JS-10 (Saga): the plan of a long-term-risk case ends within 14 days: conference before the evaluation",
    case = case_of("saga-plan-end", { day = "2025-03-03", stage = "social" }, {
      fdp("2025-03-05", 1, 3),
      { type = "plan", date = "2025-03-06", start_on = "2025-03-10", end_on = "2025-09-10",
        goals = { { id = "g1", domain = "social", text = "居場所に通う" } } },
      { type = "plan_approved", date = "2025-03-10", meeting = "shien_chosei" },
      { type = "contact", date = "2025-08-28", kind = "interview", successful = true, minutes = 40 },
      { type = "review", date = "2025-08-28", kind = "monthly", goals_total = 2, goals_achieved = 1 },
    }),
    as_of = "2025-08-31",
    expect = { alerts = { "case_conference_due", "evaluation_due" }, fired = { "JS-10", "JS-06" } },
  },
  {
    name = "JS-07 with Saga's wait: 100 days without contact is still 'keep trying', not a suspension",
    case = case_of("saga-js07", { day = "2025-01-06" }, {
      fdp("2025-01-07", 3, 3),
      { type = "plan", date = "2025-01-08", start_on = "2025-01-08", end_on = "2025-12-31",
        goals = { { id = "g1", domain = "life", text = "生活リズムを整える" } } },
      { type = "plan_approved", date = "2025-01-10", meeting = "shien_chosei" },
      { type = "contact", date = "2025-01-10", kind = "interview", successful = true, minutes = 40 },
      { type = "contact", date = "2025-02-20", kind = "phone", successful = false },
      { type = "contact", date = "2025-03-20", kind = "home_visit", successful = false },
      { type = "contact", date = "2025-04-10", kind = "outreach_attempt", successful = false },
    }),
    as_of = "2025-04-20",
    expect = { alerts = { "contact_lost", "monitoring_due" }, referrals = { "outreach" }, fired = { "JS-07", "RF-OUTREACH" } },
  },
  {
    name = "SG-14: a second agency joins: a joint case conference of the agencies is due",
    case = case_of("saga-joint", { day = "2025-04-07" }, {
      { type = "agency_joined", date = "2025-04-07", agency_id = "saga-centre", lead = true },
      { type = "agency_joined", date = "2025-04-21", agency_id = "ssf-outreach", agreed = true },
    }),
    agencies = {
      { id = "saga-centre", name = "佐賀市生活自立支援センター", since = "2025-01-01", role = "centre" },
      { id = "ssf-outreach", name = "SSF アウトリーチ", since = "2025-01-01", role = "other" },
    },
    as_of = "2025-04-25",
    expect = { fired = { "SG-14" } },
  },
  {
    name = "SG-14: the joint case conference held after the second agency joined answers it",
    case = case_of("saga-joint-met", { day = "2025-04-07" }, {
      { type = "agency_joined", date = "2025-04-07", agency_id = "saga-centre", lead = true },
      { type = "agency_joined", date = "2025-04-21", agency_id = "ssf-outreach", agreed = true },
      { type = "meeting", date = "2025-04-24", meeting_id = "jc-2025-04", kind = "joint_case",
        decisions = { { decision = "info_shared" } } },
    }),
    as_of = "2025-04-25",
    expect = { not_fired = { "SG-14" } },
  },
  {
    name = "SG-14: one agency alone: no conference asked for",
    case = case_of("saga-alone", { day = "2025-04-07" }, {
      { type = "agency_joined", date = "2025-04-07", agency_id = "saga-centre", lead = true },
    }),
    as_of = "2025-04-25",
    expect = { not_fired = { "SG-14" } },
  },
}
