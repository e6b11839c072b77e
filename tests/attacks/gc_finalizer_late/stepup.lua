-- Attack: __gc put into the metatable after setmetatable
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local mt = {}
      local t = setmetatable({}, mt)
      mt.__gc = function() while true do end end
      error("late __gc was not run")
    end,
  },
}
