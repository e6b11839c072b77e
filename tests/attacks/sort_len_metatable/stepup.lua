-- Attack: table.sort of a table whose __len says 1e9, with C functions as __index/__newindex
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local t = setmetatable({}, { __len = function() return 1e9 end, __index = type, __newindex = assert })
      table.sort(t)
    end,
  },
}
