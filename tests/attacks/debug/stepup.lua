-- Attack: debug.sethook to switch the instruction budget off
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      debug.sethook()
      while true do end
    end,
  },
}
