-- Attack: load() to get a chunk with the real globals
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local f = load("return os")
      return f().execute("touch hashigo-attack-pwned")
    end,
  },
}
