-- Attack: ('a'):rep(400):find('.-.-.-b'), 13 s of backtracking
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return ("a"):rep(400):find(".-.-.-b")
    end,
  },
}
