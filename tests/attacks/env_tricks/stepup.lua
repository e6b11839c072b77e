-- Attack: reaching the real globals through _ENV
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    source = "tests/attacks",
    decide = function(case, ctx)
      local found = {}
      for k in pairs(_ENV) do found[#found + 1] = tostring(k) end
      if #found > 0 then error("enumerated _ENV: " .. table.concat(found, ",")) end
      local e = _ENV
      local ok_index, index = pcall(function() return e.__index end)
      local ok_os, string_os = pcall(function() return string.os end)
      error(string.format("_ENV holds nothing: next=%s rawlen=%d __index=%s string.os=%s",
        tostring(next(_ENV)), rawlen(_ENV), tostring(ok_index and index),
        tostring(ok_os and string_os)))
    end,
  },
}
