-- National's tests run under Kanagawa too (a base's tests always run under the packs extending it);
-- this file changes what they expect where Kanagawa decides otherwise, and says which do not hold here.
return {
  patches = {
    -- The Kanagawa minimum wage (1,112 yen from 2023-10) is above Ms C's 1,050 yen: SU-05 does
    -- not fire; her plan's goals and the employment contract still move her (SU-02; MW-01 flags
    -- the pay).
    ["J3 Ms C month by month"] = {
      ["2023-12"] = { rules = { "SU-02" } },
      ["2024-04"] = { rules = { "SU-02" } },
    },
  },
}
