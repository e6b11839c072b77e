-- Attack: table.insert into a list parameter
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      table.insert(ctx.param("general_employment_kinds"), "anything")
    end,
  },
}
