#pragma once
/// @file Summaries across replicates: a mean with its 95% interval, and the Kaplan–Meier
/// estimate of a survival curve from counts per month.
#include <cstdint>
#include <optional>
#include <vector>

namespace hashigo::stats {

/// A mean over replicates with its 95% confidence interval (Student's t over the replicate
/// values); no interval from fewer than two values.
struct estimate {
  double mean = 0;
  std::optional<double> lo, hi;
  std::size_t n = 0;  ///< replicates it is computed from
};

/// The 0.975 quantile of Student's t with `df` degrees of freedom (df >= 1).
double t_975(std::int64_t df);

/// Mean and 95% interval of `values` (empty: n = 0, mean 0).
estimate mean_interval(const std::vector<double>& values);

/// Kaplan–Meier: S(t) for t = 1 … months, from `at_risk` people at the start, `events[t-1]`
/// reaching the end point in month t and `censored[t-1]` leaving observation in month t
/// without it (counted at risk through month t). S stays where it was once nobody is at risk.
std::vector<double> kaplan_meier(std::int64_t at_risk, const std::vector<std::int64_t>& events,
                                 const std::vector<std::int64_t>& censored);

/// Aalen–Johansen cumulative incidence of the end point when a competing event rules it out:
/// F(t) for t = 1 … months, from `at_risk` people, `events[t-1]` reaching the end point in month
/// t, `competing[t-1]` meeting the competing event (never to reach it) and `censored[t-1]` leaving
/// observation. F(t) = F(t-1) + S(t-1) × events/at risk, with S the survival from either event.
/// Without competing events or censoring it is the share that reached the end point.
std::vector<double> cumulative_incidence(std::int64_t at_risk, const std::vector<std::int64_t>& events,
                                         const std::vector<std::int64_t>& competing, const std::vector<std::int64_t>& censored);

}  // namespace hashigo::stats
