-- Attack: __index calling itself (C-stack recursion)
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local t = setmetatable({}, { __index = function(self, k) return self[k] end })
      return t.anything
    end,
  },
}
