-- Attack: coroutine abuse: nested coroutine.close chains
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      local co = coroutine.create(function() while true do coroutine.yield() end end)
      for i = 1, 1e6 do coroutine.resume(co) end
      return coroutine.close(co)
    end,
  },
}
