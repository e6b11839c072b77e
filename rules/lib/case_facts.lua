-- Questions many rules ask of the case. Shared by every pack: `local facts = require("case_facts")`.
local facts = {}

---The statuses of an open case (is_open), for a rule's applies_to: `applies_to = { statuses = facts.open_statuses }`.
facts.open_statuses = { "intake", "assessment", "planning", "in_support", "evaluation" }

---True while the case is neither closed nor suspended.
---@param case hashigo.Case
---@return boolean
function facts.is_open(case)
  return case.status ~= "closed" and case.status ~= "suspended"
end

---The position as pack parameters write it: "stage/rung", or "stage" without a rung.
---@param case hashigo.Case
---@return string
function facts.position_of(case)
  return case.rung and (case.stage .. "/" .. case.rung) or case.stage
end

---True when the case's position or its stage is one of `positions` ("stage" or "stage/rung").
---@param case hashigo.Case
---@param positions string[]
---@return boolean
function facts.at_one_of(case, positions)
  local here = facts.position_of(case)
  for _, p in ipairs(positions) do
    if p == here or p == case.stage then return true end
  end
  return false
end

---True when the case uses programme `name` now.
---@param case hashigo.Case
---@param name string
---@return boolean
function facts.in_program(case, name)
  local p = case.programs[name]
  return p ~= nil and p.active
end

---The first of `names` (programme names, in the order a parameter lists them) the case uses now;
---nil when it uses none.
---@param case hashigo.Case
---@param names string[]
---@return string|nil
function facts.first_active(case, names)
  for _, name in ipairs(names) do
    if facts.in_program(case, name) then return name end
  end
  return nil
end

---True when the case has been referred to `target`; with `not_rejected`, a rejected referral
---does not count.
---@param case hashigo.Case
---@param target string
---@param not_rejected? boolean
---@return boolean
function facts.referred(case, target, not_rejected)
  for _, r in ipairs(case.referrals) do
    if r.target == target and not (not_rejected and r.status == "rejected") then return true end
  end
  return false
end

---True when the active placement is on an employment contract (working in an employment
---relationship now).
---@param case hashigo.Case
---@return boolean
function facts.employed(case)
  return case.placement ~= nil and case.placement.contract == "employment"
end

return facts
