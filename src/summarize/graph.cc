// Similarity graphs and PageRank shared by LexRank and TextRank.
#include <algorithm>
#include <cmath>

#include "summarize/scorers.h"

namespace precis::summarize {

std::vector<float> CosineMatrix(const ClusterAnalysis& a) {
  const size_t n = a.size();
  std::vector<float> m(n * n, 0.0f);
  // postings[t] = (sentence, weight / norm) for every sentence containing term t.
  std::vector<std::vector<std::pair<uint32_t, float>>> postings(a.vocab.size());
  for (size_t i = 0; i < n; ++i) {
    const float norm = a.sentences[i].norm;
    if (norm <= 0) continue;
    for (const TermWeight* w = a.vec_begin(i); w != a.vec_end(i); ++w) {
      postings[w->term].push_back({static_cast<uint32_t>(i), w->weight / norm});
    }
  }
  for (const auto& list : postings) {
    for (size_t x = 0; x < list.size(); ++x) {
      float* row = &m[static_cast<size_t>(list[x].first) * n];
      const float wx = list[x].second;
      for (size_t y = x + 1; y < list.size(); ++y) row[list[y].first] += wx * list[y].second;
    }
  }
  // Postings are in sentence order, so only the upper triangle was filled: mirror it.
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) m[j * n + i] = m[i * n + j];
  }
  return m;
}

std::vector<double> QuerySimilarity(const ClusterAnalysis& a) {
  std::vector<double> sim(a.size(), 0.0);
  if (a.query.empty() || a.query_norm <= 0) return sim;
  const TermWeight* q = a.query.data();
  const TermWeight* q_end = q + a.query.size();
  for (size_t i = 0; i < a.size(); ++i) {
    const float norm = a.sentences[i].norm;
    if (norm > 0) sim[i] = Dot(a.vec_begin(i), a.vec_end(i), q, q_end) / (norm * a.query_norm);
  }
  return sim;
}

std::vector<double> PageRank(const std::vector<float>& weights, size_t n, double damping,
                             const std::vector<double>& teleport) {
  std::vector<double> p(n, n ? 1.0 / n : 0.0);
  if (n == 0) return p;
  std::vector<double> out_sum(n, 0.0);
  for (size_t i = 0; i < n; ++i) {
    double s = 0;
    for (size_t j = 0; j < n; ++j) s += weights[i * n + j];
    out_sum[i] = s;
  }
  std::vector<double> next(n);
  for (int iter = 0; iter < 200; ++iter) {
    // Mass of dangling nodes (no out-edges) is spread like the teleport.
    double dangling = 0;
    for (size_t i = 0; i < n; ++i) {
      if (out_sum[i] <= 0) dangling += p[i];
    }
    for (size_t j = 0; j < n; ++j) {
      next[j] = (1.0 - damping + damping * dangling) * (teleport.empty() ? 1.0 / n : teleport[j]);
    }
    for (size_t i = 0; i < n; ++i) {
      if (out_sum[i] <= 0) continue;
      const double share = damping * p[i] / out_sum[i];
      const float* row = &weights[i * n];
      for (size_t j = 0; j < n; ++j) next[j] += share * row[j];
    }
    double delta = 0;
    for (size_t j = 0; j < n; ++j) delta += std::fabs(next[j] - p[j]);
    p.swap(next);
    if (delta < 1e-7) break;
  }
  return p;
}

namespace {

// Teleport distribution: uniform, or biased towards the query when there is one.
std::vector<double> Teleport(const ClusterAnalysis& a) {
  std::vector<double> sim = QuerySimilarity(a);
  double total = 0;
  for (double s : sim) total += s;
  if (total <= 0) return {};
  for (double& s : sim) s /= total;
  return sim;
}

}  // namespace

std::vector<double> LexRankScores(const ClusterAnalysis& a, double damping) {
  return PageRank(CosineMatrix(a), a.size(), damping, Teleport(a));
}

std::vector<double> TextRankScores(const ClusterAnalysis& a, double damping) {
  const size_t n = a.size();
  std::vector<float> m(n * n, 0.0f);
  std::vector<std::vector<uint32_t>> postings(a.vocab.size());
  for (size_t i = 0; i < n; ++i) {
    for (auto w = a.tf_begin(i); w != a.tf_end(i); ++w) {
      postings[w->term].push_back(static_cast<uint32_t>(i));
    }
  }
  for (const auto& list : postings) {
    for (size_t x = 0; x < list.size(); ++x) {
      for (size_t y = x + 1; y < list.size(); ++y) m[static_cast<size_t>(list[x]) * n + list[y]] += 1;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    const double li = std::log(std::max<uint32_t>(a.sentences[i].tokens, 2));
    for (size_t j = i + 1; j < n; ++j) {
      float& w = m[i * n + j];
      if (w == 0) continue;
      const double lj = std::log(std::max<uint32_t>(a.sentences[j].tokens, 2));
      w = static_cast<float>(w / (li + lj));
      m[j * n + i] = w;
    }
  }
  return PageRank(m, n, damping, Teleport(a));
}

}  // namespace precis::summarize
