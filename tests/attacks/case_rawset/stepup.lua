-- Attack: rawset(case, ...)
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      rawset(case, "stage", "general")
    end,
  },
}
