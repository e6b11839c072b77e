-- Attack: two shared modules requiring each other
local a = require("cycle_a")
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      return nil
    end,
  },
}
