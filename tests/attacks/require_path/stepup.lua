-- Attack: require a path out of the lib folders
local stolen = require("../national/stepup")
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
