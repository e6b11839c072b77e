-- Attack: a __gc finalizer that loops
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      setmetatable({}, { __gc = function() while true do end end })
    end,
  },
}
