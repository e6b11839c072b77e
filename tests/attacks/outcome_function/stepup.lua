-- Attack: a function in an outcome
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return { step = "hold", reason = function() while true do end end }
    end,
  },
}
