-- Attack: writing a global
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    source = "tests/attacks",
    decide = function(case, ctx)
      counter = 1
    end,
  },
}
