-- Attack: an error object whose __tostring raises
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      error(setmetatable({}, { __tostring = function() error("boom") end }))
    end,
  },
}
