-- The national journeys of domain.md §6 re-run under Kanagawa where they apply. The national
-- example cases carry no city, so they are read as Fujisawa cases (default_municipality).
-- National's own tests of these cases are skipped under Kanagawa because this pack overrides
-- EX-01 and sets minimum_wage_yen (the Kanagawa minimum wage); these tests say what changes.
return {
  {
    -- J1 Bさん as if in Fujisawa: the same climb (SU-02 to employment, EX-01 to part-time work),
    -- but his 830 yen an hour is below the Kanagawa minimum wage (887, then 905 from 2015-10-18).
    name = "J1 Bさん under Kanagawa (Fujisawa): same ladder, pay below the Kanagawa minimum wage",
    case = "../../../examples/cases/b-san.json",
    months = { from = "2015-05", to = "2016-02" },
    expect = {
      ["2015-05"] = { position = "social", step = "stay", status = "intake", referrals = {}, alerts = {} },
      -- enrolled in Fujisawa's readiness programme on approval, so JR-09 has nothing to route
      ["2015-06"] = { position = "social", step = "up", to = "employment", rules = { "SU-02" }, accepted = true,
                      referrals = {}, alerts = {} },
      ["2015-07"] = { position = "employment", step = "stay", alerts = {} },
      ["2015-09"] = { position = "employment", step = "stay", alerts = {} },
      ["2015-10"] = { position = "employment", step = "stay", alerts = {} },
      ["2015-11"] = { position = "employment", step = "up", to = "general/part_time", rules = { "EX-01" },
                      accepted = true, alerts = { "below_minimum_wage" } },
      ["2015-12"] = { position = "general/part_time", step = "stay", alerts = { "below_minimum_wage" } },
      ["2016-01"] = { position = "general/part_time", step = "stay", alerts = { "below_minimum_wage" } },
      ["2016-02"] = { position = "general/part_time", status = "closed", alerts = {} },
    },
  },
}
