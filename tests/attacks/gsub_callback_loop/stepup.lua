-- Attack: a gsub replacement function that loops
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return ("abc"):gsub(".", function() while true do end end)
    end,
  },
}
