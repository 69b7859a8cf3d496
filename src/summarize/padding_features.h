// Features of every sentence for the padding check (padding.h): how much the
// rest of the cluster and the sentence's own article support it. Separate from
// the decision so that bench/padding_bench can dump them and
// scripts/fit-padding-weights.py can fit the weights.
#ifndef PRECIS_SUMMARIZE_PADDING_FEATURES_H_
#define PRECIS_SUMMARIZE_PADDING_FEATURES_H_

#include <array>
#include <cstdint>
#include <vector>

#include "summarize/analysis.h"

namespace precis::summarize {

enum PaddingFeature : uint32_t {
  kLogRatio,    // the background likelihood ratio's mean log (or the cluster-only
                // share)
  kSupported,   // IDF-weighted share of terms some other article holds
  kMaxSimilar,  // highest cosine with a sentence of another article
  kCentroid,    // cosine with the centroid of the other articles
  kPrevious,    // cosine with the previous sentence of its article (0 for the
                // first)
  kNext,        // cosine with the next sentence of its article (0 for the last)
  kBridge,      // cosine of the previous and the next sentence with each other
  kFar,         // highest cosine with a sentence of its article more than 2 away
  kTerms,       // log(1 + content terms)
  kRunRatio,    // the lowest mean log ratio of a run of 1-3 sentences holding it
  kRunEdges,    // for that run: highest cosine of its sentences with the two
                // around it
  kRunOutside,  // for that run: highest cosine of i with its article's sentences
                // outside it
  kArticle,     // cosine with the sum of its article's sentences more than 2 away
  kRareAlone,   // rare terms (background IDF > kRareIdf) no other article nor far
                // sentence holds
  kFeatureCount
};

using PaddingFeatureRow = std::array<double, kFeatureCount>;

// One row per ground sentence of `a`. `df` gives, per term id, the number of
// the cluster's articles holding it; `background` as in PaddingOptions.
std::vector<PaddingFeatureRow> PaddingFeatures(const ClusterAnalysis& a,
                                               const std::vector<uint32_t>& df, size_t articles,
                                               bool background);

// Per term id, the number of articles whose ground sentences hold it (what
// Analyze counts).
std::vector<uint32_t> ArticleFrequencies(const ClusterAnalysis& a);

const char* PaddingFeatureName(PaddingFeature f);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_PADDING_FEATURES_H_
