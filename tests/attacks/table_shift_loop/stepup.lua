-- Attack: table.insert/remove at the front of a large table in a loop
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local t = { ("x"):rep(300000):byte(1, -1) }
      while true do table.insert(t, 1, 0); table.remove(t, 1) end
    end,
  },
}
