-- A bare Lua process deciding one peer case: the cold-start floor of `make bench`. Reads the JSON
-- line named by arg[1] (one flat object, as the data generator writes it), decides with floor.lua
-- (beside this file) and prints the canonical output line.
local here = arg[0]:match("^(.*[/\\])") or ""
local decide = dofile(here .. "floor.lua")
local file = assert(io.open(arg[1], "rb"))
local text = file:read("a")
file:close()
local c = {}
for key, value in text:gmatch('"([%w_]+)":([^,{}%[%]]+)') do
  if value == "true" then c[key] = true
  elseif value == "false" then c[key] = false
  elseif value:sub(1, 1) == '"' then c[key] = value:sub(2, -2)
  else c[key] = math.tointeger(tonumber(value)) or tonumber(value) end
end
local fdp = {}
for axis in text:match('"fdp":%[([^%]]*)%]'):gmatch("%d+") do fdp[#fdp + 1] = tonumber(axis) end
c.fdp = fdp
local eligible, step, referrals, risk = decide(c)
print(string.format("%d|%d|%s|%s|%d", c.id, eligible and 1 or 0, step, table.concat(referrals, ","), risk and 1 or 0))
