-- Attack: writing into the string metatable
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local mt = getmetatable("")
      mt.__index = { upper = function() return "pwned" end }
    end,
  },
}
