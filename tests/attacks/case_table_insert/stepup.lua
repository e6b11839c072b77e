-- Attack: table.insert into an array of the case view
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      table.insert(case.concerns, "x")
    end,
  },
}
