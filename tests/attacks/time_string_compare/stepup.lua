-- Attack: comparing long strings in a loop
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local a = ("x"):rep(4000000)
      local b = ("x"):rep(3999999) .. "x"
      while true do if a == b then b = b end end
    end,
  },
}
