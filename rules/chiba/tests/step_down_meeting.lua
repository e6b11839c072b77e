-- In Chiba a step down that changes the person's contract (最賃保障職員 on a 雇用契約書 →
-- 有償コミューター on a コミューター確認書) waits for the 支援調整会議 to confirm it
-- (meeting_required.contract_step_down): SD-04 holds and CHB-04 puts it on the meeting's agenda;
-- a meeting's step_confirmed decision to that position lets SD-04 move the case.

-- Minimum-wage staff since 2015-04-10 whose employment contract ended on 2015-06-05; a commuter
-- confirmation starts on 2015-06-08. `extra` adds events.
local function stepped_down(id, extra)
  local events = {
    { type = "intake", date = "2015-04-06", stage = "intermediate", rung = "minwage_staff", concerns = { "job_search" } },
    { type = "consent", date = "2015-04-06", info_sharing = true },
    { type = "assessment", date = "2015-04-08", kind = "initial",
      fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } },
    { type = "plan", date = "2015-04-08", start_on = "2015-04-08", end_on = "2016-03-31", goals = { { id = "g1", text = "週3日働く" } } },
    { type = "plan_approved", date = "2015-04-08", meeting = "shien_chosei" },
    { type = "placement_started", date = "2015-04-10", placement_id = "p", employer = "社会福祉法人", kind = "minwage_staff",
      contract = "employment", hours_per_week = 12, wage_per_hour_yen = 1500 },
    { type = "placement_ended", date = "2015-06-05", placement_id = "p", reason = "step_down" },
    { type = "placement_started", date = "2015-06-08", placement_id = "p2", employer = "社会福祉法人", kind = "commuter_paid",
      contract = "commuter_confirmation", hours_per_week = 6, stipend_per_shift_yen = 500 },
    { type = "contact", date = "2015-06-20", kind = "interview" },
    { type = "review", date = "2015-06-26", goals_total = 1, goals_achieved = 0 },
  }
  for _, e in ipairs(extra) do events[#events + 1] = e end
  return {
    id = id,
    person = { birth_date = "1985-06-01" },
    household = { prefecture = "12", municipality = "121002", size = 1, housing = "rented", rent_yen = 40000 },
    events = events,
  }
end

return {
  {
    name = "SD-04 with CHB-04: the contract changed but no meeting has confirmed the step down → hold, and on the agenda",
    case = stepped_down("chiba-sd-unconfirmed", {}),
    as_of = "2015-06-30",
    expect = { position = "intermediate/minwage_staff", step = "stay", rules = { "SD-04" }, fired = { "CHB-04" } },
  },
  {
    name = "SD-04 with CHB-04: past the meeting cadence the confirmation is overdue",
    case = stepped_down("chiba-sd-overdue", {}),
    as_of = "2015-07-31",
    expect = { position = "intermediate/minwage_staff", step = "stay", rules = { "SD-04" }, fired = { "CHB-04" } },
  },
  {
    name = "SD-04: a meeting confirmed the step down to paid commuter → the position follows the contract down",
    case = stepped_down("chiba-sd-confirmed", {
      { type = "meeting", date = "2015-06-24", meeting_id = "case-2015-06", kind = "case_review",
        decisions = { { decision = "step_confirmed", to = { stage = "intermediate", rung = "commuter_paid" } } } },
    }),
    as_of = "2015-06-30",
    expect = { position = "intermediate/minwage_staff", step = "down", to = "intermediate/commuter_paid", rules = { "SD-04" },
               accepted = true, alerts = {} },
  },
  {
    name = "SD-04: a meeting that confirmed another position does not confirm this step",
    case = stepped_down("chiba-sd-other", {
      { type = "meeting", date = "2015-06-24", meeting_id = "case-2015-06", kind = "case_review",
        decisions = { { decision = "step_confirmed", to = { stage = "intermediate", rung = "commuter_unpaid" } } } },
    }),
    as_of = "2015-06-30",
    expect = { step = "stay", rules = { "SD-04" }, fired = { "CHB-04" } },
  },
}
