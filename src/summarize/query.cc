// Query focus shared by the distribution-based selectors (SumBasic, KL-Sum).
#include "summarize/scorers.h"

namespace precis::summarize {

void MixQueryDistribution(const ClusterAnalysis& a, double weight, std::vector<double>* p) {
  double q_total = 0;
  for (const TermWeight& q : a.query) q_total += q.weight;
  if (q_total <= 0) return;
  for (double& x : *p) x *= 1.0 - weight;
  for (const TermWeight& q : a.query) (*p)[q.term] += weight * q.weight / q_total;
}

}  // namespace precis::summarize
