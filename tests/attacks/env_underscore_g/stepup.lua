-- Attack: _G.os through the globals table
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return _G.os.execute("touch hashigo-attack-pwned")
    end,
  },
}
