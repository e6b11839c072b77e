-- Attack: string.format('%99999d')
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return string.format("%99999d", 1)
    end,
  },
}
