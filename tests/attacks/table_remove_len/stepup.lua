-- Attack: table.remove from a table whose __len lies
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local t = setmetatable({}, { __len = function() return math.maxinteger - 1 end })
      table.remove(t, 1)
    end,
  },
}
