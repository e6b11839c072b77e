-- Attack: a string.gmatch iterator made when the module loaded
local words = ("a b c"):gmatch("%a+")
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      if words() ~= "a" then return { step = "hold", reason = "evaluated before" } end
    end,
  },
}
