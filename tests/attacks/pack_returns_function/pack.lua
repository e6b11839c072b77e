-- Attack: pack.lua returns a function (to be called later, outside the budget?).
return function() while true do end end
