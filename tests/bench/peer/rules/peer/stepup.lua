-- Steps of the peer decision: up one stage on steady attendance, FDP and time in the stage; down
-- one stage on poor attendance. `to` is left out: the engine takes the next stage of the ladder.

local UP = { ja = "出勤率・FDP・在籍月数が基準以上", en = "Attendance, FDP and months in the stage all reach the bar" }
local DOWN = { ja = "出勤率が基準を下回る", en = "Attendance fell below the floor" }

return {
  {
    id = "PEER-UP",
    title = { ja = "比較用の判定：ステップアップ", en = "Peer decision: step up" },
    references = { { id = "peer_decision", section = "Outputs: step" } },
    decide = function(case, ctx)
      if case.stage == "general" then return nil end
      local attending = ctx.at_least("attendance_30d", case.attendance_30d, "step_up_attendance_min")
      local steady = ctx.at_least("min_fdp_axis", case.min_fdp_axis, "step_up_fdp_min")
      local settled = ctx.at_least("months_in_stage", case.months_in_stage, "step_up_months_min")
      if attending and steady and settled then return { step = "up", reason = UP } end
      return nil
    end,
  },
  {
    id = "PEER-DOWN",
    title = { ja = "比較用の判定：ステップダウン", en = "Peer decision: step down" },
    references = { { id = "peer_decision", section = "Outputs: step" } },
    decide = function(case, ctx)
      if case.stage == "life" then return nil end
      if ctx.below("attendance_30d", case.attendance_30d, "step_down_attendance_below") then
        return { step = "down", reason = DOWN }
      end
      return nil
    end,
  },
}
