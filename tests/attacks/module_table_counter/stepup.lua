-- Attack: a counter in a module-level table
local seen = { n = 0 }
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      seen.n = seen.n + 1
      if seen.n > 1 then return { step = "hold", reason = "evaluated before" } end
    end,
  },
}
