-- Attack: (""):rep(math.maxinteger) with an empty separator
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local s = ("").rep("", math.maxinteger, "")
      error("rep returned " .. #s .. " bytes")
    end,
  },
}
