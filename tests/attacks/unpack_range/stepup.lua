-- Attack: table.unpack of math.mininteger .. math.maxinteger
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return table.unpack({}, math.mininteger, math.maxinteger)
    end,
  },
}
