-- National's tests run under Zama too (a base's tests always run under the packs extending it);
-- this file changes what they expect where Zama decides otherwise, and says which do not hold here.

-- The same patch on each of `months`: readiness support open.
local function jyunbi_open(months)
  local patch = {}
  for _, m in ipairs(months) do patch[m] = { eligibility = { jyunbi = true } } end
  return patch
end

return {
  patches = {
    -- The Zama minimum wage is above the national average Ms C's pay is compared with: SU-05
    -- does not fire; her plan's goals and the employment contract still move her (SU-02).
    ["J3 Ms C month by month"] = {
      ["2023-12"] = { rules = { "SU-02" } },
      ["2024-04"] = { rules = { "SU-02" } },
    },
    -- Zama recognises the need itself (JR-02: 施行規則4条2号「市町村が必要と認める者」): a person at
    -- long-term risk at a readiness position may use readiness support above the lines.
    ["J4 Mr D month by month"] = jyunbi_open({ "2025-05", "2025-06", "2025-07", "2025-08" }),
    ["J5 Household E month by month"] = jyunbi_open({
      "2022-05", "2022-06", "2022-07", "2022-08", "2022-09", "2022-10", "2022-11", "2022-12",
      "2023-01", "2023-02", "2023-03",
    }),
  },
}
