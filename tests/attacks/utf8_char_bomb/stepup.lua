-- Attack: utf8.char bomb
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local points = { ("\127"):rep(100000):byte(1, -1) }
      local s = utf8.char(table.unpack(points)) .. utf8.char(0x10FFFF)
      while true do s = s .. s end
    end,
  },
}
