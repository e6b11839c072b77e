-- Attack: getmetatable(case).__index to reach the real table
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local mt = getmetatable(case)
      if type(mt) == "table" then
        mt.__index.stage = "general"
      end
      error("getmetatable(case) gave " .. tostring(mt))
    end,
  },
}
