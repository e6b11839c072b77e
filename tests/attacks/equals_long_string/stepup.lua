-- Attack: ctx.equals on a 1 MiB string
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      ctx.equals("name", ("v"):rep(1024 * 1024), "x")
    end,
  },
}
