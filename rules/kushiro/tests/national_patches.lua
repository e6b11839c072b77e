-- National's tests run under Kushiro too (a base's tests always run under the packs extending it);
-- this file changes what they expect where Kushiro decides otherwise, and says which do not hold here.
return {
  patches = {
    -- No certified work-training provider in Kushiro yet (JK-01 says "not yet").
    ["J1 Bさん month by month"] = {
      ["2015-05"] = { eligibility = { kunren = false } },
      ["2015-06"] = { eligibility = { kunren = false } },
      ["2015-07"] = { eligibility = { kunren = false } },
      ["2015-08"] = { eligibility = { kunren = false } },
      ["2015-09"] = { eligibility = { kunren = false } },
      ["2015-10"] = { eligibility = { kunren = false } },
      ["2015-11"] = { eligibility = { kunren = false } },
    },
  },
  exclude = {
    ["J3 Ms C month by month"] = "Kushiro has no intermediate work (UW-01, UW-05, SU-05 and SU-06 are disabled): Ms C's commuter climb cannot happen here",
    ["J4 Mr D month by month"] = "no certified work-training provider in Kushiro (JK-03 and JK-08 are disabled): Mr D's training track cannot happen here",
    ["J5 Household E month by month"] = "Kushiro has no universal-work hosts (UW-01 is disabled): the commuter placement of household E cannot happen here",
    ["JK-03: work training without the municipality's decision holds the move"] = "JK-03 is disabled in Kushiro until a provider is certified",
    ["SU-05 alone moves an unpaid commuter paid the minimum wage: UW-05 and SU-02 stand aside"] = "SU-05 and UW-05 are disabled in Kushiro (no commuter ladder)",
    ["E12 SU-05: in Saga (41) 950 yen is at least the prefecture's minimum wage (900) → minimum-wage staff"] = "SU-05 is disabled in Kushiro (no commuter ladder)",
  },
}
