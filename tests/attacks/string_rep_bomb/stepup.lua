-- Attack: string.rep bomb
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return { step = "hold", reason = { ja = string.rep("x", 1 << 30), en = "x" } }
    end,
  },
}
