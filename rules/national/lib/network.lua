-- The agencies holding a case (case.agencies, from agency_joined events and the agency records):
-- readings shared by the network rules (NK-01…NK-04) and regions' rules. `local network = require("network")`.
local network = {}

---The agency holding the case that `pred` accepts, or nil.
---@param case hashigo.Case
---@param pred fun(a: hashigo.CaseAgency): boolean
---@return hashigo.CaseAgency|nil
function network.find(case, pred)
  for _, a in ipairs(case.agencies) do
    if pred(a) then return a end
  end
  return nil
end

---The 基幹型 なかぽつ centre holding the case, or nil.
---@param case hashigo.Case
---@return hashigo.CaseAgency|nil
function network.kikan(case)
  return network.find(case, function(a) return a.kikan end)
end

---True when an agency with network role `role` holds the case.
---@param case hashigo.Case
---@param role string
---@return boolean
function network.held_by_role(case, role)
  return network.find(case, function(a) return a.role == role end) ~= nil
end

---How an agency is named in a reason: its name, and its id when the record is not known.
---@param a hashigo.CaseAgency
---@return string
function network.name(a)
  return a.name or a.id
end

---The names of the agencies holding the case, in the order they joined, joined by `sep`.
---@param case hashigo.Case
---@param sep string
---@return string
function network.names(case, sep)
  local names = {}
  for _, a in ipairs(case.agencies) do names[#names + 1] = network.name(a) end
  return table.concat(names, sep)
end

---A difficult case in the sense of the core-centre paper: a disability certified or applied for,
---and long-term risk (the lowest FDP axis at or below long_term_fdp_level).
---@param case hashigo.Case
---@param ctx hashigo.Ctx
---@return boolean
function network.difficult(case, ctx)
  return case.person.disability_cert ~= "none"
    and case.min_fdp_axis ~= nil and ctx.at_most("min_fdp_axis", case.min_fdp_axis, "long_term_fdp_level")
end

return network
