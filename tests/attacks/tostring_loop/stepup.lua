-- Attack: tostring of a table with a looping __tostring
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local t = setmetatable({}, { __tostring = function() while true do end end })
      return { step = "hold", reason = { ja = tostring(t), en = "x" } }
    end,
  },
}
