#include "summarize/padding.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

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

}  // namespace

std::vector<double> PaddingSupport(const ClusterAnalysis& a, const std::vector<uint32_t>& df,
                                   size_t articles, bool background) {
  return background ? BackgroundSupport(a, df, articles) : ClusterSupport(a, df, articles);
}

std::vector<bool> FindPadding(const ClusterAnalysis& a, const std::vector<uint32_t>& df,
                              size_t articles, const PaddingOptions& options) {
  std::vector<bool> padding(a.ground(), false);
  if (options.min_support <= 0 || articles < options.min_articles) return padding;
  const std::vector<double> support = PaddingSupport(a, df, articles, options.background);
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
