-- Attack: return pcall(infinite loop)
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return pcall(function() while true do end end)
    end,
  },
}
