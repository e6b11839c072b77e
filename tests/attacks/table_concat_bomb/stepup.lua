-- Attack: table.concat bomb
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local s, t = ("x"):rep(1 << 20), {}
      for i = 1, 64 do t[i] = s end
      return { step = "hold", reason = { ja = table.concat(t), en = "x" } }
    end,
  },
}
