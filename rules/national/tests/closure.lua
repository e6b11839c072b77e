-- Closing a case (CL-01, FU-01, MT-03): a closure is decided after confirming the person's wishes,
-- so the `closed` event records whether they agreed; retention visits after a hire go on after a
-- closure on the hire, as follow-ups; reopening starts a new episode with the history kept.

-- In support from 2015-05 with a plan the meeting approved; `extra` follows.
local function in_support(id, extra)
  local events = {
    { type = "intake", date = "2015-04-06", stage = "employment", concerns = { "job_search" } },
    { type = "consent", date = "2015-04-06", info_sharing = true },
    { type = "assessment", date = "2015-04-13" },
    { type = "plan", date = "2015-04-20", start_on = "2015-05-01", end_on = "2016-03-31",
      goals = { { id = "g1", domain = "work", text = "一般就労" } } },
    { type = "plan_approved", date = "2015-04-28", meeting = "shien_chosei" },
  }
  for _, e in ipairs(extra) do events[#events + 1] = e end
  return { id = id, person = { birth_date = "1985-05-01" }, household = { size = 1, housing = "rented", rent_yen = 45000 }, events = events }
end

local function reported(date, id)
  return { type = "meeting", date = date, meeting_id = id, kind = "shien_chosei", decisions = { { decision = "closure_reported" } } }
end

return {
  {
    name = "CL-01: a closure with no agreement of the person recorded is questioned until the next meeting",
    case = in_support("cl01-none", { { type = "closed", date = "2015-06-10", reason = "goal_achieved" } }),
    months = { from = "2015-06", to = "2015-07" },
    expect = {
      ["2015-06"] = { status = "closed", fired = { "CL-01" }, alerts = { "closure_agreement_missing", "closure_to_report" } },
      -- Past the next meeting (30 days) the closure stands as recorded; the report is still owed.
      ["2015-07"] = { status = "closed", not_fired = { "CL-01" }, alerts = { "closure_to_report" } },
    },
  },
  {
    name = "CL-01: the person did not agree: urgent (reopen, or take it to the meeting)",
    case = in_support("cl01-refused", { { type = "closed", date = "2015-06-10", reason = "person_request", agreed = false } }),
    as_of = "2015-06-20",
    expect = { status = "closed", fired = { "CL-01" }, alerts = { "closure_against_wish", "closure_to_report" } },
  },
  {
    name = "CL-01: agreed, and reported to the meeting: nothing left to do",
    case = in_support("cl01-agreed", {
      { type = "closed", date = "2015-06-10", reason = "goal_achieved", agreed = true },
      reported("2015-06-16", "chosei-2015-06"),
    }),
    as_of = "2015-06-30",
    expect = { status = "closed", alerts = {} },
  },
  {
    name = "CL-01: no agreement is asked where none can be given (the person died)",
    case = in_support("cl01-deceased", { { type = "closed", date = "2015-06-10", reason = "deceased" } }),
    as_of = "2015-06-30",
    expect = { status = "closed", not_fired = { "CL-01" }, alerts = { "closure_to_report" } },
  },
  {
    name = "FU-01 after closure: hired, closed on the hire with the person's agreement; the retention visits go on as follow-ups",
    case = in_support("fu01-closed", {
      { type = "placement_started", date = "2015-07-01", placement_id = "job", employer = "物流センター", kind = "part_time",
        contract = "employment", hours_per_week = 30, wage_per_hour_yen = 950 },
      { type = "stage_changed", date = "2015-07-01", to = { stage = "general" }, direction = "up" },
      { type = "closed", date = "2015-07-15", reason = "employed", agreed = true },
      reported("2015-07-21", "chosei-2015-07"),
      { type = "follow_up", date = "2015-08-03", kind = "retention_visit", placement_id = "job" },
      { type = "follow_up", date = "2015-10-05", kind = "retention_visit", placement_id = "job" },
    }),
    months = { from = "2015-07", to = "2016-01" },
    expect = {
      ["2015-07"] = { status = "closed", alerts = {} },
      ["2015-08"] = { status = "closed", alerts = {} },          -- the 1-month visit was made on 08-03
      ["2015-10"] = { status = "closed", alerts = {} },          -- the 3-month visit on 10-05
      ["2016-01"] = { status = "closed", fired = { "FU-01" }, alerts = { "retention_visit_due" } },  -- the 6-month visit is owed
    },
  },
  {
    name = "Reopened after a closure: a new episode at intake, the closure kept in the history",
    case = in_support("reopened", {
      { type = "closed", date = "2015-06-10", reason = "goal_achieved", agreed = true },
      reported("2015-06-16", "chosei-2015-06"),
      { type = "reopened", date = "2015-09-07", reason = "再び離職" },
    }),
    as_of = "2015-09-30",
    expect = { status = "intake", not_fired = { "CL-01", "MT-03" } },
  },
}
