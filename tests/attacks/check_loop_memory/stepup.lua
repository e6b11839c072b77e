-- Attack: an endless loop of checks with 1000-byte labels
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local label = ("l"):rep(1000)
      while true do ctx.at_least(label, 1, 0) end
    end,
  },
}
