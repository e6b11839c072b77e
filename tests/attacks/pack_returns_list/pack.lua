-- Found by fuzzing the manifest loader: a pack.lua that returns a list (a table without named
-- fields) ended the process with an uncaught JSON type error.
return { ">>nariona\001 l" }
