-- Attack: change a shared module so the next rule (or evaluation) sees another value
local shared = require("shared")
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      shared.limit = 0
      return nil
    end,
  },
}
