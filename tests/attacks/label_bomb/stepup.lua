-- Attack: ctx.at_least with 1 MiB labels, 400 times
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local label = ("l"):rep(1024 * 1024)
      for i = 1, 400 do ctx.at_least(label, 1, 0) end
    end,
  },
}
