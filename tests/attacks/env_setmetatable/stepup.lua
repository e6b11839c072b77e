-- Attack: setmetatable(_ENV, ...) to make globals writable
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      setmetatable(_ENV, { __newindex = function() end })
    end,
  },
}
