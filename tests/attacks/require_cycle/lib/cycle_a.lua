-- requires cycle_b, which requires this module
local b = require("cycle_b")
return { b = b }
