-- a shared module with a value rules read
return { limit = 3 }
