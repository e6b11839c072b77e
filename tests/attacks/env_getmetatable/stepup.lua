-- Attack: getmetatable(_ENV).__index to reach the globals table
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local mt = getmetatable(_ENV)
      if type(mt) == "table" then
        return mt.__index.os.execute("touch hashigo-attack-pwned")
      end
      error("getmetatable(_ENV) gave " .. tostring(mt))
    end,
  },
}
