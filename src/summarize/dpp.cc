#include <algorithm>
#include <cmath>

#include "summarize/scorers.h"
#include "summarize/selectors.h"

namespace precis::summarize {
namespace {

// Quality q_i = (MEAD centroid score / best score)^kQualityPower, and the greedy step takes
// the largest gain / cost^kCostScaling. Chosen on DUC 2004 (docs/quality.md): power 1, 2, 3
// at scaling 1: 35.78/8.19, 39.14/10.12, 38.89/9.81; scaling 0.5, 0.75, 1, 1.5 at
// power 2: 38.74/9.53, 38.96/9.96, 39.14/10.12, 37.58/9.23.
constexpr double kQualityPower = 2.0;
constexpr double kCostScaling = 1.0;

}  // namespace

std::vector<Selected> SelectDpp(const Cluster& cluster, const ClusterAnalysis& a,
                                const SummarizeOptions& options, std::vector<double>* scores) {
  const size_t n = a.size();
  *scores = CentroidScores(a);
  ScoreJointUnitsFromParts(a, scores);
  // Quality: the centroid score, mixed with query similarity as for the scorer methods, scaled
  // to a maximum of 1 (a common scale does not change the choices; it keeps q defined).
  std::vector<double> q = *scores;
  MixQuery(a, &q);
  const double top = q.empty() ? 0 : *std::max_element(q.begin(), q.end());
  for (double& x : q) x = top > 0 ? std::max(x, 0.0) / top : 1.0;
  for (double& x : q) x = std::pow(x, kQualityPower);

  // Greedy MAP by incremental Cholesky (Chen, Zhang and Zhou 2018): d2[i] is the factor by
  // which det(L_S) grows when i joins S, c[i] the row of i in the Cholesky factor of L_S.
  std::vector<double> d2(n);
  for (size_t i = 0; i < n; ++i) d2[i] = q[i] * q[i];
  std::vector<std::vector<double>> c(n);
  auto gain = [&](uint32_t i) {
    const double cost =
        static_cast<double>(std::max<size_t>(1, Cost(a.sentences[i], options.budget.unit)));
    return std::max(d2[i], 0.0) / std::pow(cost, kCostScaling);
  };
  auto take = [&](uint32_t j) {
    const double dj = std::sqrt(std::max(d2[j], 1e-12));
    const size_t rank = c[j].size();  // c[j] grows below when i == j
    for (uint32_t i = 0; i < n; ++i) {
      double e = q[i] * q[j] * (i == j ? 1.0 : Cosine(a, i, j));
      for (size_t k = 0; k < rank; ++k) e -= c[j][k] * c[i][k];
      e /= dj;
      c[i].push_back(e);
      d2[i] -= e * e;
    }
  };
  std::vector<Selected> out = GreedyByGain(cluster, a, options, gain, take);
  AppendTruncated(cluster, a, *scores, options, Remaining(a, out, options.budget), &out);
  return out;
}

}  // namespace precis::summarize
