-- The meetings around a case (MT-01…MT-04): a plan waits for the 支援調整会議's approval, and a
-- meeting's plan_approved decision starts support; a plan the centre approved alone where the
-- meeting must decide is flagged; a closure and a suspension wait to be reported. Nationally
-- every one of these needs a meeting (meeting_required); a region may lift some.

-- Intake on 2015-04-06, a plan drawn up on 2015-04-20 to start on 2015-05-01; `extra` follows.
local function planned(id, extra)
  local events = {
    { type = "intake", date = "2015-04-06", stage = "social", concerns = { "job_search" } },
    { type = "consent", date = "2015-04-06", info_sharing = true },
    { type = "assessment", date = "2015-04-13", fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } },
    { type = "plan", date = "2015-04-20", start_on = "2015-05-01", end_on = "2016-03-31",
      goals = { { id = "g1", domain = "social", text = "週2回 通所する" } } },
  }
  for _, e in ipairs(extra) do events[#events + 1] = e end
  return {
    id = id,
    person = { birth_date = "1990-05-01" },
    household = { size = 1, housing = "rented", rent_yen = 40000 },
    events = events,
  }
end

local function meeting(date, id, decisions, kind)
  local list = {}
  for i, d in ipairs(decisions) do list[i] = type(d) == "string" and { decision = d } or d end
  return { type = "meeting", date = date, meeting_id = id, kind = kind or "shien_chosei", decisions = list }
end

return {
  {
    name = "MT-01: a plan awaits the meeting's approval; the meeting's approval starts support",
    case = planned("mt01", { meeting("2015-05-12", "chosei-2015-05", { "plan_approved" }) }),
    months = { from = "2015-04", to = "2015-05" },
    expect = {
      ["2015-04"] = { status = "planning", fired = { "MT-01" } },
      ["2015-05"] = { status = "in_support" },
    },
  },
  {
    name = "MT-01: past the plan's start day, the plan still waits for the meeting",
    case = planned("mt01-late", { meeting("2015-05-12", "chosei-2015-05", { "plan_approved" }) }),
    as_of = "2015-05-08",
    expect = { status = "planning", alerts = { "plan_awaiting_meeting" } },
  },
  {
    name = "MT-01: a plan the meeting returned stays in planning and on the next agenda",
    case = planned("mt01-returned", { meeting("2015-04-28", "chosei-2015-04", { "plan_returned" }) }),
    as_of = "2015-04-30",
    expect = { status = "planning", fired = { "MT-01" } },
  },
  {
    name = "MT-02: the centre approved the plan alone where the meeting must decide: urgent until a meeting approves it",
    case = planned("mt02", {
      { type = "plan_approved", date = "2015-05-01", meeting = "centre" },
      { type = "contact", date = "2015-05-20", kind = "interview" },
    }),
    as_of = "2015-05-31",
    expect = { status = "in_support", alerts = { "plan_approval_unconfirmed" }, fired = { "MT-02" } },
  },
  {
    name = "MT-02: a later meeting that approves the plan answers it",
    case = planned("mt02-confirmed", {
      { type = "plan_approved", date = "2015-05-01", meeting = "centre" },
      { type = "contact", date = "2015-05-20", kind = "interview" },
      meeting("2015-05-25", "chosei-2015-05", { "plan_approved" }),
    }),
    as_of = "2015-05-31",
    expect = { status = "in_support", alerts = {} },
  },
  {
    name = "MT-03: a closure waits to be reported to the meeting; the report answers it",
    case = planned("mt03", {
      { type = "plan_approved", date = "2015-05-01" },
      { type = "closed", date = "2015-06-10", reason = "person_request", agreed = true },
      meeting("2015-07-14", "chosei-2015-07", { "closure_reported", "info_shared" }),
    }),
    months = { from = "2015-06", to = "2015-07" },
    expect = {
      ["2015-06"] = { status = "closed", alerts = { "closure_to_report" } },
      ["2015-07"] = { status = "closed", alerts = {} },
    },
  },
  {
    name = "MT-03: a case closed before any plan (つないで終了) has nothing for the meeting to evaluate",
    case = {
      id = "mt03-screening",
      person = { birth_date = "1990-05-01" },
      household = { size = 1, housing = "rented", rent_yen = 40000 },
      events = {
        { type = "intake", date = "2015-04-06", stage = "employment", concerns = { "job_search" } },
        { type = "closed", date = "2015-04-13", reason = "referred_other", agreed = true, note = "ハローワークへつないで終了" },
      },
    },
    as_of = "2015-04-30",
    expect = { status = "closed", alerts = {} },
  },
  {
    name = "MT-04: a suspension waits to be reported to the meeting; a report before the suspension does not count",
    case = planned("mt04", {
      { type = "plan_approved", date = "2015-05-01" },
      meeting("2015-05-20", "chosei-2015-05", { "info_shared" }),
      { type = "suspended", date = "2015-08-31", reason = "contact_lost" },
    }),
    as_of = "2015-09-30",
    expect = { status = "suspended", fired = { "MT-04" } },
  },
  {
    name = "MT-04: the meeting took the suspension up",
    case = planned("mt04-reported", {
      { type = "plan_approved", date = "2015-05-01" },
      { type = "suspended", date = "2015-08-31", reason = "contact_lost" },
      meeting("2015-09-15", "chosei-2015-09", { "suspension_reported" }),
    }),
    as_of = "2015-09-30",
    expect = { status = "suspended", alerts = {} },
  },
}
