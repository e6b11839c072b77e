-- Attack: reaching the real globals through _ENV
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local found = {}
      for k in pairs(_ENV) do found[#found + 1] = tostring(k) end
      local function probe(f)
        local ok, v = pcall(f)
        return ok and tostring(v) or "raised"
      end
      error(string.format(
        "_ENV: pairs found %s; next(_ENV)=%s; rawlen=%d; _ENV.__index %s; _ENV._ENV %s; string.os=%s; getmetatable(string)=%s",
        #found == 0 and "nothing" or table.concat(found, ","), tostring(next(_ENV)), rawlen(_ENV),
        probe(function() return _ENV.__index end) == "raised" and "raised" or "READ",
        probe(function() return _ENV._ENV end) == "raised" and "raised" or "READ",
        probe(function() return string.os end), tostring(getmetatable(string))))
    end,
  },
}
