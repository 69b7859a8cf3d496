// Methods that choose sentences jointly rather than scoring them one by one. Each returns
// the chosen sentences within options.budget (plus one truncated sentence when
// budget.truncate_last) and fills *scores with one value per sentence for reporting and
// for the truncation pick.
#ifndef PRECIS_SUMMARIZE_SELECTORS_H_
#define PRECIS_SUMMARIZE_SELECTORS_H_

#include <functional>
#include <vector>

#include "summarize/select.h"

namespace precis::summarize {

using Selector = std::function<std::vector<Selected>(const Cluster&, const ClusterAnalysis&,
                                                     const SummarizeOptions&,
                                                     std::vector<double>* scores)>;

// SumBasic (Nenkova and Vanderwende 2005): word probabilities from the cluster; repeatedly
// take the best sentence (mean word probability) among those containing the most probable
// word, then square the probabilities of the words it covered.
std::vector<Selected> SelectSumBasic(const Cluster& cluster, const ClusterAnalysis& a,
                                     const SummarizeOptions& options, std::vector<double>* scores);

// KL-Sum (Haghighi and Vanderwende 2009): greedily add the sentence that brings the
// summary's smoothed unigram distribution closest (in KL divergence) to the cluster's.
std::vector<Selected> SelectKlSum(const Cluster& cluster, const ClusterAnalysis& a,
                                  const SummarizeOptions& options, std::vector<double>* scores);

// Lin and Bilmes (2011): monotone submodular coverage L(S) = sum_i min(C_i(S), alpha C_i(V))
// plus diversity R(S) = sum_k sqrt(sum of singleton rewards in S within cluster k), maximized
// by budgeted greedy with cost scaling gain / cost^r, then compared with the best singleton.
std::vector<Selected> SelectSubmodular(const Cluster& cluster, const ClusterAnalysis& a,
                                       const SummarizeOptions& options,
                                       std::vector<double>* scores);

// Gillick and Favre (2009): choose sentences to maximize the total weight of the bigram
// concepts they cover, subject to the budget, as an integer linear program solved exactly
// by GLPK within a time limit; falls back to a greedy coverage solution when the solver
// does not prove optimality in time (or finds a worse one). Runs in several threads at once
// only with a GLPK built with thread-local storage (Debian's is).
std::vector<Selected> SelectIlp(const Cluster& cluster, const ClusterAnalysis& a,
                                const SummarizeOptions& options, std::vector<double>* scores);

// Determinantal point process (Kulesza and Taskar 2012): greedy MAP, under the budget, of a
// DPP whose kernel is L_ij = q_i cos(i, j) q_j: quality q from the MEAD centroid score (no
// learned quality model), similarity the TF-IDF cosine. Each step takes the sentence that
// multiplies det(L_S) the most per unit of cost.
std::vector<Selected> SelectDpp(const Cluster& cluster, const ClusterAnalysis& a,
                                const SummarizeOptions& options, std::vector<double>* scores);

// Shared greedy loop: while something fits, evaluates `gain(i)` for every eligible, untaken,
// non-repeating candidate that fits and takes the largest (ties by article, then position);
// with `stop_at_zero` it stops when no gain is positive.
// `on_take(i)` updates the caller's state.
std::vector<Selected> GreedyByGain(const Cluster& cluster, const ClusterAnalysis& a,
                                   const SummarizeOptions& options,
                                   const std::function<double(uint32_t)>& gain,
                                   const std::function<void(uint32_t)>& on_take,
                                   bool stop_at_zero = true);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_SELECTORS_H_
