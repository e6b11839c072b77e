-- Attack: a cyclic outcome
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local o = { step = "hold", reason = { ja = "x", en = "x" } }
      o.reason.again = o
      return o
    end,
  },
}
