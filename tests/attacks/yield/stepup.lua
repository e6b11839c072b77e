-- Attack: a rule that yields
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return coroutine.yield({ step = "up" })
    end,
  },
}
