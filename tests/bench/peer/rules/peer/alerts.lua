-- The peer decision's long-term-risk flag.

local RISK = { ja = "FDP の軸に2以下がある", en = "An FDP axis is at 2 or below" }

return {
  {
    id = "PEER-RISK",
    title = { ja = "比較用の判定：長期化リスク", en = "Peer decision: long-term risk" },
    references = { { id = "peer_decision", section = "Outputs: long_term_risk" } },
    decide = function(case, ctx)
      if ctx.at_most("min_fdp_axis", case.min_fdp_axis, "risk_fdp_max") then
        return { code = "long_term_risk", severity = "warning", reason = RISK }
      end
      return nil
    end,
  },
}
