#include <hashigo/stats/interval.hpp>

#include <array>
#include <cmath>
#include <stdexcept>

namespace hashigo::stats {

double t_975(std::int64_t df) {
  // Two-sided 95% critical values of Student's t, df 1 … 30 (any statistics table); beyond 30
  // the Cornish–Fisher expansion around the normal quantile is within 1e-4 of the table.
  static constexpr std::array<double, 30> table = {12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
                                                   2.2010,  2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
                                                   2.0796,  2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423};
  if (df < 1) throw std::invalid_argument("t_975: df must be at least 1");
  if (df <= 30) return table[static_cast<std::size_t>(df - 1)];
  const double z = 1.959963984540054, n = static_cast<double>(df);
  const double z3 = z * z * z, z5 = z3 * z * z;
  return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n);
}

estimate mean_interval(const std::vector<double>& values) {
  estimate e;
  e.n = values.size();
  if (values.empty()) return e;
  double sum = 0;
  for (const double v : values) sum += v;
  e.mean = sum / static_cast<double>(values.size());
  if (values.size() < 2) return e;
  double squares = 0;
  for (const double v : values) squares += (v - e.mean) * (v - e.mean);
  const double se = std::sqrt(squares / static_cast<double>(values.size() - 1) / static_cast<double>(values.size()));
  const double half = t_975(static_cast<std::int64_t>(values.size()) - 1) * se;
  e.lo = e.mean - half;
  e.hi = e.mean + half;
  return e;
}

std::vector<double> kaplan_meier(std::int64_t at_risk, const std::vector<std::int64_t>& events,
                                 const std::vector<std::int64_t>& censored) {
  std::vector<double> s(events.size(), 1.0);
  double survival = 1.0;
  for (std::size_t t = 0; t < events.size(); ++t) {
    if (at_risk > 0) survival *= 1.0 - static_cast<double>(events[t]) / static_cast<double>(at_risk);
    s[t] = survival;
    at_risk -= events[t] + (t < censored.size() ? censored[t] : 0);
  }
  return s;
}

std::vector<double> cumulative_incidence(std::int64_t at_risk, const std::vector<std::int64_t>& events,
                                         const std::vector<std::int64_t>& competing, const std::vector<std::int64_t>& censored) {
  std::vector<double> f(events.size(), 0.0);
  double incidence = 0.0, survival = 1.0;  // survival from either event, just before the month
  for (std::size_t t = 0; t < events.size(); ++t) {
    const std::int64_t other = t < competing.size() ? competing[t] : 0;
    if (at_risk > 0) {
      const double n = static_cast<double>(at_risk);
      incidence += survival * static_cast<double>(events[t]) / n;
      survival *= 1.0 - static_cast<double>(events[t] + other) / n;
    }
    f[t] = incidence;
    at_risk -= events[t] + other + (t < censored.size() ? censored[t] : 0);
  }
  return f;
}

}  // namespace hashigo::stats
