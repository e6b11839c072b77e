-- Attack: error with a 4 MB message
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    source = "tests/attacks",
    decide = function(case, ctx)
      error(("x"):rep(4 * 1024 * 1024), 0)
    end,
  },
}
