// Query focus shared by the methods: score mixing (scorer methods, DPP) and distribution
// mixing (SumBasic, KL-Sum).
#include <algorithm>

#include "summarize/scorers.h"

namespace precis::summarize {

void MixQuery(const ClusterAnalysis& a, std::vector<double>* scores) {
  if (a.query.empty()) return;
  const std::vector<double> q = QuerySimilarity(a);
  double max_s = 0, max_q = 0;
  for (size_t i = 0; i < scores->size(); ++i) {
    max_s = std::max(max_s, (*scores)[i]);
    max_q = std::max(max_q, q[i]);
  }
  if (max_q <= 0) return;
  for (size_t i = 0; i < scores->size(); ++i) {
    (*scores)[i] = (1 - a.query_weight) * ((*scores)[i] / (max_s > 0 ? max_s : 1.0)) +
                   a.query_weight * q[i] / max_q;
  }
}

void MixQueryDistribution(const ClusterAnalysis& a, double weight, std::vector<double>* p) {
  double q_total = 0;
  for (const TermWeight& q : a.query) q_total += q.weight;
  if (q_total <= 0) return;
  for (double& x : *p) x *= 1.0 - weight;
  for (const TermWeight& q : a.query) (*p)[q.term] += weight * q.weight / q_total;
}

}  // namespace precis::summarize
