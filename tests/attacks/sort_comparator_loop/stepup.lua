-- Attack: a table.sort comparator that loops
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      table.sort({ 3, 2, 1 }, function(a, b) while true do end end)
    end,
  },
}
