-- The peer decision in plain Lua (docs/performance.md, "The peer decision"): the floor hashigo is
-- measured against. Returns the decision function: case table in, four values out
-- (eligible, step, referrals, long_term_risk).
local NEXT = { life = "social", social = "employment", employment = "intermediate", intermediate = "general" }
local PREVIOUS = { social = "life", employment = "social", intermediate = "employment", general = "intermediate" }

return function(c)
  local f = c.fdp
  local lowest = math.min(f[1], f[2], f[3], f[4], f[5])
  local stage, age, income, attendance = c.stage, c.age, c.household_income_monthly, c.attendance_rate_30d
  local eligible = age >= 15 and age <= 64 and (income < 150000 or c.on_public_assistance) and stage ~= "general"
  local step = "stay"
  if stage ~= "general" and attendance >= 0.8 and lowest >= 3 and c.months_in_stage >= 2 then
    step = NEXT[stage]
  elseif attendance < 0.3 and stage ~= "life" then
    step = PREVIOUS[stage]
  end
  local referrals, n = {}, 0
  if c.has_disability_certificate then n = n + 1; referrals[n] = "nakapotsu" end
  if age >= 15 and age <= 49 and (stage == "life" or stage == "social") then n = n + 1; referrals[n] = "saposute" end
  if stage == "intermediate" and c.hours_per_week >= 20 then n = n + 1; referrals[n] = "hellowork" end
  if income < 100000 then n = n + 1; referrals[n] = "kakei" end
  return eligible, step, referrals, lowest <= 2
end
