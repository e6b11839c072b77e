-- National's tests run under Kushiro too (a base's tests always run under the packs extending it);
-- this file changes what they expect where Kushiro decides otherwise, and says which do not hold here.
return {
  patches = {},
  exclude = {
    ["J1 Bさん month by month"] = "Bさん moves from 社会自立 to 就労自立 on her plan goals with no paid work; in Kushiro 就労自立 is paid work at 100% (PW-01), so her journey takes another path here (Kさん's journey is Kushiro's own)",
    ["E1: a paid commuter who met the plan's goals is ready for a contract, but has none yet → hold (SU-02)"] = "Kushiro has no commuter ladder (UW-01 is disabled)",
    ["E1: a paid commuter who met the plan's goals and signed an employment contract → minimum-wage staff (SU-02)"] = "Kushiro has no commuter ladder (UW-01 is disabled)",
    ["J3 Ms C month by month"] = "Kushiro has no intermediate work (UW-01, UW-05, SU-05 and SU-06 are disabled): Ms C's commuter climb cannot happen here",
    ["J4 Mr D month by month"] = "no certified work-training provider in Kushiro (JK-03 and JK-08 are disabled): Mr D's training track cannot happen here",
    ["J5 Household E month by month"] = "Kushiro has no universal-work hosts (UW-01 is disabled): the commuter placement of household E cannot happen here",
    ["JK-03: work training without the municipality's decision holds the move"] = "JK-03 is disabled in Kushiro until a provider is certified",
    ["SU-05 alone moves an unpaid commuter paid the minimum wage: UW-05 and SU-02 stand aside"] = "SU-05 and UW-05 are disabled in Kushiro (no commuter ladder)",
    ["E12 SU-05: in Saga (41) 950 yen is at least the prefecture's minimum wage (900) → minimum-wage staff"] = "SU-05 is disabled in Kushiro (no commuter ladder)",
  },
}
