-- Attack: __mode put into the metatable after setmetatable
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local mt = {}
      local t = setmetatable({}, mt)
      mt.__mode = "k"
      for i = 1, 1000 do t[{}] = i end
      local junk
      for i = 1, 3000 do junk = ("x"):rep(10000 + i) end  -- several collections
      local n = 0
      for _ in pairs(t) do n = n + 1 end
      if n < 1000 then return { step = "hold", reason = "weak: " .. n .. " of 1000 keys left" } end
      error("late __mode had no effect: " .. n .. " of 1000 keys kept")
    end,
  },
}
