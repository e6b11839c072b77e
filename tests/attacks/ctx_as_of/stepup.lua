-- Attack: ctx.as_of = 'x'
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      ctx.as_of = "x"
    end,
  },
}
