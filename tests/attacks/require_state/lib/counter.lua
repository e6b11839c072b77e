-- a module that counts its calls in a local
local calls = 0
local counter = {}
function counter.bump()
  calls = calls + 1
  return calls
end
return counter
