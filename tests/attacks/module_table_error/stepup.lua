-- Attack: a module that errors with a table value while it loads.
local payload = setmetatable({ code = 42 }, { __tostring = function() while true do end end })
error(payload)
