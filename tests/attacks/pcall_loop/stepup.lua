-- Attack: a loop inside pcall, inside a loop
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      while true do pcall(function() while true do end end) end
    end,
  },
}
