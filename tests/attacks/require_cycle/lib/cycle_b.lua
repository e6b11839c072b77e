-- requires cycle_a, which is still loading
local a = require("cycle_a")
return { a = a }
