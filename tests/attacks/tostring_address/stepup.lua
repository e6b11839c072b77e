-- Attack: tostring of a table or a function, hoping for a heap address
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local text = tostring({}) .. " " .. tostring(ctx.add_days)
      if text:find("0x", 1, true) then return { step = "hold", reason = { ja = text, en = text } } end
      error("no address in '" .. text .. "'")
    end,
  },
}
