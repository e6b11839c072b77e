-- The facts of a case beyond the ladder, as the national rules read them: retention visits after a
-- closure on the hire (FU-01 and `follow_up`), school and the Youth Support Station (RF-SAPO and
-- `school_enrolled`/`school_left`), and concerns that change after intake (RF-NAKA and
-- `concerns_changed`).
--
-- Alert and referral rules are checked with `fired` where a regional pack may add its own; a closed
-- case raises nothing else nationally, so its alerts are listed whole.

-- Hired part time on 2015-11-02, visited at 1 and 3 months, closed as employed on 2016-02-25 (and
-- reported to the meeting the next day);
-- `extra` adds events after the closure.
local function hired_and_closed(id, extra)
  local events = {
    { type = "intake", date = "2015-09-07", stage = "general", rung = "part_time", concerns = { "job_search" } },
    { type = "consent", date = "2015-09-07" },
    { type = "assessment", date = "2015-09-14", fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } },
    { type = "plan", date = "2015-09-14", start_on = "2015-09-14", end_on = "2016-03-31", goals = { { id = "g1", text = "続けて働く" } } },
    { type = "plan_approved", date = "2015-09-18" },
    { type = "placement_started", date = "2015-11-02", placement_id = "job", employer = "物流倉庫", kind = "part_time",
      contract = "employment", hours_per_week = 20, wage_per_hour_yen = 950 },
    { type = "contact", date = "2015-12-04", kind = "home_visit", note = "1か月の定着訪問" },
    { type = "review", date = "2016-01-29", goals_total = 1, goals_achieved = 1 },
    { type = "contact", date = "2016-02-05", kind = "interview", note = "3か月の定着訪問" },
    { type = "closed", date = "2016-02-25", reason = "employed" },
    { type = "meeting", date = "2016-02-26", meeting_id = "chosei-2016-02", kind = "shien_chosei",
      decisions = { { decision = "closure_reported" } } },
  }
  for _, e in ipairs(extra) do events[#events + 1] = e end
  return {
    id = id,
    person = { birth_date = "1986-05-20" },
    household = { prefecture = "12", municipality = "121002", size = 1, housing = "rented", rent_yen = 45000 },
    events = events,
  }
end

-- A 17-year-old high-school student whose mother calls; the student graduates on 2016-03-01 without a job.
local function student(id, extra)
  local events = {
    { type = "intake", date = "2015-06-01", channel = "phone", source = "family", stage = "social",
      concerns = { "job_search" } },
    { type = "consent", date = "2015-06-01" },
    { type = "school_enrolled", date = "2015-06-01", school = "high", enrolled_on = "2013-04-08",
      expected_graduation_on = "2016-03-01" },
    { type = "school_left", date = "2016-03-01", reason = "graduated" },
  }
  for _, e in ipairs(extra) do events[#events + 1] = e end
  return { id = id, person = { birth_date = "1997-12-20" }, household = { size = 3, housing = "rented", rent_yen = 62000 },
           events = events }
end

return {
  {
    name = "FU-01 after a closure on the hire: the 6-month retention visit is due in May 2016",
    case = hired_and_closed("fu01-closed", {}),
    months = { from = "2016-03", to = "2016-06" },
    expect = {
      ["2016-03"] = { status = "closed", alerts = {} },
      ["2016-04"] = { status = "closed", alerts = {} },
      ["2016-05"] = { status = "closed", alerts = { "retention_visit_due" }, fired = { "FU-01" } },
      ["2016-06"] = { status = "closed", alerts = {} },
    },
  },
  {
    name = "FU-01 after a closure on the hire: a follow-up visit in the window answers it, and the case stays closed",
    case = hired_and_closed("fu01-followed-up", {
      { type = "follow_up", date = "2016-05-09", kind = "retention_visit", placement_id = "job", minutes = 40,
        note = "6か月の定着訪問（職場と本人）" },
    }),
    months = { from = "2016-05", to = "2016-05" },
    expect = { ["2016-05"] = { status = "closed", alerts = {} } },
  },
  {
    name = "FU-01: a follow-up that reached nobody does not answer the visit",
    case = hired_and_closed("fu01-missed", {
      { type = "follow_up", date = "2016-05-09", kind = "phone", successful = false },
    }),
    as_of = "2016-05-31",
    expect = { status = "closed", alerts = { "retention_visit_due" } },
  },
  {
    name = "RF-SAPO stands aside while the person is at school, and proposes サポステ once they leave it",
    case = student("sapo-student", {}),
    months = { from = "2016-02", to = "2016-03" },
    expect = {
      ["2016-02"] = { referrals = {} },
      ["2016-03"] = { fired = { "RF-SAPO" } },
    },
  },
  {
    name = "RF-NAKA reads the concerns on the day: wanting work, recorded after intake, brings the referral",
    case = {
      id = "naka-concerns",
      person = { birth_date = "1968-02-01", disability_cert = "seishin", disability_grade = "3級" },
      household = { size = 1, housing = "rented", rent_yen = 40000 },
      events = {
        { type = "intake", date = "2015-04-06", stage = "social", concerns = { "health_disability" } },
        { type = "consent", date = "2015-04-06" },
        { type = "concerns_changed", date = "2015-06-10", added = { "job_search" }, note = "働きたいと話す" },
      },
    },
    months = { from = "2015-05", to = "2015-06" },
    expect = {
      ["2015-05"] = { referrals = {} },
      ["2015-06"] = { fired = { "RF-NAKA" } },
    },
  },
}
