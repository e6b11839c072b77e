-- Which contract each position on the ladder is worked on, and where a step down goes. A move
-- between positions worked on different contracts needs the contract events (placement_ended,
-- placement_started); the step rules read this module so that none relabels a position the
-- contract does not back. `local contracts = require("contracts")`.
local contains = require("lists").contains

local contracts = {}

local names = {
  none = { ja = "契約なし（体験・訓練）", en = "no contract (experience, training)" },
  commuter_confirmation = { ja = "コミューター確認書", en = "a commuter confirmation" },
  employment = { ja = "雇用契約書", en = "an employment contract" },
}

---The name of a contract form, for reasons.
---@param form string "none", "commuter_confirmation" or "employment"
---@return hashigo.Text
function contracts.name(form)
  return names[form] or { ja = form, en = form }
end

---The contract a position is worked on (parameter rung_contracts, with the region's
---rung_contracts_added); "none" for a stage without rungs; nil for a rung neither table lists
---(no contract is required of it).
---@param ctx hashigo.Ctx
---@param pos hashigo.Position
---@return string|nil
function contracts.of(ctx, pos)
  if pos.rung == nil then return "none" end
  local added = ctx.param("rung_contracts_added")[pos.rung]
  if added ~= nil then return added end
  return ctx.param("rung_contracts")[pos.rung]
end

---The contract of the case's active placement ("none" without one).
---@param case hashigo.Case
---@return string
function contracts.held(case)
  return case.placement ~= nil and case.placement.contract or "none"
end

---Where a step down from the case's position goes: the pack's step_down_to entry for it, else the
---next position down the ladder; nil at the bottom.
---@param case hashigo.Case
---@param ctx hashigo.Ctx
---@return hashigo.Position|nil
function contracts.step_down_target(case, ctx)
  local here = case.rung and (case.stage .. "/" .. case.rung) or case.stage
  local target = ctx.param("step_down_to")[here]  -- "stage" or "stage/rung"
  if target == nil then return ctx.down end
  local stage, rung = string.match(target, "^([a-z_]+)/(.+)$")
  return { stage = stage or target, rung = rung }
end

---A position as text ("intermediate/commuter_paid", "employment").
---@param pos hashigo.Position
---@return string
function contracts.label(pos)
  return pos.rung and (pos.stage .. "/" .. pos.rung) or pos.stage
end

---True when the position is a certified work-training rung, which needs the municipality's
---decision (JK-03) before anyone is placed on it.
---@param ctx hashigo.Ctx
---@param pos hashigo.Position
---@return boolean
function contracts.is_kunren(ctx, pos)
  return pos.rung ~= nil and contains(ctx.param("kunren_kinds"), pos.rung)
end

---Where the case steps down to because its contract changed already: the active placement is on a
---contract lower than its position's, and the position's step down target is worked on that
---contract (and is that placement's kind, when a rung). nil when no such step is due (SD-04).
---@param case hashigo.Case
---@param ctx hashigo.Ctx
---@return hashigo.Position|nil
function contracts.followed_step_down(case, ctx)
  local p = case.placement
  if p == nil or case.rung == nil then return nil end
  local here = contracts.of(ctx, { stage = case.stage, rung = case.rung })
  if here == nil or here == p.contract then return nil end
  local to = contracts.step_down_target(case, ctx)
  if to == nil or contracts.of(ctx, to) ~= p.contract then return nil end
  if to.rung ~= nil and to.rung ~= p.kind then return nil end
  if contracts.is_kunren(ctx, to) and not (case.programs.kunren ~= nil and case.programs.kunren.active) then return nil end
  return to
end

return contracts
