-- Attack: a counter in a module-level local
local count = 0
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      count = count + 1
      if count > 1 then return { step = "hold", reason = "evaluated before" } end
    end,
  },
}
