-- Attack: a reason of 6 MiB of control bytes
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return { step = "hold", reason = { ja = ("\1"):rep(6 * 1024 * 1024), en = "x" } }
    end,
  },
}
