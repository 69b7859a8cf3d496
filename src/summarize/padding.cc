#include "summarize/padding.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "summarize/padding_features.h"

namespace precis::summarize {
namespace {

// Sentences within this distance of a sentence in its own article give it no support: a
// pasted run of up to three sentences supports itself.
constexpr uint32_t kNeighbourhood = 2;
// Added to a term's count of supporting articles so that an unsupported term weighs a finite
// amount: log(0.05 / N).
constexpr double kSmoothing = 0.05;

double LocalIdf(uint32_t df, size_t articles) {
  return std::log((1.0 + static_cast<double>(articles)) / (1.0 + df)) + 1.0;
}

std::vector<double> BackgroundSupport(const ClusterAnalysis& a, const std::vector<uint32_t>& df,
                                      size_t articles) {
  std::vector<double> support(a.ground(), 1.0);
  const size_t vocab = std::max(a.idf.size(), df.size());
  // Per term, the first and last position at which the current article uses it.
  constexpr uint32_t kUnseen = UINT32_MAX;
  std::vector<uint32_t> first(vocab, kUnseen), last(vocab, 0);
  std::vector<uint32_t> touched;
  const double n = static_cast<double>(std::max<size_t>(articles, 1));
  for (size_t begin = 0; begin < a.ground();) {
    size_t end = begin;
    while (end < a.ground() && a.sentences[end].article == a.sentences[begin].article) ++end;
    for (size_t i = begin; i < end; ++i) {
      for (auto w = a.tf_begin(i); w != a.tf_end(i); ++w) {
        if (first[w->term] == kUnseen) {
          first[w->term] = a.sentences[i].position;
          touched.push_back(w->term);
        }
        last[w->term] = a.sentences[i].position;
      }
    }
    for (size_t i = begin; i < end; ++i) {
      const uint32_t pos = a.sentences[i].position;
      double sum = 0;
      size_t terms = 0;
      for (auto w = a.tf_begin(i); w != a.tf_end(i); ++w) {
        const uint32_t d = w->term < df.size() ? df[w->term] : 1;
        const double idf = w->term < a.idf.size() ? a.idf[w->term] : LocalIdf(d, articles);
        const bool far =
            first[w->term] + kNeighbourhood < pos || last[w->term] > pos + kNeighbourhood;
        const double in_cluster = (d > 0 ? d - 1 : 0) + (far ? 1.0 : 0.0) + kSmoothing;
        sum += std::log(in_cluster / n) + std::log((1.0 + std::exp(idf)) / 2.0);
        ++terms;
      }
      if (terms > 0) support[i] = 1.0 / (1.0 + std::exp(-sum / static_cast<double>(terms)));
    }
    for (uint32_t t : touched) first[t] = kUnseen;
    touched.clear();
    begin = end;
  }
  return support;
}

std::vector<double> ClusterSupport(const ClusterAnalysis& a, const std::vector<uint32_t>& df,
                                   size_t articles) {
  std::vector<double> support(a.ground(), 1.0);
  for (size_t i = 0; i < a.ground(); ++i) {
    double total = 0, supported = 0;
    for (auto w = a.tf_begin(i); w != a.tf_end(i); ++w) {
      const uint32_t d = w->term < df.size() ? df[w->term] : 0;
      const double weight = w->term < a.idf.size() ? a.idf[w->term] : LocalIdf(d, articles);
      total += weight;
      if (d >= 2) supported += weight;
    }
    support[i] = total > 0 ? supported / total : 1.0;
  }
  return support;
}

// The logistic model over PaddingFeatures: a sentence's own 14 features, then per neighbour in
// its article (previous, next) its log_ratio, article and far features and a flag for "no
// such neighbour". Fit on DUC 2004 clusters 0-24 padded from outside (seed 2004) by
// scripts/fit-padding-weights.py on bench/padding_bench's dump; the score is the log-odds of
// padding (classes weighted equally).
constexpr double kBias = -1.368595;
constexpr double kWeights[kFeatureCount + 8] = {
    -1.050971,  // log_ratio
    2.560204,   // supported
    -2.111197,  // max_similar
    -2.260996,  // centroid
    2.995952,   // previous
    2.576261,   // next
    -2.917913,  // bridge
    -7.906413,  // far
    0.885496,   // terms
    -1.259031,  // run_ratio
    -4.059412,  // run_edges
    -1.147492,  // run_outside
    -5.523344,  // article
    0.119867,   // rare_alone
    0.148796,   // previous_log_ratio
    1.537493,   // previous_article
    -3.244750,  // previous_far
    -1.226505,  // no_previous
    -0.156913,  // next_log_ratio
    1.592547,   // next_article
    -0.960595,  // next_far
    -3.099562,  // no_next
};
constexpr PaddingFeature kNeighbourFeatures[] = {kLogRatio, kArticle, kFar};

}  // namespace

std::vector<double> PaddingModelSupport(const ClusterAnalysis& a, const std::vector<uint32_t>& df,
                                        size_t articles) {
  const std::vector<PaddingFeatureRow> rows = PaddingFeatures(a, df, articles, true);
  std::vector<double> support(rows.size(), 1.0);
  for (size_t i = 0; i < rows.size(); ++i) {
    double score = kBias;
    size_t k = 0;
    for (double v : rows[i]) score += kWeights[k++] * v;
    for (size_t j : {i - 1, i + 1}) {
      const bool present = j < rows.size() && a.sentences[j].article == a.sentences[i].article;
      for (PaddingFeature f : kNeighbourFeatures) {
        if (present) score += kWeights[k] * rows[j][f];
        ++k;
      }
      if (!present) score += kWeights[k];
      ++k;
    }
    support[i] = 1.0 / (1.0 + std::exp(score));
  }
  return support;
}

std::vector<double> PaddingSupport(const ClusterAnalysis& a, const std::vector<uint32_t>& df,
                                   size_t articles, bool background) {
  return background ? BackgroundSupport(a, df, articles) : ClusterSupport(a, df, articles);
}

std::vector<bool> FindPadding(const ClusterAnalysis& a, const std::vector<uint32_t>& df,
                              size_t articles, const PaddingOptions& options) {
  std::vector<bool> padding(a.ground(), false);
  if (options.min_support <= 0 || articles < options.min_articles) return padding;
  if (options.background) {
    const std::vector<double> support = PaddingModelSupport(a, df, articles);
    for (size_t i = 0; i < a.ground(); ++i) {
      const AnalyzedSentence& s = a.sentences[i];
      padding[i] = s.vec_end - s.vec_begin >= options.min_terms && support[i] < options.min_support;
    }
    return padding;
  }
  const std::vector<double> support = PaddingSupport(a, df, articles, false);
  auto shares_rare_word = [&](size_t i, size_t j) {
    // A word only this article uses (df 1), in both sentences.
    auto x = a.tf_begin(i), xe = a.tf_end(i);
    auto y = a.tf_begin(j), ye = a.tf_end(j);
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
