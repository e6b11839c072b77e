-- Attack: ctx.add_days(d, math.maxinteger)
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local d = ctx.add_days("2015-06-30", math.maxinteger)
      return { step = "hold", reason = { ja = d, en = d } }
    end,
  },
}
