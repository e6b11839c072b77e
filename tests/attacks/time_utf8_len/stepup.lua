-- Attack: utf8.len of a long string in a loop
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local s = ("x"):rep(7000000)
      while true do local n = utf8.len(s) end
    end,
  },
}
