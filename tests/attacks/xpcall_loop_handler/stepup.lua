-- Attack: xpcall with a looping message handler
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      xpcall(function() error("x") end, function() while true do end end)
    end,
  },
}
