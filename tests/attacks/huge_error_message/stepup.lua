-- Attack: error with a 1 MiB message
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      error(("x"):rep(1024 * 1024))
    end,
  },
}
