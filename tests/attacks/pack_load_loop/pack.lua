-- Attack: an infinite loop at the top level of pack.lua (load time).
local n = 0
while true do n = n + 1 end
return { name = { ja = "攻撃", en = "attack" }, version = "0", extends = "national" }
