-- Attack: while true do end
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    source = "tests/attacks",
    decide = function(case, ctx)
      while true do end
    end,
  },
}
