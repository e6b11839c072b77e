-- Attack: case.household.size = 1
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      case.household.size = 1
    end,
  },
}
