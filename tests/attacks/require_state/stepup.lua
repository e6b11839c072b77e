-- Attack: keep a count across evaluations in a shared module
local counter = require("counter")
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      counter.bump()
      return nil
    end,
  },
}
