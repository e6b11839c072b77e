-- National's tests run under Osaka too (a base's tests always run under the packs extending it);
-- this file changes what they expect where Osaka decides otherwise, and says which do not hold here.
return {
  patches = {
    -- The Osaka minimum wage is above Ms C's pay: SU-05 does not fire; her plan's goals and the
    -- employment contract still move her (SU-02).
    ["J3 Ms C month by month"] = {
      ["2023-12"] = { rules = { "SU-02" } },
      ["2024-04"] = { rules = { "SU-02" } },
    },
    -- Osaka's JK-04 routes work training through the cooperating-company network, not the
    -- national あっせん; household E's practicum starts the Osaka menu (OS-21, then OS-26).
    ["J4 Mr D month by month"] = {
      ["2025-05"] = { fired = { "HK-01", "JK-01", "JR-01", "JR-02", "JS-10", "KK-05", "RF-MEDICAL" } },
    },
    ["J5 Household E month by month"] = {
      ["2023-01"] = { step = "up", fired = { "JK-01", "JR-01", "JR-02", "JS-10" } },
      ["2023-02"] = { position = "intermediate/taiken", fired = { "JK-01", "JR-01", "JR-02", "JS-10" } },
      ["2023-03"] = { position = "intermediate/taiken", rules = { "OS-26" }, fired = { "JK-01", "JR-01", "JR-02", "JS-10" } },
    },
  },
}
