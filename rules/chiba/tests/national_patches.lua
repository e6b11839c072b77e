-- National's tests run under Chiba too (a base's tests always run under the packs extending it);
-- this file changes what they expect where Chiba decides otherwise, and says which do not hold here.
return {
  patches = {
    -- Chiba's commuters step up on goals too (SU-02 at commuter_paid), so Ms C reaches
    -- minimum-wage staff in October; SU-06 then moves her to 一般賃金職員, the next rung here, and
    -- Hello Work (RF-HW) is proposed from the employment stage only (rf_hw_positions).
    ["J3 Ms C month by month"] = {
      ["2023-10"] = { step = "up" },
      ["2023-11"] = { position = "intermediate/minwage_staff" },
      ["2023-12"] = { accepted = false, position = "intermediate/minwage_staff", rules = {}, step = "stay", to = false },
      ["2024-01"] = { fired = { "JR-01" } },
      ["2024-06"] = { fired = { "JR-01" } },
      ["2024-07"] = { rules = { "SU-06" }, to = "intermediate/regular_staff", fired = { "JR-01" } },
      ["2024-08"] = { position = "intermediate/regular_staff", step = "up" },
    },
  },
}
