-- Attack: case.placements[1].kind = 'x'
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      case.placements[1].kind = "x"
    end,
  },
}
