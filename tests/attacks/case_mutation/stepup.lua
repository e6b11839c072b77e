-- Attack: case.stage = 'general'
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      case.stage = "general"
    end,
  },
}
