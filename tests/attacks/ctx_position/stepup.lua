-- Attack: ctx.position.stage = 'general'
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      ctx.position.stage = "general"
    end,
  },
}
