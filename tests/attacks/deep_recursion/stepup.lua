-- Attack: deep recursion
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local function f(n) return 1 + f(n + 1) end
      return f(1)
    end,
  },
}
