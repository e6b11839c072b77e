-- Attack: require a standard library
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local os = require("os")
      return os.execute("touch hashigo-attack-pwned")
    end,
  },
}
