-- Attack: select('#', ...) over huge varargs
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return select("#", table.unpack({}, 1, 1e8))
    end,
  },
}
