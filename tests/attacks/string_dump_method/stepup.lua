-- Attack: string.dump through the string metatable: ("").dump
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return ("").dump(function() return 1 end)
    end,
  },
}
