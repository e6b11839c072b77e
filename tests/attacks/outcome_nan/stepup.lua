-- Attack: NaN in an outcome
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return { step = "hold", reason = { ja = 0 / 0, en = "x" } }
    end,
  },
}
