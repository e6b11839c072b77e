-- Attack: os.execute from a rule
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      -- would create ./hashigo-attack-pwned in the driver's work folder
      return os.execute("touch hashigo-attack-pwned")
    end,
  },
}
