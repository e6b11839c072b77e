-- Attack: io.open and io.popen
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local f = io.open("hashigo-attack-pwned", "w")
      f:write("pwned")
      return io.popen("id"):read("a")
    end,
  },
}
