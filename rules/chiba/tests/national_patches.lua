-- National's tests run under Chiba too (a base's tests always run under the packs extending it);
-- this file changes what they expect where Chiba decides otherwise, and says which do not hold here.
return {
  patches = {
    -- Chiba City's own asset line (84,000 × 6 = 504,000; 山武市 468,000) puts Mr D's 600,000 yen of
    -- savings within JR-02's margin once his income falls in November.
    ["J4 Mr D month by month"] = {
      ["2025-11"] = { eligibility = { jyunbi = true } },
      ["2025-12"] = { eligibility = { jyunbi = true } },
      ["2026-01"] = { eligibility = { jyunbi = true } },
    },
    -- SU-06 moves Ms C to 一般賃金職員, the next rung here, and Hello Work (RF-HW) is proposed
    -- from the employment stage only (hw_positions).
    ["J3 Ms C month by month"] = {
      ["2024-01"] = { fired = { "JR-01" } },
      ["2024-06"] = { fired = { "JR-01" } },
      ["2024-07"] = { rules = { "SU-06" }, to = "intermediate/regular_staff", fired = { "JR-01" } },
      -- No 人事考課 of her regular-wage post yet: she leaves support without the exit move (UW-07).
      ["2024-08"] = { position = "intermediate/regular_staff" },
    },
  },
  exclude = {
    ["E3: once the employment contract ends and a commuter confirmation starts, the position follows it down (SD-04)"] =
      "in Chiba a step down that changes the contract waits for the meeting's confirmation (meeting_required.contract_step_down): step_down_meeting.lua tests it with and without one",
    ["SD-04: the commuter placement ended and a work experience began: back to 就労自立 (the track's step_down_to)"] =
      "in Chiba a step down that changes the contract waits for the meeting's confirmation (meeting_required.contract_step_down): step_down_meeting.lua tests it with and without one",
  },
}
