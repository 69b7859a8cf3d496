#include "summarize/padding.h"

#include <algorithm>
#include <cmath>

namespace precis::summarize {
namespace {

double LocalIdf(uint32_t df, size_t articles) {
  return std::log((1.0 + static_cast<double>(articles)) / (1.0 + df)) + 1.0;
}

}  // namespace

std::vector<double> PaddingSupport(const ClusterAnalysis& a, const std::vector<uint32_t>& df,
                                   size_t articles) {
  std::vector<double> support(a.ground(), 1.0);
  for (size_t i = 0; i < a.ground(); ++i) {
    double total = 0, supported = 0;
    for (const TermWeight* w = a.tf_begin(i); w != a.tf_end(i); ++w) {
      const uint32_t d = w->term < df.size() ? df[w->term] : 0;
      const double weight = w->term < a.idf.size() ? a.idf[w->term] : LocalIdf(d, articles);
      total += weight;
      if (d >= 2) supported += weight;
    }
    support[i] = total > 0 ? supported / total : 1.0;
  }
  return support;
}

std::vector<bool> FindPadding(const ClusterAnalysis& a, const std::vector<uint32_t>& df,
                              size_t articles, const PaddingOptions& options) {
  std::vector<bool> padding(a.ground(), false);
  if (options.min_support <= 0 || articles < options.min_articles) return padding;
  const std::vector<double> support = PaddingSupport(a, df, articles);
  auto shares_rare_word = [&](size_t i, size_t j) {
    // A word only this article uses (df 1), in both sentences.
    const TermWeight *x = a.tf_begin(i), *xe = a.tf_end(i);
    const TermWeight *y = a.tf_begin(j), *ye = a.tf_end(j);
    while (x != xe && y != ye) {
      if (x->term < y->term) {
        ++x;
      } else if (y->term < x->term) {
        ++y;
      } else {
        if (x->term < df.size() && df[x->term] == 1) return true;
        ++x;
        ++y;
      }
    }
    return false;
  };
  for (size_t i = 0; i < a.ground(); ++i) {
    const AnalyzedSentence& s = a.sentences[i];
    if (s.vec_end - s.vec_begin < options.min_terms || support[i] >= options.min_support) continue;
    bool vouched = false;
    for (size_t j : {i - 1, i + 1}) {
      if (j >= a.ground() || a.sentences[j].article != s.article) continue;
      vouched = vouched || (support[j] >= options.min_support && shares_rare_word(i, j));
    }
    padding[i] = !vouched;
  }
  return padding;
}

}  // namespace precis::summarize
