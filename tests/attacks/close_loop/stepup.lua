-- Attack: __close that loops, during the budget error
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local guard <close> = setmetatable({}, { __close = function() while true do end end })
      while true do end
    end,
  },
}
