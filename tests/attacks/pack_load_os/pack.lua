-- Attack: os access while pack.lua loads.
os.execute("touch hashigo-attack-pwned")
return { name = { ja = "攻撃", en = "attack" }, version = "0", extends = "national" }
