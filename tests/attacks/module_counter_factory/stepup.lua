-- Attack: a counter made by a factory that ran when the module loaded
local function counter()
  local n = 0
  return function() n = n + 1 return n end
end
local tick = counter()
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      if tick() > 1 then return { step = "hold", reason = "evaluated before" } end
    end,
  },
}
