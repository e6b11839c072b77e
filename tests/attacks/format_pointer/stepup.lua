-- Attack: string.format('%p', ...)
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return { step = "hold", reason = string.format("%p", {}) }
    end,
  },
}
