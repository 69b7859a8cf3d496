#include <algorithm>

#include "summarize/scorers.h"

namespace precis::summarize {

std::vector<double> CentroidScores(const ClusterAnalysis& a) {
  const size_t n = a.size();
  std::vector<double> scores(n, 0.0);
  if (n == 0) return scores;
  size_t n_articles = 0;
  for (uint32_t count : a.article_sentences) n_articles += count > 0;

  // Centroid: the average TF-IDF weight of each term per article (MEAD's cluster centroid).
  std::vector<double> centroid(a.vocab.size(), 0.0);
  for (size_t i = 0; i < a.ground(); ++i) {
    for (const TermWeight* w = a.vec_begin(i); w != a.vec_end(i); ++w) centroid[w->term] += w->weight;
  }
  for (double& c : centroid) c /= static_cast<double>(std::max<size_t>(n_articles, 1));
  // MEAD keeps only the salient terms; we keep the top terms by value (at most 100, the
  // size MEAD's default centroids settle at) and zero the rest.
  std::vector<double> sorted = centroid;
  const size_t keep = std::min<size_t>(100, sorted.size());
  if (keep > 0 && keep < sorted.size()) {
    std::nth_element(sorted.begin(), sorted.begin() + (keep - 1), sorted.end(),
                     std::greater<>());
    const double cut = sorted[keep - 1];
    for (double& c : centroid) {
      if (c < cut) c = 0;
    }
  }

  std::vector<double> centroid_value(n, 0.0);
  double c_max = 0;
  for (size_t i = 0; i < n; ++i) {
    double v = 0;
    for (auto w = a.tf_begin(i); w != a.tf_end(i); ++w) v += centroid[w->term] * w->weight;
    centroid_value[i] = v;
    c_max = std::max(c_max, v);
  }

  // First sentence of each article, for the overlap feature.
  std::vector<size_t> first(a.article_sentences.size(), SIZE_MAX);
  for (size_t i = 0; i < n; ++i) {
    if (a.sentences[i].position == 0 && a.sentences[i].parts == 1) first[a.sentences[i].article] = i;
  }
  for (size_t i = 0; i < n; ++i) {
    const AnalyzedSentence& s = a.sentences[i];
    const double len = a.article_sentences[s.article];
    const double position = c_max * (len - s.position) / len;
    const size_t f = first[s.article];
    const double overlap = f == SIZE_MAX ? 0.0
                                         : Dot(a.vec_begin(i), a.vec_end(i), a.vec_begin(f),
                                               a.vec_end(f)) /
                                               std::max(1e-9f, a.sentences[f].norm * a.sentences[f].norm);
    scores[i] = centroid_value[i] + position + overlap;
  }
  return scores;
}

}  // namespace precis::summarize
