-- Attack: replacing string.upper and math.floor for every pack in the state
local function evil() return "pwned" end
pcall(function() string.upper = evil end)
pcall(function() math.floor = evil end)
pcall(function() table.concat = evil end)
pcall(function() getmetatable("").__index.upper = evil end)
pcall(function() setmetatable(string, { __index = function() return evil end }) end)
return {
  {
    id = "ATK-1",
    title = { ja = "攻撃", en = "attack" },
    note = "tests/attacks",
    decide = function(case, ctx)
      if string.upper("a") ~= "A" or math.floor(1.5) ~= 1 or ("a"):upper() ~= "A" then
        error("TAMPERED: a library function was replaced")
      end
      string.upper = evil
    end,
  },
}
