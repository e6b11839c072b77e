-- Attack: a malformed outcome
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return { step = "sideways", to = 42, reason = "not a table" }
    end,
  },
}
