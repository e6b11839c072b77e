-- Attack: overwriting the global pairs
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      pairs = function() return function() return nil end end
    end,
  },
}
