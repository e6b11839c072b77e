-- Attack: return xpcall(error, looping handler)
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return xpcall(error, function() while true do end end)
    end,
  },
}
