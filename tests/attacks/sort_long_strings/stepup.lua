-- Attack: table.sort of 100,000 references to one 4 MiB string
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local big = ("x"):rep(4 * 1024 * 1024)
      local t = {}
      for i = 1, 100000 do t[i] = big end
      table.sort(t)
    end,
  },
}
