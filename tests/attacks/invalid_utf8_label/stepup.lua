-- Attack: ctx.equals with a label that is not UTF-8
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      ctx.equals("\255\254", 1, 1)
      return { step = "hold", reason = { ja = "x", en = "x" } }
    end,
  },
}
