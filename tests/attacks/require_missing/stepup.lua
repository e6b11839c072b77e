-- Attack: require a standard library by name at load
local os = require("os")
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
