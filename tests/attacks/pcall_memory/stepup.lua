-- Attack: pcall(string.rep, 'x', 1 << 30)
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local ok, err = pcall(string.rep, "x", 1 << 30)
      error("caught: " .. tostring(err))
    end,
  },
}
