-- Attack: a rule id that is not UTF-8
return {
  {
    id = "ATK-\255",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return nil
    end,
  },
}
