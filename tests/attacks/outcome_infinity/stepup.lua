-- Attack: infinity in an outcome
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return { step = 1 / 0, reason = { ja = "x", en = "x" } }
    end,
  },
}
