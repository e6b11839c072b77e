-- Attack: dofile of a system file
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return dofile("/etc/passwd")
    end,
  },
}
