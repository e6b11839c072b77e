// Means with intervals across replicates, and Kaplan–Meier from monthly counts, against values
// worked out by hand.
#include <doctest/doctest.h>

#include <hashigo/stats/interval.hpp>

using namespace hashigo::stats;
using doctest::Approx;

TEST_CASE("the t quantile matches the table and continues smoothly past 30 degrees of freedom") {
  CHECK(t_975(1) == Approx(12.7062));
  CHECK(t_975(9) == Approx(2.2622));
  CHECK(t_975(30) == Approx(2.0423));
  CHECK(t_975(31) == Approx(2.0395).epsilon(1e-4));   // table value 2.0395
  CHECK(t_975(60) == Approx(2.0003).epsilon(1e-4));   // table value 2.0003
  CHECK(t_975(1000) == Approx(1.9623).epsilon(1e-4));
  CHECK_THROWS(t_975(0));
}

TEST_CASE("mean and 95% interval of four replicates") {
  // mean 2.5; sample sd sqrt(5/3) = 1.29099; se 0.645497; t(3) 3.1824 → half width 2.05423
  const auto e = mean_interval({1, 2, 3, 4});
  CHECK(e.n == 4);
  CHECK(e.mean == Approx(2.5));
  REQUIRE(e.lo);
  REQUIRE(e.hi);
  CHECK(*e.lo == Approx(0.44577).epsilon(1e-4));
  CHECK(*e.hi == Approx(4.55423).epsilon(1e-4));
}

TEST_CASE("one replicate has no interval, identical replicates a zero-width one") {
  const auto one = mean_interval({0.3});
  CHECK(one.mean == Approx(0.3));
  CHECK_FALSE(one.lo);
  const auto same = mean_interval({0.25, 0.25, 0.25});
  CHECK(*same.lo == Approx(0.25));
  CHECK(*same.hi == Approx(0.25));
  CHECK(mean_interval({}).n == 0);
}

TEST_CASE("Kaplan–Meier keeps the censored at risk through their month") {
  // 10 at risk: month 1, 2 reach it and 1 leaves → S = 8/10; 7 left at risk.
  // month 2: nobody reaches it, 2 leave → S stays 0.8; 5 at risk.
  // month 3: 3 of 5 reach it → S = 0.8 × 2/5 = 0.32.
  const auto s = kaplan_meier(10, {2, 0, 3}, {1, 2, 0});
  REQUIRE(s.size() == 3);
  CHECK(s[0] == Approx(0.8));
  CHECK(s[1] == Approx(0.8));
  CHECK(s[2] == Approx(0.32));
}

TEST_CASE("Kaplan–Meier without censoring is the plain share not yet reached, and holds once nobody is at risk") {
  const auto s = kaplan_meier(4, {1, 3, 0}, {0, 0, 0});
  CHECK(s[0] == Approx(0.75));
  CHECK(s[1] == Approx(0.0));
  CHECK(s[2] == Approx(0.0));
  const auto none = kaplan_meier(0, {0, 0}, {0, 0});
  CHECK(none[1] == Approx(1.0));
}

TEST_CASE("cumulative incidence counts a closure as a competing event, not as censoring") {
  // 10 at risk. Month 1: 2 reach it, 1 closes → F = 0.2, S = 0.7, 7 at risk.
  // Month 2: 1 reaches it, 2 close → F = 0.2 + 0.7 × 1/7 = 0.3, S = 0.7 × 4/7 = 0.4, 4 at risk.
  // Month 3: 2 of 4 reach it → F = 0.3 + 0.4 × 2/4 = 0.5: exactly the 5 of 10 who did.
  const auto f = cumulative_incidence(10, {2, 1, 2}, {1, 2, 0}, {0, 0, 0});
  CHECK(f[0] == Approx(0.2));
  CHECK(f[1] == Approx(0.3));
  CHECK(f[2] == Approx(0.5));
  // the same counts read by Kaplan–Meier with closures censored say more: 1 - 0.8 × 6/7 × 2/4
  const auto s = kaplan_meier(10, {2, 1, 2}, {1, 2, 0});
  CHECK(1 - s[2] == Approx(1 - 0.8 * (6.0 / 7.0) * 0.5));
  CHECK(1 - s[2] > f[2]);
}

TEST_CASE("cumulative incidence with censoring: the censored leave the risk set after their month") {
  // 4 at risk; month 1: 1 reaches it, 1 censored → F = 0.25, S = 0.75, 2 at risk;
  // month 2: 1 of 2 → F = 0.25 + 0.75 × 1/2 = 0.625
  const auto f = cumulative_incidence(4, {1, 1}, {0, 0}, {1, 0});
  CHECK(f[0] == Approx(0.25));
  CHECK(f[1] == Approx(0.625));
}
