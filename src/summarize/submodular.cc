#include <algorithm>
#include <cmath>

#include "summarize/scorers.h"
#include "summarize/selectors.h"

namespace precis::summarize {
namespace {

// Lin and Bilmes (2011) constants. lambda, r and K are the paper's; a = 10 was chosen on
// DUC 2004 (docs/quality.md: R-2 7.85 at a = 5, 8.25 at 8, 8.41 at 10, 8.64 at 12, 8.38 at
// 15; R-1 best at 10).
constexpr double kAlphaNumerator = 10.0;  // alpha = a / N
constexpr double kLambda = 6.0;          // weight of the diversity reward
constexpr double kCostScaling = 0.3;     // r in gain / cost^r
constexpr double kClustersPerSentence = 0.2;  // K = 0.2 N partitions for the diversity term
constexpr int kKMeansIterations = 10;

// Deterministic k-means over unit-normalized TF-IDF vectors (cosine), seeded with evenly
// spaced sentences. Returns each sentence's partition.
std::vector<uint32_t> Partition(const ClusterAnalysis& a, size_t k) {
  const size_t n = a.size(), v = a.vocab.size();
  std::vector<uint32_t> part(n, 0);
  if (k <= 1 || n == 0) return part;
  std::vector<float> centroids(k * v, 0.0f);
  for (size_t c = 0; c < k; ++c) {
    const size_t seed = c * n / k;
    const float norm = a.sentences[seed].norm;
    if (norm <= 0) continue;
    for (const TermWeight* w = a.vec_begin(seed); w != a.vec_end(seed); ++w) {
      centroids[c * v + w->term] = w->weight / norm;
    }
  }
  for (int iter = 0; iter < kKMeansIterations; ++iter) {
    bool changed = false;
    for (size_t i = 0; i < n; ++i) {
      float best = -1;
      uint32_t best_c = part[i];
      for (size_t c = 0; c < k; ++c) {
        float dot = 0;
        for (const TermWeight* w = a.vec_begin(i); w != a.vec_end(i); ++w) {
          dot += w->weight * centroids[c * v + w->term];
        }
        if (dot > best) {
          best = dot;
          best_c = static_cast<uint32_t>(c);
        }
      }
      changed |= best_c != part[i];
      part[i] = best_c;
    }
    if (!changed && iter > 0) break;
    std::fill(centroids.begin(), centroids.end(), 0.0f);
    for (size_t i = 0; i < n; ++i) {
      const float norm = a.sentences[i].norm;
      if (norm <= 0) continue;
      for (const TermWeight* w = a.vec_begin(i); w != a.vec_end(i); ++w) {
        centroids[part[i] * v + w->term] += w->weight / norm;
      }
    }
  }
  return part;
}

}  // namespace

std::vector<Selected> SelectSubmodular(const Cluster& cluster, const ClusterAnalysis& a,
                                       const SummarizeOptions& options,
                                       std::vector<double>* scores) {
  const size_t n = a.size();
  // Coverage is measured over the ground set (the article sentences, no joint units), so that
  // no sentence counts twice; every candidate, joint units included, can cover it.
  const size_t ground = a.ground();
  const std::vector<float> w = CosineMatrix(a);
  // The diagonal of the similarity "kernel" is 1: a sentence covers itself.
  auto sim = [&](size_t i, size_t j) { return i == j ? 1.0f : w[i * n + j]; };
  std::vector<double> cap(n), reward(n, 0.0);
  for (size_t i = 0; i < n; ++i) {
    double row = 0;
    for (size_t j = 0; j < ground; ++j) row += sim(i, j);
    cap[i] = kAlphaNumerator / static_cast<double>(std::max<size_t>(ground, 1)) * row;
    reward[i] = row / static_cast<double>(std::max<size_t>(ground, 1));
  }
  // Query focus as in the paper's DUC 2005-2007 runs: a sentence's diversity reward mixes its
  // mean similarity to the cluster with its similarity to the query.
  if (!a.query.empty()) {
    const std::vector<double> q = QuerySimilarity(a);
    for (size_t i = 0; i < n; ++i) reward[i] = (1 - a.query_weight) * reward[i] + a.query_weight * q[i];
  }
  const size_t k = std::max<size_t>(1, static_cast<size_t>(kClustersPerSentence * n));
  const std::vector<uint32_t> part = Partition(a, k);
  std::vector<double> covered(n, 0.0);    // C_i(S)
  std::vector<double> part_sum(k, 0.0);   // sum of rewards chosen in each partition

  auto objective_gain = [&](uint32_t j) {
    double g = 0;
    for (size_t i = 0; i < ground; ++i) {
      const double before = std::min(covered[i], cap[i]);
      const double after = std::min(covered[i] + sim(i, j), cap[i]);
      g += after - before;
    }
    const double p = part_sum[part[j]];
    return g + kLambda * (std::sqrt(p + reward[j]) - std::sqrt(p));
  };
  scores->assign(n, 0.0);
  for (uint32_t j = 0; j < n; ++j) (*scores)[j] = objective_gain(j);

  auto gain = [&](uint32_t j) {
    const double cost = static_cast<double>(Cost(a.sentences[j], options.budget.unit));
    return objective_gain(j) / std::pow(std::max(cost, 1.0), kCostScaling);
  };
  auto take = [&](uint32_t j) {
    for (size_t i = 0; i < ground; ++i) covered[i] += sim(i, j);
    part_sum[part[j]] += reward[j];
  };
  std::vector<Selected> out = GreedyByGain(cluster, a, options, gain, take);

  // The approximation guarantee needs the best single sentence as an alternative.
  double out_value = 0;
  {
    std::fill(covered.begin(), covered.end(), 0.0);
    std::fill(part_sum.begin(), part_sum.end(), 0.0);
    for (const Selected& s : out) {
      out_value += objective_gain(s.sentence);
      take(s.sentence);
    }
  }
  std::fill(covered.begin(), covered.end(), 0.0);
  std::fill(part_sum.begin(), part_sum.end(), 0.0);
  int64_t best_single = -1;
  for (uint32_t j = 0; j < n; ++j) {
    if (!a.sentences[j].eligible || Cost(a.sentences[j], options.budget.unit) > options.budget.limit) continue;
    if (best_single < 0 || (*scores)[j] > (*scores)[best_single]) best_single = j;
  }
  if (best_single >= 0 && (*scores)[best_single] > out_value) {
    out = {{static_cast<uint32_t>(best_single), a.sentences[best_single].span, false}};
  }
  AppendTruncated(cluster, a, *scores, options, Remaining(a, out, options.budget), &out);
  return out;
}

}  // namespace precis::summarize
