-- Attack: an error message with invalid UTF-8
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      error("bad byte \255 here")
    end,
  },
}
