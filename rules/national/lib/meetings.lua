-- The meetings around a case (支援調整会議, 支援会議, 合同ケース会議, ケース検討): the latest one,
-- the decisions taken since a day, and which acts the region needs a meeting's decision for
-- (parameter meeting_required; meeting_cadence_days for when the next meeting falls).
-- `local meetings = require("meetings")`.
local meetings = {}

---The latest meeting that discussed the case, or nil.
---@param case hashigo.Case
---@return hashigo.Meeting|nil
function meetings.last(case)
  return case.meetings[#case.meetings]
end

---The latest decision `decision` a meeting took about the case on or after `since` (nil: ever),
---and for a step confirmation, to `to` ("stage/rung"); nil when there is none.
---@param case hashigo.Case
---@param decision string a meeting decision code ("closure_reported", …)
---@param since? hashigo.Date
---@param to? string
---@return hashigo.MeetingDecision|nil, hashigo.Meeting|nil
function meetings.decided(case, decision, since, to)
  for i = #case.meetings, 1, -1 do
    local m = case.meetings[i]
    if since ~= nil and m.on < since then return nil end  -- meetings are in date order
    for _, d in ipairs(m.decisions) do
      if d.decision == decision and (to == nil or d.to == to) then return d, m end
    end
  end
  return nil
end

---True when the region needs a meeting's decision for `act` on the day decided: plan_approval,
---plan_review, closure, suspension or contract_step_down (parameter meeting_required).
---@param ctx hashigo.Ctx
---@param act string
---@return boolean
function meetings.required(ctx, act)
  return ctx.param("meeting_required")[act] == true
end

---The day by which a meeting should take up something that arose on `since`: one cadence later
---(parameter meeting_cadence_days, the interval between the region's regular meetings).
---@param ctx hashigo.Ctx
---@param since hashigo.Date
---@return hashigo.Date
function meetings.due(ctx, since)
  return ctx.add_days(since, ctx.param("meeting_cadence_days"))
end

---"warning" once `due` has passed on the day decided, else "info".
---@param ctx hashigo.Ctx
---@param due hashigo.Date
---@return hashigo.Severity
function meetings.severity(ctx, due)
  return ctx.as_of > due and "warning" or "info"
end

---True when a step down to `to` that changes the contract needs the meeting's confirmation
---(meeting_required.contract_step_down) and no meeting has confirmed it since the case reached
---its position.
---@param case hashigo.Case
---@param ctx hashigo.Ctx
---@param to hashigo.Position
---@return boolean
function meetings.step_unconfirmed(case, ctx, to)
  if not meetings.required(ctx, "contract_step_down") then return false end
  local label = to.rung and (to.stage .. "/" .. to.rung) or to.stage
  return meetings.decided(case, "step_confirmed", case.position_since, label) == nil
end

local kind_names = {
  shien_chosei = { ja = "支援調整会議", en = "support coordination meeting" },
  shien_kaigi = { ja = "支援会議", en = "support meeting (Art. 9)" },
  joint_case = { ja = "合同ケース会議", en = "joint case conference" },
  case_review = { ja = "ケース検討", en = "case review" },
  centre = { ja = "センター単独", en = "the centre alone" },
}

---The name of a meeting kind (or `centre`), for reasons.
---@param kind string
---@return hashigo.Text
function meetings.kind_name(kind)
  return kind_names[kind] or { ja = kind, en = kind }
end

return meetings
