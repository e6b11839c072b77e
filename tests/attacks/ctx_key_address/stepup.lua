-- Attack: a write to ctx with a table key, whose error message printed its address
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      ctx[{}] = 1
    end,
  },
}
