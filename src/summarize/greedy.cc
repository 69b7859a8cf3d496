#include <limits>

#include "summarize/selectors.h"

namespace precis::summarize {

std::vector<Selected> GreedyByGain(const Cluster& cluster, const ClusterAnalysis& a,
                                   const SummarizeOptions& options,
                                   const std::function<double(uint32_t)>& gain,
                                   const std::function<void(uint32_t)>& on_take,
                                   bool stop_at_zero) {
  const Budget& budget = options.budget;
  std::vector<Selected> out;
  std::vector<bool> out_of_play(a.size(), false);
  for (uint32_t i = 0; i < a.size(); ++i) out_of_play[i] = !a.sentences[i].eligible;
  Chosen chosen(cluster, a);
  size_t remaining = budget.limit;
  while (remaining > 0) {
    int64_t best = -1;
    double best_gain = 0;
    bool any = false;
    for (uint32_t i = 0; i < a.size(); ++i) {  // index order = article, position: the tie-break
      if (out_of_play[i]) continue;
      if (Cost(a.sentences[i], budget.unit) > remaining || chosen.Repeats(i)) {
        out_of_play[i] = true;  // budgets only shrink and repeats stay repeats
        continue;
      }
      const double g = gain(i);
      if (!any || g > best_gain) {
        any = true;
        best_gain = g;
        best = i;
      }
    }
    if (best < 0 || (stop_at_zero && best_gain <= 0)) break;
    const uint32_t i = static_cast<uint32_t>(best);
    out.push_back({i, a.sentences[i].span, false});
    out_of_play[i] = true;
    chosen.Add(i);
    remaining -= Cost(a.sentences[i], budget.unit);
    on_take(i);
  }
  return out;
}

}  // namespace precis::summarize
