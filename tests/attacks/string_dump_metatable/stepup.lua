-- Attack: string.dump through getmetatable("").__index
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local mt = getmetatable("")
      local dump = mt.__index.dump
      return dump(function() return 1 end)
    end,
  },
}
