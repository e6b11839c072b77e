-- Attack: table bomb
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local t = {}
      local row = ("x"):rep(64)
      for i = 1, 1e9 do t[i] = { row:byte(1, -1) } end
    end,
  },
}
