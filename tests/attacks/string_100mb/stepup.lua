-- Attack: a 100 MB string
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local s = ("x"):rep(100 * 1024 * 1024)
      return { step = "hold", reason = { ja = s, en = s } }
    end,
  },
}
