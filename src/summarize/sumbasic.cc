#include <algorithm>

#include "summarize/scorers.h"
#include "summarize/selectors.h"

namespace precis::summarize {
namespace {

}  // namespace

std::vector<Selected> SelectSumBasic(const Cluster& cluster, const ClusterAnalysis& a,
                                     const SummarizeOptions& options,
                                     std::vector<double>* scores) {
  std::vector<double> p(a.vocab.size(), 0.0);
  double total = 0;
  for (size_t k = 0; k < a.ground_tf_end(); ++k) {
    const TermWeight w = a.tf_at(k);
    p[w.term] += w.weight;
    total += w.weight;
  }
  if (total > 0) {
    for (double& x : p) x /= total;
  }
  // Query focus as in SumFocus (Vanderwende et al. 2007): word probabilities are interpolated
  // with the query's own word distribution, so query words lead the selection.
  MixQueryDistribution(a, a.query_weight, &p);
  auto mean_p = [&](uint32_t i) {
    double s = 0, n = 0;
    for (auto w = a.tf_begin(i); w != a.tf_end(i); ++w) {
      s += p[w->term] * w->weight;
      n += w->weight;
    }
    return n > 0 ? s / n : 0.0;
  };
  scores->assign(a.size(), 0.0);
  for (uint32_t i = 0; i < a.size(); ++i) (*scores)[i] = mean_p(i);

  // The most probable word not yet covered; sentences containing it get precedence.
  auto top_word = [&] {
    return static_cast<uint32_t>(std::max_element(p.begin(), p.end()) - p.begin());
  };
  uint32_t focus = p.empty() ? 0 : top_word();
  auto gain = [&](uint32_t i) {
    bool has_focus = false;
    for (auto w = a.tf_begin(i); w != a.tf_end(i); ++w) has_focus |= w->term == focus;
    // Sentences with the focus word always beat those without (mean p is below 1).
    return mean_p(i) + (has_focus ? 1.0 : 0.0);
  };
  auto take = [&](uint32_t i) {
    for (auto w = a.tf_begin(i); w != a.tf_end(i); ++w) p[w->term] *= p[w->term];
    if (!p.empty()) focus = top_word();
  };
  std::vector<Selected> out = GreedyByGain(cluster, a, options, gain, take);
  AppendTruncated(cluster, a, *scores, options, Remaining(a, out, options.budget), &out);
  return out;
}

}  // namespace precis::summarize
